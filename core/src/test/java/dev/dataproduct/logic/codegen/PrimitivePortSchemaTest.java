package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.infra.registry.RegistrySubject;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.support.TestWording;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A port whose key or value is a primitive schema with more than its type (a logical type, a
 * property): the generated producer of a Confluent port registers the schema the contract has, the
 * one publish registers and check compared, not the bare primitive type.
 */
class PrimitivePortSchemaTest {

  private static final String TOPIC = "iot.meters.readings.v1";

  @TempDir Path temp;

  @Test
  void aConfluentProducerRegistersThePrimitiveSchemasAsTheContractHasThem() throws Exception {
    Path project = temp.resolve("meters");
    Files.createDirectories(project.resolve("src/main/avro"));
    Files.writeString(
        project.resolve("dataproduct.yaml"),
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: meters
        domain: iot
        description: Meter readings.
        owner:
          team: iot-meters
        outputPorts:
          - name: readings
            description: When each meter was last read.
            topic: iot.meters.readings.v1
            key: { schema: MeterId.avsc, encoding: avro }
            value: { schema: ReadAt.avsc }
            encoding: confluent
        """);
    Files.writeString(
        project.resolve("src/main/avro/MeterId.avsc"),
        "{\"type\": \"string\", \"logicalType\": \"uuid\"}\n");
    Files.writeString(
        project.resolve("src/main/avro/ReadAt.avsc"),
        "{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}\n");
    CodegenFixtures.Project meters = CodegenFixtures.load(project);
    Contract contract = ContractBuilder.build(meters.product(), meters.schemas(), "1.0.0", null);
    // What publish registers: the contract's schemas.
    List<String> published =
        RegistrySubject.of(contract, meters.product()).stream()
            .map(s -> s.name() + "=" + s.schema())
            .toList();
    assertEquals(
        List.of(
            TOPIC + "-key={\"type\":\"string\",\"logicalType\":\"uuid\"}",
            TOPIC + "-value={\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}"),
        published);

    Path generated = temp.resolve("generated");
    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(meters.product(), meters.schemas(), "1.0.0", generated);
    Path scenario = temp.resolve("scenario/dataproduct/iot/meters");
    Files.createDirectories(scenario);
    Files.writeString(
        scenario.resolve("MeterScenarios.java"),
        """
        package dataproduct.iot.meters;

        import dataproduct.iot.meters.runtime.PortRecord;
        import dataproduct.iot.meters.runtime.SchemaRegistryClient;
        import java.net.URI;
        import java.time.Duration;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import org.apache.kafka.clients.consumer.ConsumerRecord;
        import org.apache.kafka.clients.consumer.MockConsumer;
        import org.apache.kafka.clients.producer.MockProducer;
        import org.apache.kafka.clients.producer.ProducerRecord;
        import org.apache.kafka.common.TopicPartition;
        import org.apache.kafka.common.serialization.ByteArraySerializer;

        public final class MeterScenarios {
          private MeterScenarios() {}

          /** Sends one record and reads it back; returns what was read and what was not. */
          public static List<String> roundTrip(String registry, String key, Long value) throws Exception {
            SchemaRegistryClient client = new SchemaRegistryClient(URI.create(registry), null);
            MockProducer<byte[], byte[]> kafka =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
            try (ReadingsProducer producer = ReadingsProducer.wrap(kafka, client)) {
              producer.send(key, value).get();
            }
            ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
            MockConsumer<byte[], byte[]> in = new MockConsumer<>("earliest");
            List<String> read = new ArrayList<>();
            ReadingsConsumer consumer =
                ReadingsConsumer.wrap(in, client, undecodable -> read.add("undecodable " + undecodable));
            consumer.subscribe();
            TopicPartition partition = new TopicPartition(ReadingsConsumer.TOPIC, 0);
            in.rebalance(List.of(partition));
            in.updateBeginningOffsets(Map.of(partition, 0L));
            in.seek(partition, 0);
            in.addRecord(new ConsumerRecord<>(ReadingsConsumer.TOPIC, 0, 0L, sent.key(), sent.value()));
            for (PortRecord<String, Long> record : consumer.poll(Duration.ofMillis(10))) {
              read.add(record.key() + " " + record.value());
            }
            return read;
          }
        }
        """);
    Path classes = temp.resolve("classes");
    CodegenFixtures.compile(
        List.of(generated, temp.resolve("scenario")), classes, List.of(), false);

    try (FakeSchemaRegistry registry = new FakeSchemaRegistry();
        URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Object read =
          loader
              .loadClass("dataproduct.iot.meters.MeterScenarios")
              .getMethod("roundTrip", String.class, String.class, Long.class)
              .invoke(
                  null, registry.url(), "6f1c2f9e-2f7a-4c39-9f5e-0b7d8f6b2a10", 1_700_000_000_000L);

      assertEquals(published, registry.registrations);
      assertEquals(List.of("6f1c2f9e-2f7a-4c39-9f5e-0b7d8f6b2a10 1700000000000"), read);
    }
  }
}
