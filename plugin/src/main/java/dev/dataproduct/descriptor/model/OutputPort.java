package dev.dataproduct.descriptor.model;

import dev.dataproduct.descriptor.yaml.YamlMap;

/**
 * A port the product publishes: one Kafka topic with a key and a value schema.
 *
 * @param index the port's position in {@code outputPorts}, for paths such as {@code outputPorts[1]}
 */
public record OutputPort(
    YamlMap node,
    int index,
    String name,
    String description,
    String topic,
    TypeReference key,
    TypeReference value,
    String compatibility,
    String encoding,
    Integer partitions,
    String retention,
    String cleanupPolicy,
    Slo slo,
    String status) {

  public static final String DEFAULT_COMPATIBILITY = "BACKWARD";
  public static final String DEFAULT_ENCODING = "single-object";

  /** The path of this port in the descriptor, for messages. */
  public String path() {
    return "outputPorts[" + index + "]";
  }

  /** What waivers name to accept a finding about this port. */
  public String waiverTarget() {
    return "outputPorts/" + name;
  }

  public String effectiveCompatibility() {
    return compatibility == null ? DEFAULT_COMPATIBILITY : compatibility;
  }

  public String effectiveEncoding() {
    return encoding == null ? DEFAULT_ENCODING : encoding;
  }
}
