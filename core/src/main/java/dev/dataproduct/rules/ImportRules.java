package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.WARNING;

/** What the import goal reports about its sources: an ODCS contract or a schema registry's subjects. */
public final class ImportRules {

  public static final Rule UNMAPPED =
      new Rule("IMPORT-UNMAPPED", RuleArea.IMPORT, WARNING,
          "Everything in the source has a place in the descriptor or the schemas; what has none is named, and left out.");

  public static final Rule SOURCE =
      new Rule("IMPORT-SOURCE", RuleArea.IMPORT, ERROR,
          "The source can be read as an ODCS v3 contract or as Avro subjects, with what a port needs (a topic and a value schema); nothing is written otherwise.");

  private ImportRules() {}
}
