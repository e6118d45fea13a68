package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.WARNING;

/** Rules about ownership and description. */
public final class OwnerRules {

  public static final Rule TEAM =
      new Rule("OWNER-TEAM", RuleArea.OWNER, ERROR, "The owning team is named.");

  public static final Rule EMAIL =
      new Rule("OWNER-EMAIL", RuleArea.OWNER, ERROR, "The owner's email, when given, is shaped like an email address.");

  public static final Rule DESCRIPTION =
      new Rule("OWNER-DESCRIPTION", RuleArea.OWNER, ERROR, "The product has a non-empty description.");

  public static final Rule PORT_DESCRIPTION =
      new Rule("OWNER-PORT-DESCRIPTION", RuleArea.OWNER, WARNING, "Each output port has a description.");

  private OwnerRules() {}
}
