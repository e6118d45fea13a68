package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/**
 * Rules about what the catalog already holds of the version being built (the {@code check}
 * goal): {@code publish} runs in the {@code deploy} phase after the packaging's own deployment,
 * so what it would refuse is found here first, before anything is deployed.
 */
public final class CatalogRules {

  public static final Rule VERSION_PUBLISHED =
      new Rule("CATALOG-VERSION-PUBLISHED", RuleArea.CATALOG, ERROR,
          "A release version the catalog already holds has the same contract there as in this build.");

  private CatalogRules() {}
}
