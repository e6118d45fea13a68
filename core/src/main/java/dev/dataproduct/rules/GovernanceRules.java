package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about personal data, classification and documentation. */
public final class GovernanceRules {

  public static final Rule PII_CLASSIFICATION =
      new Rule(
          "GOVERNANCE-PII-CLASSIFICATION",
          RuleArea.GOVERNANCE,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A product with fields tagged pii is classified confidential or restricted.");

  public static final Rule FIELD_DOC =
      new Rule(
          "GOVERNANCE-FIELD-DOC",
          RuleArea.GOVERNANCE,
          Goal.VALIDATE,
          ChangeClass.NONE,
          WARNING,
          "Every schema field has a doc.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(PII_CLASSIFICATION, FIELD_DOC);
  }

  private GovernanceRules() {}
}
