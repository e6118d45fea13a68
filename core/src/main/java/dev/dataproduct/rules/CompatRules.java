package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about compatibility with earlier releases (the {@code check} goal). */
public final class CompatRules {

  public static final Rule WIRE =
      new Rule(
          "COMPAT-WIRE",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's key and value schemas keep the compatibility level the port declares.");

  public static final Rule LOGICAL_TYPE =
      new Rule(
          "COMPAT-LOGICAL-TYPE",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A field keeps its logical type: decimal precision and scale, timestamp and time units, no logical type added or removed.");

  public static final Rule ALIAS_RENAME =
      new Rule(
          "COMPAT-ALIAS-RENAME",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.COMPATIBLE,
          WARNING,
          "A field or named type is not renamed; an alias saves readers of the new schema only.");

  public static final Rule DEFAULT_CHANGED =
      new Rule(
          "COMPAT-DEFAULT-CHANGED",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.COMPATIBLE,
          WARNING,
          "A field keeps its default; readers fill in old records with it.");

  public static final Rule KEY_CHANGED =
      new Rule(
          "COMPAT-KEY-CHANGED",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's key schema does not change at all, because a changed key moves records to other partitions.");

  public static final Rule PII_REMOVED =
      new Rule(
          "COMPAT-PII-REMOVED",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A field tagged pii keeps the tag.");

  public static final Rule CLASSIFICATION_LOWERED =
      new Rule(
          "COMPAT-CLASSIFICATION-LOWERED",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "The product's classification is not lowered (public < internal < confidential < restricted).");

  public static final Rule HISTORY_SCHEMA =
      new Rule(
          "COMPAT-HISTORY-SCHEMA",
          RuleArea.COMPAT,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "Every file in the history folder (dataproduct.history) is a version of a port's key or value: a valid, self-contained Avro schema at <port>/key/<version>.avsc or <port>/value/<version>.avsc of an output port.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(
        WIRE,
        LOGICAL_TYPE,
        ALIAS_RENAME,
        DEFAULT_CHANGED,
        KEY_CHANGED,
        PII_REMOVED,
        CLASSIFICATION_LOWERED,
        HISTORY_SCHEMA);
  }

  private CompatRules() {}
}
