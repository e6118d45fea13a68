package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.WARNING;

/** Rules about personal data, classification and documentation. */
public final class GovernanceRules {

  public static final Rule PII_CLASSIFICATION =
      new Rule("GOVERNANCE-PII-CLASSIFICATION", RuleArea.GOVERNANCE, ERROR, "A product with fields tagged pii is classified confidential or restricted.");

  public static final Rule FIELD_DOC =
      new Rule("GOVERNANCE-FIELD-DOC", RuleArea.GOVERNANCE, WARNING, "Every schema field has a doc.");

  private GovernanceRules() {}
}
