package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dataproduct.billing.payments.PaymentsConsumer;
import dataproduct.billing.payments.PaymentsProducer;
import dataproduct.billing.payments.runtime.PortRecord;
import dataproduct.billing.payments.runtime.SchemaRegistryClient;
import dataproduct.billing.payments.runtime.UndecodableRecord;
import dataproduct.billing.payments.runtime.UnknownSchemaException;
import dev.dataproduct.testing.SchemaRegistryServer;
import dev.dataproduct.testkit.KafkaBroker;
import io.apicurio.registry.serde.Legacy4ByteIdHandler;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated producer and consumer of a confluent port against a real Kafka broker and a real
 * Apicurio Registry 2.4.2 (its Confluent-compatible API), and interoperation with a third-party
 * Confluent-format serde: Apicurio's, in its Confluent-compatible mode (magic byte, 4-byte id).
 */
class PaymentsThroughApicurioTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final TopicPartition PARTITION = new TopicPartition(PaymentsProducer.TOPIC, 0);

  @TempDir static Path temp;
  private static KafkaBroker broker;
  private static SchemaRegistryServer registry;

  @BeforeAll
  static void startServices() {
    broker = KafkaBroker.start(temp.resolve("kafka"));
    registry = SchemaRegistryServer.start(temp.resolve("registry"));
  }

  @AfterAll
  static void stopServices() {
    if (registry != null) {
      registry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void whatOurProducerWritesOurConsumerAndApicuriosDeserializerBothRead() throws Exception {
    Payment payment = payment("p-1", "12345.67", PaymentMethod.CARD, "SEPA-42");
    RecordMetadata sent;
    try (PaymentsProducer producer = PaymentsProducer.create(ourProperties())) {
      sent = producer.send(7L, payment).get();
    }

    // The bytes: magic byte 0 and the id the registry gives the subject's latest version.
    ConsumerRecord<byte[], byte[]> raw = readRaw(sent.offset());
    assertEquals(0, raw.value()[0]);
    assertEquals(latestId(PaymentsProducer.TOPIC + "-value"), ByteBuffer.wrap(raw.value(), 1, 4).getInt());
    assertEquals(latestId(PaymentsProducer.TOPIC + "-key"), ByteBuffer.wrap(raw.key(), 1, 4).getInt());

    // Our consumer.
    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<Long, Payment>> ours = readOurs(sent.offset(), undecodable);
    assertEquals(List.of(), undecodable);
    assertEquals(7L, ours.get(0).key());
    assertEquals(payment, ours.get(0).value());

    // Apicurio's deserializer, into the same generated class.
    Map<String, Object> config = apicurioConfig();
    config.put(AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, "true");
    try (KafkaConsumer<Object, Object> apicurio = new KafkaConsumer<>(consumerProperties(), deserializer(config, true), deserializer(config, false))) {
      List<ConsumerRecord<Object, Object>> records = poll(apicurio, sent.offset());
      assertEquals(7L, records.get(0).key());
      assertEquals(payment, records.get(0).value());
    }
  }

  @Test
  void whatApicuriosSerializerWritesOurConsumerReads() throws Exception {
    Payment payment = payment("p-2", "0.99", PaymentMethod.WALLET, null);
    Map<String, Object> config = apicurioConfig();
    config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, "true");
    RecordMetadata sent;
    // Apicurio 2.4.2's serializer cannot write a primitive key once its subject exists ("Not a record"), so its records carry no key.
    try (KafkaProducer<byte[], Object> apicurio = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(), serializer(config, false))) {
      sent = apicurio.send(new ProducerRecord<>(PaymentsProducer.TOPIC, 0, null, payment)).get();
    }
    ConsumerRecord<byte[], byte[]> raw = readRaw(sent.offset());
    assertEquals(0, raw.value()[0], "Apicurio wrote the Confluent wire format");
    assertEquals(latestId(PaymentsProducer.TOPIC + "-value"), ByteBuffer.wrap(raw.value(), 1, 4).getInt(), "with the id of the schema it registered");

    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<Long, Payment>> ours = readOurs(sent.offset(), undecodable);

    assertEquals(List.of(), undecodable);
    assertEquals(null, ours.get(0).key());
    assertEquals(payment, ours.get(0).value());
  }

  @Test
  void aRecordWithAnIdTheRegistryDoesNotHaveReachesTheHandler() throws Exception {
    RecordMetadata sent;
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
      sent = raw.send(new ProducerRecord<>(PaymentsProducer.TOPIC, 0, null, new byte[] {0, 0, 0, 0x7F, 0x7F, 0x02, 0x61})).get();
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        PaymentsConsumer consumer = PaymentsConsumer.wrap(kafka, new SchemaRegistryClient(URI.create(registry.url()), null), undecodable::add)) {
      kafka.assign(List.of(PARTITION));
      kafka.seek(PARTITION, sent.offset());
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (undecodable.isEmpty() && System.nanoTime() < deadline) {
        assertEquals(List.of(), consumer.poll(Duration.ofMillis(500)));
      }
      assertEquals(sent.offset() + 1, kafka.position(PARTITION), "the partition moved on");
    }
    assertEquals(PaymentsProducer.TOPIC + "-0@" + sent.offset(), undecodable.get(0).position());
    assertInstanceOf(UnknownSchemaException.class, undecodable.get(0).cause());
    assertEquals(true, undecodable.get(0).cause().getMessage().startsWith("Unknown writer schema id 32639 (reading com.example.billing.Payment)"),
        undecodable.get(0).cause().getMessage());
  }

  // --- helpers ---

  private static Map<String, Object> ourProperties() {
    return Map.of("bootstrap.servers", broker.bootstrapServers(), SchemaRegistryClient.URL_PROPERTY, registry.url());
  }

  /** Apicurio's serde on its own API, with Confluent's wire format: 4-byte content ids in the payload, no headers. */
  private static Map<String, Object> apicurioConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(SerdeConfig.REGISTRY_URL, registry.rootUrl() + "/apis/registry/v2");
    config.put(SerdeConfig.ID_HANDLER, Legacy4ByteIdHandler.class.getName());
    config.put(SerdeConfig.USE_ID, "contentId");
    config.put(SerdeConfig.ENABLE_HEADERS, "false");
    return config;
  }

  private static AvroKafkaSerializer<Object> serializer(Map<String, Object> config, boolean isKey) {
    AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
    serializer.configure(config, isKey);
    return serializer;
  }

  private static AvroKafkaDeserializer<Object> deserializer(Map<String, Object> config, boolean isKey) {
    AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();
    deserializer.configure(config, isKey);
    return deserializer;
  }

  private static Map<String, Object> consumerProperties() {
    return Map.of("bootstrap.servers", broker.bootstrapServers(), "enable.auto.commit", "false");
  }

  private static List<PortRecord<Long, Payment>> readOurs(long offset, List<UndecodableRecord> undecodable) {
    List<PortRecord<Long, Payment>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        PaymentsConsumer consumer = PaymentsConsumer.wrap(kafka, new SchemaRegistryClient(URI.create(registry.url()), null), undecodable::add)) {
      kafka.assign(List.of(PARTITION));
      kafka.seek(PARTITION, offset);
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (records.isEmpty() && undecodable.isEmpty() && System.nanoTime() < deadline) {
        records.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }
    return records;
  }

  private static ConsumerRecord<byte[], byte[]> readRaw(long offset) {
    try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<ConsumerRecord<byte[], byte[]>> records = poll(kafka, offset);
      return records.get(0);
    }
  }

  private static <K, V> List<ConsumerRecord<K, V>> poll(KafkaConsumer<K, V> kafka, long offset) {
    kafka.assign(List.of(PARTITION));
    kafka.seek(PARTITION, offset);
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (records.isEmpty() && System.nanoTime() < deadline) {
      kafka.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }

  /** The id of the latest version of {@code subject}, from the registry's Confluent-compatible API. */
  private static int latestId(String subject) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/" + subject + "/versions/latest")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
    assertEquals(true, id.find(), response.body());
    return Integer.parseInt(id.group(1));
  }

  private static Payment payment(String id, String amount, PaymentMethod method, String reference) {
    return Payment.newBuilder()
        .setPaymentId(id)
        .setOrderId("o-" + id)
        .setAmount(new BigDecimal(amount))
        .setCurrency(new CurrencyCode("EUR".getBytes(StandardCharsets.US_ASCII)))
        .setMethod(method)
        .setPaidAt(Instant.parse("2026-12-01T12:00:00Z"))
        .setReference(reference)
        .build();
  }
}
