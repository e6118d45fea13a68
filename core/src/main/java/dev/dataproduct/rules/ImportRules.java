package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/**
 * What the import goal reports about its sources: an ODCS contract or a schema registry's subjects.
 */
public final class ImportRules {

  public static final Rule UNMAPPED =
      new Rule(
          "IMPORT-UNMAPPED",
          RuleArea.IMPORT,
          Goal.IMPORT,
          ChangeClass.NONE,
          WARNING,
          "Everything in the source has a place in the descriptor or the schemas; what has none is named, and left out.");

  public static final Rule SOURCE =
      new Rule(
          "IMPORT-SOURCE",
          RuleArea.IMPORT,
          Goal.IMPORT,
          ChangeClass.NONE,
          ERROR,
          "The source can be read as an ODCS v3 contract or as Avro subjects, with what a port needs (a topic and a value schema); nothing is written otherwise.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(UNMAPPED, SOURCE);
  }

  private ImportRules() {}
}
