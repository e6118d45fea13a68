package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Semantic-version rules across releases (the {@code check} goal). */
public final class VersionRules {

  public static final Rule MAJOR_FOR_BREAKING =
      new Rule("VERSION-MAJOR-FOR-BREAKING", RuleArea.VERSION, ERROR, "A breaking change to the contract comes with a new major version.");

  public static final Rule NOT_ABOVE_BASELINE =
      new Rule("VERSION-NOT-ABOVE-BASELINE", RuleArea.VERSION, ERROR, "The version is above the release it is compared with.");

  private VersionRules() {}
}
