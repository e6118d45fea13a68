package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dataproduct.sales.orders.CustomerOrdersConsumer;
import dataproduct.sales.orders.CustomerOrdersProducer;
import dataproduct.sales.orders.OrderLookupsConsumer;
import dataproduct.sales.orders.OrderLookupsProducer;
import dataproduct.sales.orders.runtime.PortRecord;
import dataproduct.sales.orders.runtime.UndecodableRecord;
import dev.dataproduct.testkit.KafkaBroker;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys of the generated producers and consumers against a plain KafkaProducer and KafkaConsumer
 * with Kafka's own serializers, on a real broker and topics of six partitions: the same key goes
 * to the same partition with the same bytes, and each side reads the other's keys.
 */
class KeysLikeKafkasOwnSerializersTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final int PARTITIONS = 6;
  private static final int KEYS = 24;

  @TempDir static Path temp;
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start(temp.resolve("kafka"));
    try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(
          new NewTopic(OrderLookupsProducer.TOPIC, PARTITIONS, (short) 1),
          new NewTopic(CustomerOrdersProducer.TOPIC, PARTITIONS, (short) 1))).all().get();
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @Test
  void stringKeysGoToTheSamePartitionAsStringSerializerAndEachSideReadsTheOthers() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      keys.add("order-" + i + (i % 5 == 0 ? "-ä€" : ""));
    }
    List<RecordMetadata> ours = new ArrayList<>();
    try (OrderLookupsProducer producer = OrderLookupsProducer.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      for (String key : keys) {
        ours.add(producer.send(key, order(key)).get());
      }
    }
    List<RecordMetadata> plain = sendPlain(OrderLookupsProducer.TOPIC, keys, new StringSerializer());

    samePartitions(keys, ours, plain);
    sameKeyBytes(OrderLookupsProducer.TOPIC, keys, ours, key -> key.getBytes(StandardCharsets.UTF_8));

    // A plain consumer with StringDeserializer reads the generated producer's keys.
    Map<Long, String> readPlain = readPlain(OrderLookupsProducer.TOPIC, new StringDeserializer(), ours);
    for (int i = 0; i < KEYS; i++) {
      assertEquals(keys.get(i), readPlain.get(position(ours.get(i))), "the plain consumer reads key " + keys.get(i));
    }

    // The generated consumer reads the plain producer's keys (and its own).
    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<String, OrderEvent>> received = new ArrayList<>();
    try (OrderLookupsConsumer consumer = OrderLookupsConsumer.create(consumerProperties("string-keys"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (received.size() < 2 * KEYS && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }
    assertEquals(List.of(), undecodable);
    assertEquals(2 * KEYS, received.size());
    Map<Long, String> readOurs = new HashMap<>();
    received.forEach(r -> readOurs.put(position(r.partition(), r.offset()), r.key()));
    for (int i = 0; i < KEYS; i++) {
      assertEquals(keys.get(i), readOurs.get(position(plain.get(i))), "the generated consumer reads the plain producer's key " + keys.get(i));
      assertEquals(keys.get(i), readOurs.get(position(ours.get(i))));
    }
    received.forEach(r -> assertEquals(r.key(), r.value().getOrderId(), "key and value belong together"));
  }

  @Test
  void longKeysGoToTheSamePartitionAsLongSerializerAndEachSideReadsTheOthers() throws Exception {
    List<Long> keys = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      keys.add(i % 2 == 0 ? 1_000_000L * i + 7 : -i);
    }
    List<RecordMetadata> ours = new ArrayList<>();
    try (CustomerOrdersProducer producer = CustomerOrdersProducer.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      for (Long key : keys) {
        ours.add(producer.send(key, order("customer-" + key)).get());
      }
    }
    List<RecordMetadata> plain = sendPlain(CustomerOrdersProducer.TOPIC, keys, new LongSerializer());

    samePartitions(keys, ours, plain);
    sameKeyBytes(CustomerOrdersProducer.TOPIC, keys, ours, key -> ByteBuffer.allocate(8).putLong(key).array());

    Map<Long, Long> readPlain = readPlain(CustomerOrdersProducer.TOPIC, new LongDeserializer(), ours);
    for (int i = 0; i < KEYS; i++) {
      assertEquals(keys.get(i), readPlain.get(position(ours.get(i))), "the plain consumer reads key " + keys.get(i));
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<Long, OrderEvent>> received = new ArrayList<>();
    try (CustomerOrdersConsumer consumer = CustomerOrdersConsumer.create(consumerProperties("long-keys"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (received.size() < 2 * KEYS && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }
    assertEquals(List.of(), undecodable);
    assertEquals(2 * KEYS, received.size());
    Map<Long, Long> readOurs = new HashMap<>();
    received.forEach(r -> readOurs.put(position(r.partition(), r.offset()), r.key()));
    for (int i = 0; i < KEYS; i++) {
      assertEquals(keys.get(i), readOurs.get(position(plain.get(i))), "the generated consumer reads the plain producer's key " + keys.get(i));
    }
  }

  /** Each key landed on the same partition from both producers, and the keys spread over several partitions. */
  private static <K> void samePartitions(List<K> keys, List<RecordMetadata> ours, List<RecordMetadata> plain) {
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(plain.get(i).partition(), ours.get(i).partition(), "partition of key " + keys.get(i));
      used.add(ours.get(i).partition());
    }
    assertTrue(used.size() >= 3, "the keys spread over several partitions, so the comparison means something: " + used);
  }

  /** The generated producer's key bytes, as stored by the broker, are exactly what Kafka's serializer writes. */
  private static <K> void sameKeyBytes(String topic, List<K> keys, List<RecordMetadata> ours, Function<K, byte[]> expected) {
    Map<Long, byte[]> stored = readPlain(topic, new ByteArrayDeserializer(), ours);
    for (int i = 0; i < keys.size(); i++) {
      assertArrayEquals(expected.apply(keys.get(i)), stored.get(position(ours.get(i))), "bytes of key " + keys.get(i));
    }
  }

  /** Sends with a plain KafkaProducer: the key by {@code serializer}, the value single-object encoded by Avro itself. */
  private static <K> List<RecordMetadata> sendPlain(String topic, List<K> keys, Serializer<K> serializer) throws Exception {
    List<RecordMetadata> acknowledged = new ArrayList<>();
    try (KafkaProducer<K, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()), serializer, new ByteArraySerializer())) {
      for (K key : keys) {
        ByteBuffer value = order(key instanceof String s ? s : "customer-" + key).toByteBuffer();
        byte[] bytes = new byte[value.remaining()];
        value.get(bytes);
        acknowledged.add(producer.send(new ProducerRecord<>(topic, key, bytes)).get());
      }
    }
    return acknowledged;
  }

  /** The keys of the records at {@code positions}, read by a plain KafkaConsumer with {@code deserializer}, by position. */
  private static <K> Map<Long, K> readPlain(String topic, Deserializer<K> deserializer, List<RecordMetadata> positions) {
    Set<Long> wanted = new HashSet<>();
    positions.forEach(p -> wanted.add(position(p)));
    Map<Long, K> keys = new HashMap<>();
    try (KafkaConsumer<K, byte[]> consumer = new KafkaConsumer<>(consumerProperties("plain-" + topic + "-" + deserializer.getClass().getSimpleName()),
        deserializer, new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!keys.keySet().containsAll(wanted) && System.nanoTime() < deadline) {
        for (ConsumerRecord<K, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          keys.put(position(record.partition(), record.offset()), record.key());
        }
      }
    }
    assertTrue(keys.keySet().containsAll(wanted), "the plain consumer read every record");
    return keys;
  }

  private static long position(RecordMetadata metadata) {
    return position(metadata.partition(), metadata.offset());
  }

  private static long position(int partition, long offset) {
    return ((long) partition << 40) | offset;
  }

  private static Map<String, Object> consumerProperties(String group) {
    return Map.of(
        "bootstrap.servers", broker.bootstrapServers(),
        "group.id", group,
        "auto.offset.reset", "earliest",
        "enable.auto.commit", "false");
  }

  private static OrderEvent order(String id) {
    return OrderEvent.newBuilder()
        .setOrderId(id)
        .setStatus(OrderStatus.PLACED)
        .setQuantity(1)
        .setTotal(new BigDecimal("9.99"))
        .setPlacedAt(Instant.parse("2026-12-01T10:15:30.123Z"))
        .setNote(null)
        .setTags(List.of())
        .setAttributes(Map.of())
        .build();
  }
}
