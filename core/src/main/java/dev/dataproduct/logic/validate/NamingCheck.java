package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.rules.NamingRules;
import java.util.HashMap;
import java.util.Map;

/** Names of the product, its domain, its ports and its topics. */
final class NamingCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    DataProduct product = context.product();
    kebab(findings, product.node(), "name", product.name(), "product name");
    kebab(findings, product.node(), "domain", product.domain(), "domain");

    Map<String, YamlMap> portsByName = new HashMap<>();
    for (OutputPort port : product.outputPorts()) {
      kebab(findings, port.node(), "name", port.name(), "port name");
      unique(findings, portsByName, port.name(), port.node());
      topic(findings, port);
    }
    for (InputPort port : product.inputPorts()) {
      kebab(findings, port.node(), "name", port.name(), "input port name");
      unique(findings, portsByName, port.name(), port.node());
    }
    topicsUnique(findings, product);
  }

  private static void kebab(Findings findings, YamlMap node, String key, String name, String what) {
    if (name != null && !Names.isKebabCase(name)) {
      String fixed = Names.toKebabCase(name);
      findings.add(
          Finding.of(
                  NamingRules.KEBAB_CASE,
                  node.positionOf(key),
                  "The " + what + " \"" + name + "\" is not lower-kebab-case")
              .withHint(
                  fixed.isEmpty()
                      ? "Use lower-case letters, digits and single hyphens."
                      : "Write \"" + fixed + "\"."));
    }
  }

  private static void unique(
      Findings findings, Map<String, YamlMap> seen, String name, YamlMap node) {
    if (name == null) {
      return;
    }
    YamlMap first = seen.putIfAbsent(name, node);
    if (first != null) {
      findings.add(
          Finding.of(
                  NamingRules.DUPLICATE_PORT,
                  node.positionOf("name"),
                  "Port name \""
                      + name
                      + "\" is already used at line "
                      + first.positionOf("name").line())
              .withHint("Give each port its own name."));
    }
  }

  private static void topic(Findings findings, OutputPort port) {
    String topic = port.topic();
    if (topic == null || Names.isLegalTopic(topic)) {
      return;
    }
    String why =
        topic.length() > 249
            ? "is " + topic.length() + " characters long; Kafka allows at most 249"
            : topic.equals(".") || topic.equals("..")
                ? "is reserved by Kafka"
                : "contains characters Kafka does not allow";
    findings.add(
        Finding.of(
                NamingRules.TOPIC_LEGAL,
                port.node().positionOf("topic"),
                "Topic \"" + topic + "\" " + why)
            .withHint("Use only ASCII letters, digits, '.', '_' and '-', at most 249 characters.")
            .withTarget(port.waiverTarget()));
  }

  private static void topicsUnique(Findings findings, DataProduct product) {
    Map<String, OutputPort> exact = new HashMap<>();
    Map<String, OutputPort> normalized = new HashMap<>();
    for (OutputPort port : product.outputPorts()) {
      if (port.topic() == null) {
        continue;
      }
      OutputPort same = exact.putIfAbsent(port.topic(), port);
      if (same != null) {
        findings.add(
            Finding.of(
                    NamingRules.DUPLICATE_TOPIC,
                    port.node().positionOf("topic"),
                    "Ports \""
                        + same.name()
                        + "\" and \""
                        + port.name()
                        + "\" both publish to topic \""
                        + port.topic()
                        + "\"")
                .withHint("Each output port owns one topic; give this port its own."));
        continue;
      }
      OutputPort colliding = normalized.putIfAbsent(port.topic().replace('.', '_'), port);
      if (colliding != null) {
        findings.add(
            Finding.of(
                    NamingRules.TOPIC_COLLISION,
                    port.node().positionOf("topic"),
                    "Topic \""
                        + port.topic()
                        + "\" collides with \""
                        + colliding.topic()
                        + "\" in Kafka's metric names")
                .withHint("Use either '.' or '_' as the separator in all topic names."));
      }
    }
  }
}
