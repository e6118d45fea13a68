package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.INFO;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/**
 * Rules about who a release affects (the {@code check} goal): the consumers the catalog knows for
 * each output port, found through their input ports.
 */
public final class ImpactRules {

  public static final Rule CONSUMERS =
      new Rule(
          "IMPACT-CONSUMERS",
          RuleArea.IMPACT,
          Goal.CHECK,
          ChangeClass.NONE,
          INFO,
          "Lists the consumers the catalog knows for each output port.");

  /**
   * A warning by default: the breaking change itself already fails the build; this one says whom it
   * would break, also when a new major version allows the change or a waiver accepts it (the waiver
   * accepts the change for the product; its consumers break all the same).
   */
  public static final Rule BROKEN_CONSUMERS =
      new Rule(
          "IMPACT-BROKEN-CONSUMERS",
          RuleArea.IMPACT,
          Goal.CHECK,
          ChangeClass.NONE,
          WARNING,
          "Names the consumers in the catalog that a breaking change to a port would break.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(CONSUMERS, BROKEN_CONSUMERS);
  }

  private ImpactRules() {}
}
