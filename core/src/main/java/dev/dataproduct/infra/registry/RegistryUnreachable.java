package dev.dataproduct.infra.registry;

import dev.dataproduct.support.BuildError;

/** The schema registry did not answer, after every attempt; the message names its URL. */
public final class RegistryUnreachable extends BuildError {

  public RegistryUnreachable(String message) {
    super(message);
  }
}
