package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.INFO;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about changes to the descriptor between releases (the {@code check} goal). */
public final class ContractRules {

  public static final Rule PORT_REMOVED =
      new Rule(
          "CONTRACT-PORT-REMOVED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "An output port of the previous release is still there.");

  public static final Rule PORT_RENAMED =
      new Rule(
          "CONTRACT-PORT-RENAMED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "An output port keeps its name.");

  public static final Rule TOPIC_RENAMED =
      new Rule(
          "CONTRACT-TOPIC-RENAMED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "An output port keeps its topic.");

  public static final Rule PARTITIONS_REDUCED =
      new Rule(
          "CONTRACT-PARTITIONS-REDUCED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's partition count is not reduced (Kafka cannot, and keys would move).");

  public static final Rule PARTITIONS_INCREASED =
      new Rule(
          "CONTRACT-PARTITIONS-INCREASED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.COMPATIBLE,
          WARNING,
          "A port's partition count is not raised without notice: keys move to other partitions, so per-key order breaks at the switch.");

  public static final Rule RETENTION_SHORTENED =
      new Rule(
          "CONTRACT-RETENTION-SHORTENED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's retention is not shortened or dropped.");

  public static final Rule SLO_LOOSENED =
      new Rule(
          "CONTRACT-SLO-LOOSENED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's SLOs are not loosened or dropped: freshness no longer, availability no lower.");

  public static final Rule ENCODING_CHANGED =
      new Rule(
          "CONTRACT-ENCODING-CHANGED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port keeps its encoding, which every consumer's deserializer depends on.");

  public static final Rule KEY_ENCODING_CHANGED =
      new Rule(
          "CONTRACT-KEY-ENCODING-CHANGED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port keeps how its keys are written (Kafka's serializer or the port's Avro encoding): the key bytes decide partitions and compaction.");

  public static final Rule COMPATIBILITY_WEAKENED =
      new Rule(
          "CONTRACT-COMPATIBILITY-WEAKENED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port's compatibility level is not weakened (or changed to a level that promises something else).");

  public static final Rule CLEANUP_POLICY_CHANGED =
      new Rule(
          "CONTRACT-CLEANUP-POLICY-CHANGED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.BREAKING,
          ERROR,
          "A port keeps its cleanup policy.");

  public static final Rule OWNER_CHANGED =
      new Rule(
          "CONTRACT-OWNER-CHANGED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.COMPATIBLE,
          INFO,
          "A change of owner is reported, so consumers know whom to ask.");

  public static final Rule DOMAIN_CHANGED =
      new Rule(
          "CONTRACT-DOMAIN-CHANGED",
          RuleArea.CONTRACT,
          Goal.CHECK,
          ChangeClass.COMPATIBLE,
          WARNING,
          "A change of domain is reported: consumers refer to the product as <domain>/<name>.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(
        PORT_REMOVED,
        PORT_RENAMED,
        TOPIC_RENAMED,
        PARTITIONS_REDUCED,
        PARTITIONS_INCREASED,
        RETENTION_SHORTENED,
        SLO_LOOSENED,
        ENCODING_CHANGED,
        KEY_ENCODING_CHANGED,
        COMPATIBILITY_WEAKENED,
        CLEANUP_POLICY_CHANGED,
        OWNER_CHANGED,
        DOMAIN_CHANGED);
  }

  private ContractRules() {}
}
