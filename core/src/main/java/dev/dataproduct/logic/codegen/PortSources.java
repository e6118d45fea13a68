package dev.dataproduct.logic.codegen;

import dev.dataproduct.model.contract.KafkaKeySerializers;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The sources of a port's typed producer and consumer, from the templates {@code
 * port/Producer.java.tmpl} and {@code port/Consumer.java.tmpl}. They are thin: they extend the
 * runtime's {@code PortProducer} and {@code PortConsumer}, which do the work, and fix the topic,
 * the types and the encoding, and carry the descriptor's documentation.
 */
final class PortSources {

  /**
   * What the sources need to know about a port.
   *
   * @param product the product that publishes the port, {@code <domain>/<name>}
   * @param version the version of that product the classes are generated from
   * @param name the output port's name
   * @param inputPort the name of the input port that reads it, for a consumer of an upstream port;
   *     {@code null} for the product's own output ports
   * @param kafkaKey whether keys are written by Kafka's own serializer of their primitive type (key
   *     encoding {@code kafka}) rather than in the port's Avro encoding
   */
  record Port(
      String javaPackage,
      String runtimePackage,
      String product,
      String productTitle,
      String version,
      String name,
      String inputPort,
      String description,
      String topic,
      boolean confluent,
      PortType key,
      boolean kafkaKey,
      PortType value) {

    /** The class name stem: the input port's name for an upstream port, else the output port's. */
    String stem() {
      return JavaNames.portClassStem(inputPort == null ? name : inputPort);
    }
  }

  private PortSources() {}

  /** The port's producer, from {@code port/Producer.java.tmpl}. */
  static String producer(Port port) {
    return JavaTemplate.render("port/Producer", values(port, port.stem() + "Producer", false));
  }

  /** The port's consumer, from {@code port/Consumer.java.tmpl}. */
  static String consumer(Port port) {
    return JavaTemplate.render("port/Consumer", values(port, port.stem() + "Consumer", true));
  }

  private static Map<String, Object> values(Port port, String className, boolean reading) {
    String key = port.key() == null ? null : javaName(port.key());
    String value = javaName(port.value());
    Map<String, Object> values = new HashMap<>();
    values.put("package", port.javaPackage());
    values.put("runtime", port.runtimePackage());
    values.put("class", className);
    values.put("key", key != null);
    values.put("keyType", key == null ? "Void" : key);
    values.put("value", value);
    values.put("confluent", port.confluent());
    values.put("kafkaKey", port.kafkaKey());
    values.put(
        "primitive",
        (port.key() != null && port.key().isPrimitive() && !port.kafkaKey())
            || port.value().isPrimitive());
    values.put("upstream", port.inputPort() != null);
    values.put("inputPort", port.inputPort() == null ? "" : port.inputPort());
    values.put("codec", port.confluent() ? "ConfluentCodec" : "SingleObjectCodec");
    values.put(
        "keyCodec", port.key() == null ? "null" : codec(port, port.key(), key, "key", reading));
    values.put("valueCodec", codec(port, port.value(), value, "value", reading));
    values.put("port", port.name());
    values.put("product", port.product());
    values.put(
        "summary",
        port.description() == null ? "." : ": " + JavaNames.javadocText(port.description()));
    values.put(
        "productTitle",
        port.productTitle() == null ? "" : ": " + JavaNames.javadocText(port.productTitle()));
    values.put("keyDoc", key == null ? "without a key" : "with {@link " + key + "} keys");
    values.put("encodingDoc", encodingDoc(port));
    values.put("topic", JavaNames.literal(port.topic()));
    values.put("productLiteral", JavaNames.literal(port.product()));
    values.put("portLiteral", JavaNames.literal(port.name()));
    values.put("version", JavaNames.literal(port.version()));
    values.put("schemaName", JavaNames.literal(port.value().schemaName()));
    return values;
  }

  /**
   * Classes of {@code java.lang} by their simple name, every other class in full, so the templates
   * need no imports for them.
   */
  private static String javaName(PortType type) {
    return type.className().startsWith("java.lang.") ? type.simpleName() : type.className();
  }

  private static String codec(
      Port port, PortType type, String javaName, String part, boolean reading) {
    if (part.equals("key") && port.kafkaKey()) {
      return "KafkaCodec.of(" + javaName + ".class, TOPIC)";
    }
    String schema = type.isPrimitive() ? type.schemaExpression() : javaName + ".getClassSchema()";
    if (port.confluent()) {
      return "new ConfluentCodec<>("
          + javaName
          + ".class, "
          + schema
          + ", TOPIC + \"-"
          + part
          + "\", registry)";
    }
    return "new SingleObjectCodec<>("
        + javaName
        + ".class, "
        + schema
        + (reading ? ", writerSchemas)" : ")");
  }

  private static String encodingDoc(Port port) {
    String keys =
        port.key() == null || !port.kafkaKey()
            ? ""
            : " Keys are written as Kafka's own {@code "
                + KafkaKeySerializers.of(
                        Schema.Type.valueOf(port.key().schemaName().toUpperCase(Locale.ROOT)))
                    .orElseThrow()
                + "} writes them, so a plain"
                + " {@code KafkaProducer} with that serializer puts the same key on the same partition.";
    if (port.confluent()) {
      String subjects =
          port.key() == null || port.kafkaKey()
              ? "subject {@code <topic>-value}"
              : "subjects {@code <topic>-key} and {@code <topic>-value}";
      return "in the Confluent wire format (magic byte and schema registry id; "
          + subjects
          + ")."
          + keys;
    }
    return "in Avro's single-object encoding (marker and CRC-64-AVRO fingerprint of the writer schema)."
        + keys;
  }

  private static String summary(Port port) {
    return port.description() == null ? "." : ": " + JavaNames.javadocText(port.description());
  }
}
