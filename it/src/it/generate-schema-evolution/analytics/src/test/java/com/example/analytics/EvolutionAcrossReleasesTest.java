package com.example.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.OrderEvent;
import dataproduct.sales.analytics.upstream.ShopOrdersConsumer;
import dataproduct.sales.shop.OrderEventsProducer;
import dataproduct.sales.analytics.runtime.DataProductHeaders;
import dataproduct.sales.analytics.runtime.PortRecord;
import dataproduct.sales.analytics.runtime.UndecodableRecord;
import dataproduct.sales.analytics.runtime.WriterSchemas;
import dev.dataproduct.testkit.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Port order-events of the shop is FULL_TRANSITIVE, so both directions must work across its
 * releases: what 1.0.0 writes, this product's consumer (generated on the 1.1.0 jar) reads, finding
 * the 1.0.0 schema in the history the 1.1.0 jar carries; and what 1.1.0 writes, an application still
 * on 1.0.0 reads, finding the 1.1.0 schema in a catalog directory.
 */
class EvolutionAcrossReleasesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String SHOP_RUNTIME = "dataproduct.sales.shop.runtime";

  @TempDir static Path temp;
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start(temp.resolve("kafka"));
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void whatRelease100WritesTheConsumerOnRelease110ReadsWithItsSchemaFromTheJarsHistory() throws Exception {
    try (EarlierRelease shop100 = release100()) {
      Object order = shop100.record("com.example.shop.OrderEvent", Map.of("orderId", "o-100", "quantity", 3));
      Object producer = shop100.callStatic("dataproduct.sales.shop.OrderEventsProducer", "create", Map.of("bootstrap.servers", broker.bootstrapServers()));
      ((Future<?>) EarlierRelease.call(producer, "send", "o-100", order)).get();
      EarlierRelease.call(producer, "close");
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    PortRecord<String, OrderEvent> read = null;
    try (ShopOrdersConsumer consumer = ShopOrdersConsumer.create(consumerProperties("analytics"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (read == null && System.nanoTime() < deadline) {
        read = consumer.poll(Duration.ofMillis(500)).stream().filter(r -> r.key().equals("o-100")).findFirst().orElse(null);
      }
    }

    assertEquals(List.of(), undecodable);
    assertEquals("1.0.0", DataProductHeaders.text(read.headers(), DataProductHeaders.VERSION), "written by release 1.0.0");
    assertEquals(new OrderEvent("o-100", 3, null), read.value(), "read into 1.1.0's class, the new field at its default");
    // The 1.0.0 schema came from the history in the 1.1.0 jar: it is the only place on this classpath that has it.
    assertTrue(WriterSchemas.classpath(getClass().getClassLoader()).find(fingerprint100()).isPresent());
  }

  @Test
  void whatRelease110WritesAConsumerStillOnRelease100ReadsWithTheNewSchemaFromACatalogDirectory() throws Exception {
    OrderEvent order = new OrderEvent("o-110", 5, "gift wrap, please");
    try (OrderEventsProducer producer = OrderEventsProducer.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      producer.send(order.getOrderId(), order).get();
    }
    long fingerprint110 = SchemaNormalization.parsingFingerprint64(OrderEvent.getClassSchema());

    try (EarlierRelease shop100 = release100()) {
      // Without the new schema, release 1.0.0 cannot know it: the record goes to the handler, which names the fingerprint.
      List<Object> undecodable = new ArrayList<>();
      assertNull(readWith100(shop100, consumerProperties("still-on-100-without-catalog"), undecodable));
      Object cause = EarlierRelease.call(undecodable.get(0), "cause");
      assertTrue(((Exception) cause).getMessage().startsWith("Unknown writer schema with fingerprint " + WriterSchemas.hex(fingerprint110)),
          ((Exception) cause).getMessage());

      // With the catalog, it reads the fields it knows.
      Path catalog = catalogWith110Schema();
      Map<String, Object> properties = new HashMap<>(consumerProperties("still-on-100"));
      properties.put("dataproduct.schema.directory", catalog.toString());
      undecodable.clear();
      Object value = readWith100(shop100, properties, undecodable);
      assertEquals(List.of(), undecodable);
      assertEquals("o-110", EarlierRelease.call(value, "getOrderId"));
      assertEquals(5, EarlierRelease.call(value, "getQuantity"));
      assertEquals("{\"orderId\": \"o-110\", \"quantity\": 5}", value.toString(), "1.0.0's class has no note");
    }
  }

  /** Polls with release 1.0.0's generated consumer until record o-110 or a handled record comes; its value, or null. */
  private static Object readWith100(EarlierRelease shop100, Map<String, Object> properties, List<Object> undecodable) throws Exception {
    Object consumer = shop100.callStatic("dataproduct.sales.shop.OrderEventsConsumer", "create", properties, shop100.handler(SHOP_RUNTIME, undecodable));
    try {
      EarlierRelease.call(consumer, "subscribe");
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (undecodable.isEmpty() && System.nanoTime() < deadline) {
        for (Object record : (List<?>) EarlierRelease.call(consumer, "poll", Duration.ofMillis(500))) {
          if ("o-110".equals(EarlierRelease.call(record, "key"))) {
            return EarlierRelease.call(record, "value");
          }
        }
      }
      return null;
    } finally {
      EarlierRelease.call(consumer, "close");
    }
  }

  /** A directory catalog holding the value schema that the 1.1.0 jar published for the port. */
  private static Path catalogWith110Schema() throws Exception {
    Path jar = Path.of(OrderEventsProducer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path catalog = Files.createDirectories(temp.resolve("catalog/sales/shop/1.1.0"));
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Files.write(catalog.resolve("order-events-value.avsc"), zip.getInputStream(zip.getEntry("META-INF/dataproduct/ports/order-events/value.avsc")).readAllBytes());
    }
    return temp.resolve("catalog");
  }

  private static long fingerprint100() throws Exception {
    try (EarlierRelease shop100 = release100()) {
      Object schema = shop100.callStatic("com.example.shop.OrderEvent", "getClassSchema");
      return SchemaNormalization.parsingFingerprint64(new org.apache.avro.Schema.Parser().parse(schema.toString()));
    }
  }

  private static EarlierRelease release100() throws Exception {
    return EarlierRelease.load(Path.of(System.getProperty("shop100.jar")), "evolution-shop-1.1.0.jar");
  }

  private static Map<String, Object> consumerProperties(String group) {
    return Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", group, "auto.offset.reset", "earliest");
  }
}
