package dev.dataproduct.infra.registry;

import dev.dataproduct.support.BuildError;

/** The schema registry refused to register a schema (HTTP 409 or 422), after its own checks. */
public final class RegistryRefusal extends BuildError {

  public RegistryRefusal(String message) {
    super(message);
  }
}
