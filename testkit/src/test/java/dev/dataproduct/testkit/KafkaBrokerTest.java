package dev.dataproduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker is a real one: it takes records and hands them back, and it goes away when closed. */
class KafkaBrokerTest {

  @Test
  void brokerTakesARecordAndHandsItBack(@TempDir Path dir) throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(dir)) {
      RecordMetadata written;
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(
              broker.clientProperties(), new StringSerializer(), new StringSerializer())) {
        written = producer.send(new ProducerRecord<>("testkit-test", "k1", "hello")).get();
      }
      ConsumerRecord<String, String> read = readOne(broker, "testkit-test");
      assertEquals("k1", read.key());
      assertEquals("hello", read.value());
      assertEquals(written.offset(), read.offset());
      assertTrue(Files.size(broker.log()) > 0, "the broker logs to " + broker.log());
    }
  }

  @Test
  void createTopicMakesTheTopicWithItsPartitionsOnceAndTakesItsRepetitionCalmly(@TempDir Path dir)
      throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(dir)) {
      broker.createTopic("three-partitions", 3);
      broker.createTopic("three-partitions", 3);
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(
              broker.clientProperties(), new StringSerializer(), new StringSerializer())) {
        assertEquals(3, producer.partitionsFor("three-partitions").size());
      }
    }
  }

  @Test
  void closedBrokerRefusesConnections(@TempDir Path dir) throws Exception {
    KafkaBroker broker = KafkaBroker.start(dir);
    String[] hostAndPort = broker.bootstrapServers().split(":");
    InetSocketAddress address =
        new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
    try (Socket open = new Socket()) {
      open.connect(address, 2000);
    }
    broker.close();
    assertThrows(
        IOException.class,
        () -> {
          try (Socket closed = new Socket()) {
            closed.connect(address, 2000);
          }
        });
  }

  static ConsumerRecord<String, String> readOne(KafkaBroker broker, String topic) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            broker.consumerProperties(topic + "-reader"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          return record;
        }
      }
    }
    return fail("no record on " + topic + " within 30 s");
  }
}
