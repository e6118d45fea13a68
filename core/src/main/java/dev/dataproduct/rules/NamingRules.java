package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;
import static dev.dataproduct.finding.Severity.WARNING;

/** Rules about the names of the product, its ports and its topics. */
public final class NamingRules {

  public static final Rule KEBAB_CASE =
      new Rule("NAMING-KEBAB-CASE", RuleArea.NAMING, ERROR, "Product, domain and port names are lower-kebab-case.");

  public static final Rule TOPIC_LEGAL =
      new Rule("NAMING-TOPIC-LEGAL", RuleArea.NAMING, ERROR, "Topic names are legal Kafka topic names.");

  public static final Rule TOPIC_COLLISION =
      new Rule("NAMING-TOPIC-COLLISION", RuleArea.NAMING, WARNING, "No two topics differ only by '.' versus '_', which collide in Kafka's metric names.");

  public static final Rule DUPLICATE_PORT =
      new Rule("NAMING-DUPLICATE-PORT", RuleArea.NAMING, ERROR, "Port names are unique within the product.");

  public static final Rule DUPLICATE_TOPIC =
      new Rule("NAMING-DUPLICATE-TOPIC", RuleArea.NAMING, ERROR, "No two output ports publish to the same topic.");

  private NamingRules() {}
}
