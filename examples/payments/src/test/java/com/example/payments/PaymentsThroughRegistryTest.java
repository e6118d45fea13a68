package com.example.payments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dataproduct.billing.payments.PaymentsConsumer;
import dataproduct.billing.payments.PaymentsProducer;
import dataproduct.billing.payments.runtime.PortRecord;
import dataproduct.billing.payments.runtime.SchemaRegistryClient;
import dataproduct.billing.payments.runtime.SchemaRegistryException;
import dataproduct.billing.payments.runtime.UndecodableRecord;
import dev.dataproduct.testkit.KafkaBroker;
import dev.dataproduct.testkit.KafkaBrokerExtension;
import dev.dataproduct.testkit.registry.SchemaRegistry;
import dev.dataproduct.testkit.registry.SchemaRegistryExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The port's generated producer and consumer over a real Kafka broker (dataproduct-testkit) and a
 * real schema registry (dataproduct-testkit-registry), both in child JVMs, no Docker: the producer
 * registers the schema under the topic's value subject and writes its id before each record; the
 * consumer looks the id up and reads the payment back. One registry serves the whole class, so the
 * test that needs the subject empty runs first.
 */
@ExtendWith({KafkaBrokerExtension.class, SchemaRegistryExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsThroughRegistryTest {

  private final Payment paid = Payment.newBuilder()
      .setPaymentId("p-1")
      .setOrderId("o-1")
      .setAmountCents(4_999)
      .setPaidAt(Instant.parse("2026-12-01T10:00:00Z"))
      .build();

  @Test
  @Order(1)
  void aProducerThatMayNotRegisterSchemasSendsNothingUntilTheSchemaIsRegistered(SchemaRegistry registry) throws Exception {
    String subject = PaymentsProducer.TOPIC + "-value";
    assertEquals(404, latestVersion(registry, subject).statusCode(), "no test registered " + subject + " before this one");
    Map<String, Object> properties = new HashMap<>(Map.of(SchemaRegistryClient.URL_PROPERTY, registry.url(), SchemaRegistryClient.AUTO_REGISTER_PROPERTY, "false"));
    MockProducer<byte[], byte[]> kafka = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

    try (PaymentsProducer producer = PaymentsProducer.wrap(kafka, SchemaRegistryClient.fromProperties(properties))) {
      SchemaRegistryException refused = assertThrows(SchemaRegistryException.class, () -> producer.send("p-0", paid));
      assertTrue(refused.notFound(), refused.getMessage());
      assertTrue(refused.getMessage().startsWith("Subject " + subject + " at the schema registry "), refused.getMessage());
      assertTrue(refused.getMessage().contains("auto.register.schemas is false"), refused.getMessage());
    }
    assertEquals(404, latestVersion(registry, subject).statusCode(), "the producer registered nothing");
    assertEquals(List.of(), kafka.history());

    // Registered (here by a producer that may), the schema is found, and the record goes out with its id.
    MockProducer<byte[], byte[]> registering = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    properties.remove(SchemaRegistryClient.AUTO_REGISTER_PROPERTY);
    try (PaymentsProducer producer = PaymentsProducer.wrap(registering, SchemaRegistryClient.fromProperties(properties))) {
      producer.send("p-0", paid).get();
    }
    String registered = latestVersion(registry, subject).body();
    properties.put(SchemaRegistryClient.AUTO_REGISTER_PROPERTY, "false");
    try (PaymentsProducer producer = PaymentsProducer.wrap(kafka, SchemaRegistryClient.fromProperties(properties))) {
      producer.send("p-0", paid).get();
    }
    assertEquals(registered, latestVersion(registry, subject).body(), "looking the schema up added no version");
    assertArrayEquals(registering.history().get(0).value(), kafka.history().get(0).value());
  }

  private static HttpResponse<String> latestVersion(SchemaRegistry registry, String subject) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/" + subject + "/versions/latest")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(2)
  void theConsumerReadsThePaymentThroughTheRegistry(KafkaBroker broker, SchemaRegistry registry) throws Exception {
    broker.createTopic(PaymentsProducer.TOPIC, 3);
    Map<String, Object> producerProperties = broker.clientProperties();
    producerProperties.put(SchemaRegistryClient.URL_PROPERTY, registry.url());
    try (PaymentsProducer producer = PaymentsProducer.create(producerProperties)) {
      producer.send("p-1", paid).get();
    }

    // The producer registered the port's schema under the topic-name strategy's subject.
    HttpResponse<String> subject = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/" + PaymentsProducer.TOPIC + "-value/versions/latest")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, subject.statusCode(), subject.body());
    assertTrue(subject.body().contains("com.example.payments"), subject.body());

    Map<String, Object> consumerProperties = broker.consumerProperties("payments-through-registry-test");
    consumerProperties.put(SchemaRegistryClient.URL_PROPERTY, registry.url());
    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<String, Payment>> received = new ArrayList<>();
    try (PaymentsConsumer consumer = PaymentsConsumer.create(consumerProperties, undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.isEmpty() && undecodable.isEmpty() && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }

    assertEquals(List.of(), undecodable);
    assertEquals(1, received.size(), "one record came back within 60 s");
    assertEquals("p-1", received.get(0).key());
    assertEquals(paid, received.get(0).value());
  }
}
