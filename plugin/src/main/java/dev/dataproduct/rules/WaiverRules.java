package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Rules about waivers, the accepted findings. */
public final class WaiverRules {

  public static final Rule UNKNOWN_RULE =
      new Rule("WAIVER-UNKNOWN-RULE", RuleArea.WAIVER, ERROR, "A waiver names a rule that exists.");

  public static final Rule JUSTIFICATION =
      new Rule("WAIVER-JUSTIFICATION", RuleArea.WAIVER, ERROR, "A waiver gives a justification.");

  private WaiverRules() {}
}
