package com.example.sales.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dataproduct.sales.orders.OrdersEventsConsumer;
import dataproduct.sales.orders.OrdersEventsProducer;
import dataproduct.sales.orders.runtime.PortRecord;
import dataproduct.sales.orders.runtime.UndecodableRecord;
import dataproduct.sales.orders.runtime.WriterSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Sends an event with the generated producer of port {@code orders-events} and reads it back with
 * the generated consumer, through Kafka's mock clients: no broker needed. The consumer finds the
 * writer's schema in the contract that {@code dataproduct:generate} put on the class path.
 */
class PortRoundTripTest {

  private final OrdersEvent created = OrdersEvent.newBuilder()
      .setId("42")
      .setType(OrdersEventType.CREATED)
      .setOccurredAt(Instant.parse("2026-01-01T12:00:00Z"))
      .setNote(null)
      .build();

  @Test
  void producerSendsToThePortsTopicWithTheProductsHeaders() throws Exception {
    MockProducer<byte[], byte[]> kafka = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

    try (OrdersEventsProducer producer = OrdersEventsProducer.wrap(kafka)) {
      producer.send("42", created).get();
    }

    ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
    assertEquals("sales.orders.orders-events.v1", sent.topic());
    assertEquals("sales/orders", new String(sent.headers().lastHeader("dataproduct.product").value()));
  }

  @Test
  void consumerReadsWhatTheProducerSent() throws Exception {
    MockProducer<byte[], byte[]> kafkaProducer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    try (OrdersEventsProducer producer = OrdersEventsProducer.wrap(kafkaProducer)) {
      producer.send("42", created).get();
    }
    ProducerRecord<byte[], byte[]> sent = kafkaProducer.history().get(0);

    MockConsumer<byte[], byte[]> kafkaConsumer = new MockConsumer<>("earliest");
    List<UndecodableRecord> undecodable = new ArrayList<>();
    try (OrdersEventsConsumer consumer = OrdersEventsConsumer.wrap(kafkaConsumer, WriterSchemas.classpath(getClass().getClassLoader()), undecodable::add)) {
      consumer.subscribe();
      TopicPartition partition = new TopicPartition(OrdersEventsConsumer.TOPIC, 0);
      kafkaConsumer.rebalance(List.of(partition));
      kafkaConsumer.updateBeginningOffsets(Map.of(partition, 0L));
      kafkaConsumer.addRecord(new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, sent.key().length, sent.value().length,
          sent.key(), sent.value(), sent.headers(), Optional.empty()));

      List<PortRecord<String, OrdersEvent>> records = consumer.poll(Duration.ofMillis(100));

      assertEquals(List.of(), undecodable);
      assertEquals(1, records.size());
      assertEquals("42", records.get(0).key());
      assertEquals(created, records.get(0).value());
    }
  }
}
