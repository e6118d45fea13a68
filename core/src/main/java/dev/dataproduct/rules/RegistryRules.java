package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;

import java.util.List;

/** Rules the schema registry judges when {@code publish} registers the schemas. */
public final class RegistryRules {

  public static final Rule INCOMPATIBLE =
      new Rule(
          "REGISTRY-INCOMPATIBLE",
          RuleArea.REGISTRY,
          Goal.PUBLISH,
          ChangeClass.NONE,
          ERROR,
          "The schema registry's own compatibility check accepts each port's key and value at the port's level.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(INCOMPATIBLE);
  }

  private RegistryRules() {}
}
