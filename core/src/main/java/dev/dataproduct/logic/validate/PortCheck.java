package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.IsoDuration;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.PortRules;
import java.time.Duration;
import java.util.Set;

/**
 * Output ports' keys, durations and SLOs; input ports' references upstream. (How many members a key
 * or value has is a structure rule; which pairs make sense, now that {@code schema} may come with
 * {@code name} and a key with its {@code encoding}, is checked here.)
 */
final class PortCheck implements DescriptorCheck {

  /**
   * Primitives that make poor keys: equal values can serialize differently or not compare equal.
   */
  static final Set<String> UNSTABLE_KEY_TYPES = Set.of("float", "double");

  /** How messages name the longest duration Kafka holds. */
  private static final String LONGEST = "at most " + IsoDuration.LONGEST.toDays() / 365 + " years";

  @Override
  public void check(ValidationContext context, Findings findings) {
    DataProduct product = context.product();
    for (OutputPort port : product.outputPorts()) {
      referenceShape(port, "key", port.key(), findings);
      referenceShape(port, "value", port.value(), findings);
      if (port.key() != null
          && port.key().type() != null
          && UNSTABLE_KEY_TYPES.contains(port.key().type())) {
        findings.add(
            Finding.of(
                    PortRules.KEY_TYPE,
                    port.key().node().positionOf("type"),
                    "Port \""
                        + port.name()
                        + "\" has a "
                        + port.key().type()
                        + " key; equal floating-point values can hash to different partitions")
                .withHint("Key by a string, int, long or bytes identifier.")
                .withTarget(port.waiverTarget()));
      }
      keyEncoding(port, findings);
      if (port.retention() != null && IsoDuration.isTooLong(port.retention())) {
        findings.add(
            Finding.of(
                    PortRules.DURATION,
                    port.node().positionOf("retention"),
                    "Retention "
                        + port.retention()
                        + " is longer than Kafka's retention.ms can hold ("
                        + LONGEST
                        + ")")
                .withHint("Write infinite to keep records forever.")
                .withTarget(port.waiverTarget()));
      } else if (port.retention() != null
          && IsoDuration.parseRetention(port.retention()).isEmpty()) {
        findings.add(
            Finding.of(
                    PortRules.DURATION,
                    port.node().positionOf("retention"),
                    "Retention \"" + port.retention() + "\" is not an ISO-8601 duration")
                .withHint("Write e.g. P7D for seven days, PT12H for twelve hours, or infinite.")
                .withTarget(port.waiverTarget()));
      }
      if (port.slo() != null && port.slo().freshness() != null) {
        var freshness = IsoDuration.parse(port.slo().freshness());
        if (IsoDuration.isTooLong(port.slo().freshness())) {
          findings.add(
              Finding.of(
                      PortRules.SLO_RANGE,
                      port.slo().node().positionOf("freshness"),
                      "Freshness "
                          + port.slo().freshness()
                          + " is longer than any duration Kafka can hold ("
                          + LONGEST
                          + ")")
                  .withHint("Give the longest delay consumers may see, e.g. PT5M.")
                  .withTarget(port.waiverTarget()));
        } else if (freshness.isEmpty()) {
          findings.add(
              Finding.of(
                      PortRules.DURATION,
                      port.slo().node().positionOf("freshness"),
                      "Freshness \"" + port.slo().freshness() + "\" is not an ISO-8601 duration")
                  .withHint("Write e.g. PT5M for five minutes or PT1H for an hour.")
                  .withTarget(port.waiverTarget()));
        } else if (freshness.get().compareTo(Duration.ZERO) <= 0) {
          findings.add(
              Finding.of(
                      PortRules.SLO_RANGE,
                      port.slo().node().positionOf("freshness"),
                      "Freshness " + port.slo().freshness() + " is not a positive duration")
                  .withHint("Give the longest delay consumers may see, e.g. PT5M.")
                  .withTarget(port.waiverTarget()));
        }
      }
    }
    for (InputPort input : product.inputPorts()) {
      inputReference(findings, input);
    }
  }

  /**
   * The JSON Schema allows {@code schema} with {@code name}, and a key's {@code encoding} beside
   * either; the pairs that make no sense are refused here.
   */
  private static void referenceShape(
      OutputPort port, String role, TypeReference ref, Findings findings) {
    if (ref == null) {
      return;
    }
    String what = "The " + role + " of port \"" + port.name() + "\"";
    if (ref.name() != null && ref.schema() == null) {
      findings.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  ref.node().positionOf("name"),
                  what
                      + " has name \""
                      + ref.name()
                      + "\" but no schema; name picks a type from a schema file")
              .withHint(
                  "Add schema: <the .avsc file that defines " + ref.name() + ">, or remove name.")
              .withTarget(port.waiverTarget()));
    } else if (ref.type() != null
        && ref.schema() != null
        && (ref.name() == null || role.equals("key"))) {
      // (A value with all three has more members than the structure allows, and is reported there.)
      findings.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  ref.node().positionOf("type"),
                  what + " has both type and schema; it is one or the other")
              .withHint(
                  "Write "
                      + role
                      + ": { type: "
                      + ref.type()
                      + " } for a primitive, or "
                      + role
                      + ": { schema: "
                      + ref.schema()
                      + " } for a schema file.")
              .withTarget(port.waiverTarget()));
    } else if (ref.type() == null && ref.schema() == null && !ref.node().entries().isEmpty()) {
      // A key with only its encoding; an empty key or value is the structure rules' finding
      // already.
      findings.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  ref.node().position(),
                  port.path() + "." + role + " has neither type nor schema")
              .withHint(
                  "Add type for a primitive "
                      + role
                      + " ({ type: string }) or schema for an Avro schema file ({ schema: OrderKey.avsc }).")
              .withTarget(port.waiverTarget()));
    }
  }

  /** Kafka's own serializers write primitive keys only. */
  private static void keyEncoding(OutputPort port, Findings findings) {
    TypeReference key = port.key();
    if (key != null
        && OutputPort.KEY_ENCODING_KAFKA.equals(key.encoding())
        && key.schema() != null) {
      findings.add(
          Finding.of(
                  PortRules.KEY_ENCODING,
                  key.node().positionOf("encoding"),
                  "The key of port \""
                      + port.name()
                      + "\" is the schema "
                      + key.schema()
                      + ", which Kafka's own serializers cannot write (encoding: kafka)")
              .withHint(
                  "Remove encoding: kafka so the key is written in the port's encoding, or key by a primitive type such as { type: string }.")
              .withTarget(port.waiverTarget()));
    }
  }

  private static void inputReference(Findings findings, InputPort input) {
    String product = input.product();
    if (product != null) {
      String[] parts = product.split("/", -1);
      if (parts.length != 2 || !Names.isKebabCase(parts[0]) || !Names.isKebabCase(parts[1])) {
        findings.add(
            Finding.of(
                    PortRules.INPUT_REFERENCE,
                    input.node().positionOf("product"),
                    "Input port \""
                        + input.name()
                        + "\" names upstream product \""
                        + product
                        + "\", which is not <domain>/<name>")
                .withHint(
                    "Write the upstream's domain and name in kebab case, e.g. crm/customers."));
      }
    }
    if (input.port() != null && !Names.isKebabCase(input.port())) {
      findings.add(
          Finding.of(
                  PortRules.INPUT_REFERENCE,
                  input.node().positionOf("port"),
                  "Input port \""
                      + input.name()
                      + "\" reads upstream port \""
                      + input.port()
                      + "\", which is not a kebab-case port name")
              .withHint(
                  "Use the upstream port's name as its descriptor writes it, e.g. customer-updates."));
    }
  }
}
