package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Rules a platform team's mesh-wide policy adds. */
public final class PolicyRules {

  public static final Rule DOMAIN =
      new Rule("POLICY-DOMAIN", RuleArea.POLICY, ERROR, "The product's domain is one the policy allows.");

  public static final Rule TOPIC_PATTERN =
      new Rule("POLICY-TOPIC-PATTERN", RuleArea.POLICY, ERROR, "Topic names follow the policy's pattern.");

  public static final Rule REQUIRED_TAG =
      new Rule("POLICY-REQUIRED-TAG", RuleArea.POLICY, ERROR, "The product carries the tags the policy requires.");

  public static final Rule MIN_SLO =
      new Rule("POLICY-MIN-SLO", RuleArea.POLICY, ERROR, "Output port SLOs are at least as strict as the policy's minimum.");

  public static final Rule ENFORCED =
      new Rule("POLICY-ENFORCED", RuleArea.POLICY, ERROR, "The product does not loosen a rule the policy enforces.");

  private PolicyRules() {}
}
