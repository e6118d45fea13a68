package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.INFO;

import java.util.List;

/** Rules about the Avro schema files under src/main/avro. */
public final class SchemaRules {

  public static final Rule FILE_MISSING =
      new Rule(
          "SCHEMA-FILE-MISSING",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A referenced schema file exists.");

  public static final Rule PATH_ESCAPE =
      new Rule(
          "SCHEMA-PATH-ESCAPE",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A schema reference stays inside the schema directory (no absolute path, '..' or symlink out).");

  public static final Rule JSON =
      new Rule(
          "SCHEMA-JSON",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A schema file is valid JSON.");

  public static final Rule TOO_DEEP =
      new Rule(
          "SCHEMA-TOO-DEEP",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A schema file nests at most 200 levels of JSON, so that Avro, code generation and the compatibility checks can read it with the default thread stack.");

  public static final Rule INVALID =
      new Rule(
          "SCHEMA-INVALID",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A schema file is valid Avro.");

  public static final Rule UNDEFINED_NAME =
      new Rule(
          "SCHEMA-UNDEFINED-NAME",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Every named type a schema refers to is defined in some schema file.");

  public static final Rule DUPLICATE_NAME =
      new Rule(
          "SCHEMA-DUPLICATE-NAME",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Two schema files do not define the same full name differently.");

  public static final Rule BAD_DEFAULT =
      new Rule(
          "SCHEMA-BAD-DEFAULT",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Field defaults match the field's type.");

  public static final Rule RECURSIVE =
      new Rule(
          "SCHEMA-RECURSIVE",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A recursive type can end (the recursion passes through a union with null, an array or a map).");

  public static final Rule NOT_CHECKED =
      new Rule(
          "SCHEMA-NOT-CHECKED",
          RuleArea.SCHEMA,
          Goal.VALIDATE,
          ChangeClass.NONE,
          INFO,
          "A schema file that uses types from a file with errors is checked once that file is fixed.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(
        FILE_MISSING,
        PATH_ESCAPE,
        JSON,
        TOO_DEEP,
        INVALID,
        UNDEFINED_NAME,
        DUPLICATE_NAME,
        BAD_DEFAULT,
        RECURSIVE,
        NOT_CHECKED);
  }

  private SchemaRules() {}
}
