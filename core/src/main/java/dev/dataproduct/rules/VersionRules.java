package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;

import java.util.List;

/** Semantic-version rules across releases (the {@code check} goal). */
public final class VersionRules {

  public static final Rule MAJOR_FOR_BREAKING =
      new Rule(
          "VERSION-MAJOR-FOR-BREAKING",
          RuleArea.VERSION,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "A breaking change to the contract comes with a new major version.");

  public static final Rule NOT_ABOVE_BASELINE =
      new Rule(
          "VERSION-NOT-ABOVE-BASELINE",
          RuleArea.VERSION,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "The version is above the release it is compared with.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(MAJOR_FOR_BREAKING, NOT_ABOVE_BASELINE);
  }

  private VersionRules() {}
}
