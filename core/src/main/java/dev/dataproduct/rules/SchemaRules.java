package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.INFO;

/** Rules about the Avro schema files under src/main/avro. */
public final class SchemaRules {

  public static final Rule FILE_MISSING =
      new Rule("SCHEMA-FILE-MISSING", RuleArea.SCHEMA, ERROR, "A referenced schema file exists.");

  public static final Rule PATH_ESCAPE =
      new Rule("SCHEMA-PATH-ESCAPE", RuleArea.SCHEMA, ERROR, "A schema reference stays inside the schema directory (no absolute path, '..' or symlink out).");

  public static final Rule JSON =
      new Rule("SCHEMA-JSON", RuleArea.SCHEMA, ERROR, "A schema file is valid JSON.");

  public static final Rule TOO_DEEP =
      new Rule("SCHEMA-TOO-DEEP", RuleArea.SCHEMA, ERROR,
          "A schema file nests at most 200 levels of JSON, so that Avro, code generation and the compatibility checks can read it with the default thread stack.");

  public static final Rule INVALID =
      new Rule("SCHEMA-INVALID", RuleArea.SCHEMA, ERROR, "A schema file is valid Avro.");

  public static final Rule UNDEFINED_NAME =
      new Rule("SCHEMA-UNDEFINED-NAME", RuleArea.SCHEMA, ERROR, "Every named type a schema refers to is defined in some schema file.");

  public static final Rule DUPLICATE_NAME =
      new Rule("SCHEMA-DUPLICATE-NAME", RuleArea.SCHEMA, ERROR, "Two schema files do not define the same full name differently.");

  public static final Rule BAD_DEFAULT =
      new Rule("SCHEMA-BAD-DEFAULT", RuleArea.SCHEMA, ERROR, "Field defaults match the field's type.");

  public static final Rule RECURSIVE =
      new Rule("SCHEMA-RECURSIVE", RuleArea.SCHEMA, ERROR, "A recursive type can end (the recursion passes through a union with null, an array or a map).");

  public static final Rule NOT_CHECKED =
      new Rule("SCHEMA-NOT-CHECKED", RuleArea.SCHEMA, INFO, "A schema file that uses types from a file with errors is checked once that file is fixed.");

  private SchemaRules() {}
}
