package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;
import static dev.dataproduct.rules.Severity.WARNING;

import java.util.List;

/** Rules about the names of the product, its ports and its topics. */
public final class NamingRules {

  public static final Rule KEBAB_CASE =
      new Rule(
          "NAMING-KEBAB-CASE",
          RuleArea.NAMING,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Product, domain and port names are lower-kebab-case.");

  public static final Rule TOPIC_LEGAL =
      new Rule(
          "NAMING-TOPIC-LEGAL",
          RuleArea.NAMING,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Topic names are legal Kafka topic names.");

  public static final Rule TOPIC_COLLISION =
      new Rule(
          "NAMING-TOPIC-COLLISION",
          RuleArea.NAMING,
          Goal.VALIDATE,
          ChangeClass.NONE,
          WARNING,
          "No two topics differ only by '.' versus '_', which collide in Kafka's metric names.");

  public static final Rule DUPLICATE_PORT =
      new Rule(
          "NAMING-DUPLICATE-PORT",
          RuleArea.NAMING,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Port names are unique within the product.");

  public static final Rule DUPLICATE_TOPIC =
      new Rule(
          "NAMING-DUPLICATE-TOPIC",
          RuleArea.NAMING,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "No two output ports publish to the same topic.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(KEBAB_CASE, TOPIC_LEGAL, TOPIC_COLLISION, DUPLICATE_PORT, DUPLICATE_TOPIC);
  }

  private NamingRules() {}
}
