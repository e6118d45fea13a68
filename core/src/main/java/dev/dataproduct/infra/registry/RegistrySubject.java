package dev.dataproduct.infra.registry;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * One subject to register: a port's key or value under the topic-name strategy ({@code
 * <topic>-key}, {@code <topic>-value}), with the port's compatibility level.
 *
 * @param name the subject
 * @param port the port's name
 * @param part {@code key} or {@code value}
 * @param level the port's compatibility level, set on the subject
 * @param schema the schema, as Avro writes it
 * @param position where the descriptor names the schema, for findings
 */
public record RegistrySubject(
    String name, String port, String part, String level, String schema, SourcePosition position) {

  /**
   * The subjects of every output port of {@code contract}, key (when the port has one written in
   * Avro, not by Kafka's serializers) before value, in descriptor order.
   *
   * @param descriptor the project's descriptor with its positions, for findings
   */
  public static List<RegistrySubject> of(Contract contract, DataProduct descriptor) {
    List<RegistrySubject> subjects = new ArrayList<>();
    for (OutputPort port : contract.descriptor().outputPorts()) {
      PortContract schemas = contract.ports().get(port.name());
      if (schemas == null || port.topic() == null) {
        continue;
      }
      OutputPort located = descriptor.outputPort(port.name()).orElse(port);
      // Keys written by Kafka's own serializers carry no schema id: there is no key subject, as
      // with Confluent's StringSerializer keys.
      if (schemas.key() != null && !OutputPort.KEY_ENCODING_KAFKA.equals(schemas.keyEncoding())) {
        subjects.add(subject(port, "key", schemas.key(), position(located, located.key())));
      }
      subjects.add(subject(port, "value", schemas.value(), position(located, located.value())));
    }
    return subjects;
  }

  private static RegistrySubject subject(
      OutputPort port, String part, Schema schema, SourcePosition position) {
    return new RegistrySubject(
        port.topic() + "-" + part,
        port.name(),
        part,
        registryLevel(port.effectiveCompatibility()),
        schema.toString(),
        position);
  }

  private static SourcePosition position(OutputPort port, TypeReference reference) {
    if (reference == null || reference.node() == null) {
      return port.node() == null
          ? SourcePosition.file("dataproduct.yaml")
          : port.node().positionOf("name");
    }
    return reference.node().positionOf(reference.isSchemaFile() ? "schema" : "type");
  }

  /**
   * The level as registries spell it: the descriptor accepts any case (compatibility: backward),
   * registries want BACKWARD.
   */
  private static String registryLevel(String level) {
    return CompatibilityLevel.parse(level).map(Enum::name).orElse(level);
  }
}
