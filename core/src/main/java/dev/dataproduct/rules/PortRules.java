package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about output and input ports. */
public final class PortRules {

  public static final Rule KEY_TYPE =
      new Rule(
          "PORT-KEY-TYPE",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A key is a primitive type or a schema whose top-level type can be hashed stably (no floating-point keys, no map keys).");

  public static final Rule KEY_ENCODING =
      new Rule(
          "PORT-KEY-ENCODING",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A key written with Kafka's own serializers (encoding: kafka) has a primitive type: Kafka has no serializer for an Avro schema.");

  public static final Rule ONE_TYPE =
      new Rule(
          "PORT-ONE-TYPE",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A port's key or value is one record, enum, fixed or primitive type with a namespace: a schema file that defines several types (a top-level union) names the one the port carries with 'name'.");

  public static final Rule DURATION =
      new Rule(
          "PORT-DURATION",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Retention and freshness are ISO-8601 durations such as P7D or PT5M (retention may also be 'infinite'), no longer than Kafka's retention.ms can hold.");

  public static final Rule SLO_RANGE =
      new Rule(
          "PORT-SLO-RANGE",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "SLO freshness is a positive duration no longer than Kafka can hold (availability ranges are checked by the structure rules).");

  public static final Rule INPUT_REFERENCE =
      new Rule(
          "PORT-INPUT-REFERENCE",
          RuleArea.PORT,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "An input port names its upstream as <domain>/<name> and a port in kebab case.");

  public static final Rule UPSTREAM_MISSING =
      new Rule(
          "PORT-UPSTREAM-MISSING",
          RuleArea.PORT,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "An input port reads a port its upstream product's released contract has.");

  public static final Rule UPSTREAM_RETIRED =
      new Rule(
          "PORT-UPSTREAM-RETIRED",
          RuleArea.PORT,
          Goal.CHECK,
          ChangeClass.NONE,
          ERROR,
          "An input port does not read a retired port or a port of a retired product.");

  public static final Rule UPSTREAM_DEPRECATED =
      new Rule(
          "PORT-UPSTREAM-DEPRECATED",
          RuleArea.PORT,
          Goal.CHECK,
          ChangeClass.NONE,
          WARNING,
          "An input port that reads a deprecated port or product is reported, so the consumer migrates in time.");

  public static final Rule UPSTREAM_UNCHECKED =
      new Rule(
          "PORT-UPSTREAM-UNCHECKED",
          RuleArea.PORT,
          Goal.CHECK,
          ChangeClass.NONE,
          WARNING,
          "An input port's upstream product is on the build's dependency path, so the check can hold the port against the upstream's released contract; one that is not is reported as not checked.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(
        KEY_TYPE,
        KEY_ENCODING,
        ONE_TYPE,
        DURATION,
        SLO_RANGE,
        INPUT_REFERENCE,
        UPSTREAM_MISSING,
        UPSTREAM_UNCHECKED,
        UPSTREAM_RETIRED,
        UPSTREAM_DEPRECATED);
  }

  private PortRules() {}
}
