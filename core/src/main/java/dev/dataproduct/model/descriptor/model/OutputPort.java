package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;

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

  /**
   * A key written as Kafka's own serializer for its primitive type writes it ({@code
   * StringSerializer}, ...).
   */
  public static final String KEY_ENCODING_KAFKA = "kafka";

  /** A key written in the port's Avro encoding, like its value. */
  public static final String KEY_ENCODING_AVRO = "avro";

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

  /**
   * How keys are written: as given, else {@code kafka} for a primitive key (the bytes existing
   * topics and {@code Serdes.String()} readers have) and {@code avro} for a schema key (Kafka has
   * no serializer for it); {@code null} when records have no key.
   */
  public String effectiveKeyEncoding() {
    if (key == null) {
      return null;
    }
    if (key.encoding() != null) {
      return key.encoding();
    }
    return key.schema() == null ? KEY_ENCODING_KAFKA : KEY_ENCODING_AVRO;
  }
}
