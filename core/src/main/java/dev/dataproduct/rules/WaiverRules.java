package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.WARNING;

/** Rules about waivers, the accepted findings. */
public final class WaiverRules {

  public static final Rule UNKNOWN_RULE =
      new Rule("WAIVER-UNKNOWN-RULE", RuleArea.WAIVER, ERROR, "A waiver names a rule that exists.");

  public static final Rule JUSTIFICATION =
      new Rule("WAIVER-JUSTIFICATION", RuleArea.WAIVER, ERROR, "A waiver gives a justification.");

  public static final Rule UNUSED =
      new Rule("WAIVER-UNUSED", RuleArea.WAIVER, WARNING, "A waiver of a check rule matches a finding; one that matches nothing is stale or mistyped.");

  private WaiverRules() {}
}
