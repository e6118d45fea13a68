package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;

import java.util.List;

/** Rules a platform team's mesh-wide policy adds. */
public final class PolicyRules {

  public static final Rule DOMAIN =
      new Rule(
          "POLICY-DOMAIN",
          RuleArea.POLICY,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The product's domain is one the policy allows.");

  public static final Rule TOPIC_PATTERN =
      new Rule(
          "POLICY-TOPIC-PATTERN",
          RuleArea.POLICY,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Topic names follow the policy's pattern.");

  public static final Rule REQUIRED_TAG =
      new Rule(
          "POLICY-REQUIRED-TAG",
          RuleArea.POLICY,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The product carries the tags the policy requires.");

  public static final Rule MIN_SLO =
      new Rule(
          "POLICY-MIN-SLO",
          RuleArea.POLICY,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Output port SLOs are at least as strict as the policy's minimum.");

  public static final Rule ENFORCED =
      new Rule(
          "POLICY-ENFORCED",
          RuleArea.POLICY,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The product does not loosen a rule the policy enforces.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(DOMAIN, TOPIC_PATTERN, REQUIRED_TAG, MIN_SLO, ENFORCED);
  }

  private PolicyRules() {}
}
