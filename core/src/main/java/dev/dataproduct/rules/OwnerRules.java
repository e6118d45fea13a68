package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about ownership and description. */
public final class OwnerRules {

  public static final Rule TEAM =
      new Rule(
          "OWNER-TEAM",
          RuleArea.OWNER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The owning team is named.");

  public static final Rule EMAIL =
      new Rule(
          "OWNER-EMAIL",
          RuleArea.OWNER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The owner's email, when given, is shaped like an email address.");

  public static final Rule DESCRIPTION =
      new Rule(
          "OWNER-DESCRIPTION",
          RuleArea.OWNER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The product has a non-empty description.");

  public static final Rule PORT_DESCRIPTION =
      new Rule(
          "OWNER-PORT-DESCRIPTION",
          RuleArea.OWNER,
          Goal.VALIDATE,
          ChangeClass.NONE,
          WARNING,
          "Each output port has a description.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(TEAM, EMAIL, DESCRIPTION, PORT_DESCRIPTION);
  }

  private OwnerRules() {}
}
