package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Rules the schema registry judges when {@code publish} registers the schemas. */
public final class RegistryRules {

  public static final Rule INCOMPATIBLE =
      new Rule("REGISTRY-INCOMPATIBLE", RuleArea.REGISTRY, ERROR,
          "The schema registry's own compatibility check accepts each port's key and value at the port's level.");

  private RegistryRules() {}
}
