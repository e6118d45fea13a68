package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dataproduct.sales.orders.OrderEventsConsumer;
import dataproduct.sales.orders.OrderEventsProducer;
import dataproduct.sales.orders.runtime.DataProductHeaders;
import dataproduct.sales.orders.runtime.PortRecord;
import dataproduct.sales.orders.runtime.UndecodableRecord;
import dataproduct.sales.orders.runtime.UnknownSchemaException;
import dataproduct.sales.orders.runtime.WriterSchemas;
import dev.dataproduct.testkit.KafkaBroker;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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

/** The generated producer and consumer of port order-events against a real Kafka broker. */
class OrderEventsThroughKafkaTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final TopicPartition PARTITION = new TopicPartition(OrderEventsProducer.TOPIC, 0);

  @TempDir static Path temp;
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start(temp.resolve("kafka"));
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @Test
  void theGeneratedConsumerReadsExactlyWhatTheGeneratedProducerWrote() throws Exception {
    List<OrderEvent> sent = List.of(
        order("o-1", OrderStatus.PLACED, 1, "0.01", null),
        order("o-2", OrderStatus.PAID, 42, "12345678.90", "Ring twice: ä, ö, ü, €"),
        order("o-3", OrderStatus.SHIPPED, 7, "-3.50", ""));
    List<RecordMetadata> acknowledged = new ArrayList<>();
    try (OrderEventsProducer producer = OrderEventsProducer.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      for (OrderEvent order : sent) {
        acknowledged.add(producer.send(order.getOrderId(), order).get());
      }
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<String, OrderEvent>> received = new ArrayList<>();
    try (OrderEventsConsumer consumer = OrderEventsConsumer.create(consumerProperties("roundtrip"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (received.size() < sent.size() && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }

    assertEquals(List.of(), undecodable);
    assertEquals(sent, received.stream().map(PortRecord::value).toList(), "values, field by field");
    assertEquals(List.of("o-1", "o-2", "o-3"), received.stream().map(PortRecord::key).toList());
    for (int i = 0; i < sent.size(); i++) {
      PortRecord<String, OrderEvent> record = received.get(i);
      assertEquals(OrderEventsProducer.TOPIC + "/" + acknowledged.get(i).partition() + "/" + acknowledged.get(i).offset(),
          record.topic() + "/" + record.partition() + "/" + record.offset());
      assertEquals("sales/orders", DataProductHeaders.text(record.headers(), DataProductHeaders.PRODUCT));
      assertEquals("order-events", DataProductHeaders.text(record.headers(), DataProductHeaders.PORT));
      assertEquals("1.0.0", DataProductHeaders.text(record.headers(), DataProductHeaders.VERSION));
      assertEquals("com.example.orders.OrderEvent", DataProductHeaders.text(record.headers(), DataProductHeaders.SCHEMA));
    }
  }

  @Test
  void anUndecodableRecordReachesTheHandlerWithItsPositionAndThePartitionMovesOn() throws Exception {
    OrderEvent before = order("o-10", OrderStatus.PLACED, 1, "1.00", null);
    OrderEvent after = order("o-11", OrderStatus.PAID, 2, "2.00", "after the bad ones");
    byte[] notAvro = "{\"orderId\": \"o-x\"}".getBytes(StandardCharsets.UTF_8);
    // The single-object marker with a fingerprint no schema has.
    byte[] unknownSchema = {(byte) 0xC3, 0x01, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x02, 0x61};
    RecordMetadata first;
    RecordMetadata garbage;
    RecordMetadata unknown;
    RecordMetadata last;
    try (OrderEventsProducer producer = OrderEventsProducer.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
        KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
      first = producer.send(before.getOrderId(), before).get();
      garbage = raw.send(new ProducerRecord<>(OrderEventsProducer.TOPIC, 0, "o-x".getBytes(StandardCharsets.UTF_8), notAvro)).get();
      unknown = raw.send(new ProducerRecord<>(OrderEventsProducer.TOPIC, 0, null, unknownSchema)).get();
      last = producer.send(after.getOrderId(), after).get();
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<String, OrderEvent>> received = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties("bad-records"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        OrderEventsConsumer consumer = OrderEventsConsumer.wrap(kafka, WriterSchemas.classpath(getClass().getClassLoader()), undecodable::add)) {
      kafka.assign(List.of(PARTITION));
      kafka.seek(PARTITION, first.offset());
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (kafka.position(PARTITION) <= last.offset() && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
      consumer.commitSync();

      // The partition moved past both bad records, and the group's committed offset with it.
      assertEquals(last.offset() + 1, kafka.position(PARTITION));
      Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(Set.of(PARTITION));
      assertEquals(last.offset() + 1, committed.get(PARTITION).offset());
    }

    assertEquals(List.of(before, after), received.stream().map(PortRecord::value).toList());
    assertEquals(List.of(garbage.offset(), unknown.offset()), undecodable.stream().map(UndecodableRecord::offset).toList());
    for (UndecodableRecord record : undecodable) {
      assertEquals(OrderEventsProducer.TOPIC, record.topic());
      assertEquals(0, record.partition());
    }
    assertEquals(new String(notAvro, StandardCharsets.UTF_8), new String(undecodable.get(0).value(), StandardCharsets.UTF_8), "the bytes are handed over");
    assertEquals("Not Avro single-object encoded: the record does not start with the marker C3 01", undecodable.get(0).cause().getMessage());
    assertInstanceOf(UnknownSchemaException.class, undecodable.get(1).cause());
    assertTrue(undecodable.get(1).cause().getMessage().startsWith("Unknown writer schema with fingerprint 0x0d0d0d0d0d0d0d0d (reading com.example.orders.OrderEvent)"),
        undecodable.get(1).cause().getMessage());
  }

  private static Map<String, Object> consumerProperties(String group) {
    return Map.of(
        "bootstrap.servers", broker.bootstrapServers(),
        "group.id", group,
        "auto.offset.reset", "earliest",
        "enable.auto.commit", "false");
  }

  private static OrderEvent order(String id, OrderStatus status, int quantity, String total, String note) {
    return OrderEvent.newBuilder()
        .setOrderId(id)
        .setStatus(status)
        .setQuantity(quantity)
        .setTotal(new BigDecimal(total))
        .setPlacedAt(Instant.parse("2026-12-01T10:15:30.123Z").plus(quantity, ChronoUnit.MINUTES))
        .setNote(note)
        .setTags(List.of("web", id))
        .setAttributes(Map.of("items", (long) quantity, "visits", 3L))
        .build();
  }
}
