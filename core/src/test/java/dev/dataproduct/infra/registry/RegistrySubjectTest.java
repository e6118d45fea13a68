package dev.dataproduct.infra.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which subjects publish registers: a key written by Kafka's own serializers has none. */
class RegistrySubjectTest {

  private static final String DESCRIPTOR =
      """
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      name: orders
      domain: sales
      description: Orders.
      owner: { team: sales-orders }
      outputPorts:
        - name: by-default
          topic: sales.orders.by-default.v1
          key: { type: string }
          value: { type: string }
          encoding: confluent
        - name: kafka-keys
          topic: sales.orders.kafka-keys.v1
          key: { type: long, encoding: kafka }
          value: { type: string }
        - name: avro-keys
          topic: sales.orders.avro-keys.v1
          key: { type: string, encoding: avro }
          value: { type: string }
          encoding: confluent
        - name: no-keys
          topic: sales.orders.no-keys.v1
          value: { type: string }
      """;

  @Test
  void aKeyWrittenByKafkasSerializerHasNoKeySubjectAndAnAvroKeyHasOne() {
    DataProduct product = descriptor(DESCRIPTOR);
    Contract contract = ContractBuilder.build(product, null, "1.0.0", null);

    List<String> subjects =
        RegistrySubject.of(contract, product).stream().map(RegistrySubject::name).toList();

    assertEquals(
        List.of(
            "sales.orders.by-default.v1-value",
            "sales.orders.kafka-keys.v1-value",
            "sales.orders.avro-keys.v1-key",
            "sales.orders.avro-keys.v1-value",
            "sales.orders.no-keys.v1-value"),
        subjects);
  }

  @Test
  void aReleaseWhoseContractRecordsAvroKeysKeepsItsKeySubject() {
    // As a contract packed before key encodings reads: every key in the port's Avro encoding.
    DataProduct product = descriptor(DESCRIPTOR);
    Contract built = ContractBuilder.build(product, null, "1.0.0", null);
    Map<String, PortContract> ports = new LinkedHashMap<>();
    built
        .ports()
        .forEach(
            (name, port) ->
                ports.put(
                    name,
                    port.key() == null
                        ? port
                        : new PortContract(
                            name,
                            port.key(),
                            "avro",
                            port.value(),
                            port.keyHistory(),
                            port.valueHistory())));
    Contract legacy = new Contract(built.descriptor(), "1.0.0", ports);

    List<String> subjects =
        RegistrySubject.of(legacy, product).stream().map(RegistrySubject::name).toList();

    assertEquals(
        List.of(
            "sales.orders.by-default.v1-key",
            "sales.orders.by-default.v1-value",
            "sales.orders.kafka-keys.v1-key",
            "sales.orders.kafka-keys.v1-value",
            "sales.orders.avro-keys.v1-key",
            "sales.orders.avro-keys.v1-value",
            "sales.orders.no-keys.v1-value"),
        subjects);
  }

  private static DataProduct descriptor(String yaml) {
    return DescriptorReader.read(
        new YamlLoader()
            .parse(yaml.getBytes(StandardCharsets.UTF_8), "dataproduct.yaml")
            .document()
            .orElseThrow());
  }
}
