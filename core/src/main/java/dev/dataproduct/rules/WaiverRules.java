package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about waivers, the accepted findings. */
public final class WaiverRules {

  public static final Rule UNKNOWN_RULE =
      new Rule(
          "WAIVER-UNKNOWN-RULE",
          RuleArea.WAIVER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A waiver names a rule that exists.");

  public static final Rule JUSTIFICATION =
      new Rule(
          "WAIVER-JUSTIFICATION",
          RuleArea.WAIVER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A waiver gives a justification.");

  public static final Rule UNUSED =
      new Rule(
          "WAIVER-UNUSED",
          RuleArea.WAIVER,
          Goal.CHECK,
          ChangeClass.NONE,
          WARNING,
          "A waiver of a check rule matches a finding of this release; one that matches nothing is stale or mistyped. A waiver of a breaking change the previous release has already (same rule, target and justification) accepts only the break it accepted then, not a new one.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(UNKNOWN_RULE, JUSTIFICATION, UNUSED);
  }

  private WaiverRules() {}
}
