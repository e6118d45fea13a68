package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;

import java.util.List;

/**
 * Rules about what the catalog already holds of the version being built (the {@code check} goal):
 * {@code publish} runs in the {@code deploy} phase after the packaging's own deployment, so what it
 * would refuse is found here first, before anything is deployed.
 */
public final class CatalogRules {

  public static final Rule VERSION_PUBLISHED =
      new Rule(
          "CATALOG-VERSION-PUBLISHED",
          RuleArea.CATALOG,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "A release version the catalog already holds has the same contract there as in this build.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(VERSION_PUBLISHED);
  }

  private CatalogRules() {}
}
