package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.dataproduct.infra.registry.RegistrySubject;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.BooleanSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteBufferSerializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the shop fixture, compiles it with {@code -Xlint:all -Werror}, and runs its producers
 * and consumers against Kafka's mock clients, with the product's contract (current schemas and the
 * 1.0.0 history) on the class path, as the product's jar would put it.
 */
class GeneratedClientsTest {

  private static final String ORDERS_TOPIC = "sales.shop.order-events.v1";
  private static final String PAYMENTS_TOPIC = "sales.shop.payments.v1";

  @TempDir static Path temp;
  private static URLClassLoader loader;
  private static Class<?> scenarios;
  private static FakeSchemaRegistry registry;
  private static Schema currentOrderEvent;
  private static Schema oldOrderEvent;
  private static Contract currentContract;
  private static CodegenFixtures.Project currentShop;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    CodegenFixtures.Project shop = CodegenFixtures.load(CodegenFixtures.resource("shop"));
    CodegenFixtures.Project shop100 = CodegenFixtures.load(CodegenFixtures.resource("shop-1.0.0"));
    Path generated = temp.resolve("generated");
    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(shop.product(), shop.schemas(), "1.1.0", generated);
    Path classes = temp.resolve("classes");
    CodegenFixtures.compile(
        List.of(generated), classes, List.of(classes), false, "-Xlint:all", "-Werror");
    CodegenFixtures.compile(
        List.of(CodegenFixtures.resource("scenarios")), classes, List.of(classes), true);

    Contract released = ContractBuilder.build(shop100.product(), shop100.schemas(), "1.0.0", null);
    Contract current = ContractBuilder.build(shop.product(), shop.schemas(), "1.1.0", released);
    Path contract = temp.resolve("contract");
    ContractWriter.write(current, shop.descriptor(), contract.resolve(ContractLayout.DIRECTORY));
    currentContract = current;
    currentShop = shop;

    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL(), contract.toUri().toURL()},
            GeneratedClientsTest.class.getClassLoader());
    scenarios = loader.loadClass("dataproduct.sales.shop.ShopScenarios");
    registry = new FakeSchemaRegistry();
    currentOrderEvent = shop.schemas().namedType("com.example.shop.OrderEvent").orElseThrow();
    oldOrderEvent = shop100.schemas().namedType("com.example.shop.OrderEvent").orElseThrow();
  }

  @AfterAll
  static void stop() throws IOException {
    registry.close();
    loader.close();
  }

  @Test
  void producerSendsSingleObjectEncodedRecordsWithProductHeaders() throws Exception {
    MockProducer<byte[], byte[]> kafka = mockProducer();
    Object order = order("o-1", "PAID", 3, "12.50", "leave at the door");

    call("sendOrder", kafka, "o-1", order);

    ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
    assertEquals(ORDERS_TOPIC, sent.topic());
    assertEquals(
        List.of(
            "dataproduct.product=sales/shop",
            "dataproduct.port=order-events",
            "dataproduct.version=1.1.0",
            "dataproduct.schema=com.example.shop.OrderEvent"),
        headers(sent.headers()));
    byte[] fingerprint =
        ByteBuffer.allocate(8)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .putLong(SchemaNormalization.parsingFingerprint64(currentOrderEvent))
            .array();
    assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, Arrays.copyOf(sent.value(), 2));
    assertArrayEquals(fingerprint, Arrays.copyOfRange(sent.value(), 2, 10));
    // Avro's own single-object decoder reads what the generated producer wrote.
    GenericRecord read =
        new BinaryMessageDecoder<GenericRecord>(GenericData.get(), currentOrderEvent)
            .decode(sent.value());
    assertEquals("o-1", read.get("orderId").toString());
    assertEquals("leave at the door", read.get("note").toString());
    // The key is written as Kafka's StringSerializer writes it, not in Avro.
    assertArrayEquals(new StringSerializer().serialize(ORDERS_TOPIC, "o-1"), sent.key());
    assertTrue(kafka.closed() == false, "a wrapped producer stays open for its owner");
  }

  @Test
  void consumerReadsKeysThatKafkasStringSerializerWrote() throws Exception {
    byte[] value =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldOrderEvent)
            .encode(oldOrder("o-9", "1.00"))
            .array();
    byte[] key = new StringSerializer().serialize(ORDERS_TOPIC, "Bestellung-ä-9");

    List<Object> handled = new ArrayList<>();
    List<?> records =
        (List<?>)
            call(
                "pollOrders",
                mockConsumer(),
                null,
                List.of(record(ORDERS_TOPIC, 0, key, value)),
                handler(handled));

    assertEquals(List.of(), handled);
    assertEquals("Bestellung-ä-9", get(records.get(0), "key"));
  }

  @Test
  void kafkaKeyCodecWritesAndReadsEveryPrimitiveAsKafkasOwnSerializerDoes() throws Exception {
    Class<?> codecs = loader.loadClass("dataproduct.sales.shop.runtime.KafkaCodec");
    Map<Object, Serializer<?>> samples = new LinkedHashMap<>();
    samples.put("o-1 ä €", new StringSerializer());
    samples.put(-42L, new LongSerializer());
    samples.put(Integer.MIN_VALUE, new IntegerSerializer());
    samples.put(3.25d, new DoubleSerializer());
    samples.put(-0.5f, new FloatSerializer());
    samples.put(Boolean.TRUE, new BooleanSerializer());
    samples.put(ByteBuffer.wrap(new byte[] {0, 1, (byte) 0xFF}), new ByteBufferSerializer());
    for (Map.Entry<Object, Serializer<?>> sample : samples.entrySet()) {
      Class<?> type =
          sample.getKey() instanceof ByteBuffer ? ByteBuffer.class : sample.getKey().getClass();
      Object codec =
          codecs.getMethod("of", Class.class, String.class).invoke(null, type, ORDERS_TOPIC);
      @SuppressWarnings("unchecked")
      byte[] expected =
          ((Serializer<Object>) sample.getValue()).serialize(ORDERS_TOPIC, sample.getKey());
      byte[] written =
          (byte[]) codecs.getMethod("encode", Object.class).invoke(codec, sample.getKey());
      assertArrayEquals(expected, written, type.getSimpleName());
      assertEquals(
          sample.getKey(),
          codecs.getMethod("decode", byte[].class).invoke(codec, written),
          type.getSimpleName());
    }
  }

  @Test
  void aValueThatFailsHalfwayLeavesNothingBehindForTheNextRecordOfTheThread() throws Exception {
    MockProducer<byte[], byte[]> kafka = mockProducer();
    Object broken = call("withoutCurrency", order("o-1", "PAID", 3, "12.50", "leave at the door"));

    Object failure =
        call("sendAfterAFailure", kafka, broken, order("o-2", "SHIPPED", 1, "1.00", null));

    assertTrue(failure instanceof NullPointerException, "the broken value fails: " + failure);
    assertEquals(1, kafka.history().size(), "only the good value was sent");
    ProducerRecord<byte[], byte[]> sent = kafka.history().get(kafka.history().size() - 1);
    GenericRecord read =
        new BinaryMessageDecoder<GenericRecord>(GenericData.get(), currentOrderEvent)
            .decode(sent.value());
    assertEquals("o-2", read.get("orderId").toString());
    assertEquals("SHIPPED", read.get("status").toString());
    assertEquals(1, read.get("quantity"));
  }

  @Test
  void consumerDecodesWhatTheProducerSentAndResolvesOlderWriterSchemasFromTheClasspath()
      throws Exception {
    MockProducer<byte[], byte[]> kafka = mockProducer();
    Object order = order("o-1", "PAID", 3, "12.50", "leave at the door");
    call("sendOrder", kafka, "o-1", order);
    byte[] written100 =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldOrderEvent)
            .encode(oldOrder("o-0", "12.50"))
            .array();

    List<Object> handled = new ArrayList<>();
    List<?> records =
        (List<?>)
            call(
                "pollOrders",
                mockConsumer(),
                null,
                List.of(
                    record(
                        ORDERS_TOPIC,
                        0,
                        kafka.history().get(0).key(),
                        kafka.history().get(0).value()),
                    record(ORDERS_TOPIC, 1, null, written100)),
                handler(handled));

    assertEquals(List.of(), handled);
    assertEquals(2, records.size());
    assertEquals("o-1", get(records.get(0), "key"));
    assertEquals(order, get(records.get(0), "value"));
    assertEquals(
        ORDERS_TOPIC + "/0/0",
        get(records.get(0), "topic")
            + "/"
            + get(records.get(0), "partition")
            + "/"
            + get(records.get(0), "offset"));
    // Written by release 1.0.0 without "note"; read into 1.1.0 with the field's default.
    assertEquals(order("o-0", "PLACED", 1, "12.50", null), get(records.get(1), "value"));
  }

  @Test
  void consumerFindsWriterSchemasInADirectoryCatalog() throws Exception {
    Path catalog = temp.resolve("catalog/sales/shop/1.0.0");
    Files.createDirectories(catalog);
    Files.writeString(catalog.resolve("order-events-value.avsc"), oldOrderEvent.toString(true));
    byte[] written100 =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldOrderEvent)
            .encode(oldOrder("o-0", "7.00"))
            .array();

    List<?> records =
        (List<?>)
            call(
                "pollOrders",
                mockConsumer(),
                temp.resolve("catalog"),
                List.of(record(ORDERS_TOPIC, 0, null, written100)),
                handler(new ArrayList<>()));

    assertEquals(order("o-0", "PLACED", 1, "7.00", null), get(records.get(0), "value"));
  }

  @Test
  void undecodableRecordsGoToTheHandlerWithTheirPositionAndTheConsumerMovesOn() throws Exception {
    byte[] good =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldOrderEvent)
            .encode(oldOrder("o-0", "1.00"))
            .array();
    byte[] unknown = {(byte) 0xC3, 0x01, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x00};
    byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
    MockConsumer<byte[], byte[]> kafka = mockConsumer();
    List<Object> handled = new ArrayList<>();

    List<?> records =
        (List<?>)
            call(
                "pollOrders",
                kafka,
                null,
                List.of(
                    record(ORDERS_TOPIC, 0, null, good),
                    record(ORDERS_TOPIC, 1, null, unknown),
                    record(ORDERS_TOPIC, 2, null, garbage),
                    record(ORDERS_TOPIC, 3, null, good)),
                handler(handled));

    assertEquals(List.of(0L, 3L), records.stream().map(r -> get(r, "offset")).toList());
    assertEquals(
        List.of(ORDERS_TOPIC + "-0@1", ORDERS_TOPIC + "-0@2"),
        handled.stream().map(r -> call(r, "position")).toList());
    assertEquals(
        "Unknown writer schema with fingerprint 0x1111111111111111 (reading com.example.shop.OrderEvent); looked in the data product"
            + " contracts on the classpath (META-INF/dataproduct/contract.json). Add the jar of the producing data product's version to the"
            + " classpath, or its schemas to the schema directory",
        ((RuntimeException) get(handled.get(0), "cause")).getMessage());
    assertEquals(
        "Not Avro single-object encoded: the record does not start with the marker C3 01",
        ((RuntimeException) get(handled.get(1), "cause")).getMessage());
    assertArrayEquals(garbage, (byte[]) get(handled.get(1), "value"));
    assertEquals(4, kafka.position(new org.apache.kafka.common.TopicPartition(ORDERS_TOPIC, 0)));
  }

  @Test
  void aHandlerThatThrowsRewindsTheBatchSoNothingIsLost() throws Exception {
    byte[] good =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), oldOrderEvent)
            .encode(oldOrder("o-0", "1.00"))
            .array();
    MockConsumer<byte[], byte[]> kafka = mockConsumer();
    Class<?> handlers = loader.loadClass("dataproduct.sales.shop.runtime.UndecodableRecordHandler");
    Object fail = handlers.getMethod("fail").invoke(null);

    InvocationTargetException thrown =
        assertThrows(
            InvocationTargetException.class,
            () ->
                scenario("pollOrders")
                    .invoke(
                        null,
                        kafka,
                        null,
                        List.of(
                            record(ORDERS_TOPIC, 0, null, good),
                            record(ORDERS_TOPIC, 1, null, new byte[] {1, 2, 3})),
                        fail));

    assertEquals(
        "dataproduct.sales.shop.runtime.UndecodableRecordException",
        thrown.getCause().getClass().getName());
    assertEquals(
        "Cannot decode record sales.shop.order-events.v1-0@1: Not Avro single-object encoded: the record does not start with the marker C3 01",
        thrown.getCause().getMessage());
    assertEquals(0, kafka.position(new org.apache.kafka.common.TopicPartition(ORDERS_TOPIC, 0)));
  }

  @Test
  void confluentEncodingRoundTripsThroughTheRegistry() throws Exception {
    MockProducer<byte[], byte[]> kafka = mockProducer();
    Object payment = scenario("payment").invoke(null, "o-1", "99.95");

    call("sendPayment", kafka, registry.url(), 42L, payment);

    ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
    assertEquals(PAYMENTS_TOPIC, sent.topic());
    assertEquals(0, sent.value()[0]);
    int valueId = ByteBuffer.wrap(sent.value(), 1, 4).getInt();
    int keyId = ByteBuffer.wrap(sent.key(), 1, 4).getInt();
    // The registry sees the schemas as the contract has them, without the Java string type.
    assertTrue(
        registry.registrations.contains(PAYMENTS_TOPIC + "-key=\"long\""),
        registry.registrations.toString());
    assertTrue(
        registry.registrations.stream()
            .anyMatch(
                r ->
                    r.startsWith(
                            PAYMENTS_TOPIC + "-value={\"type\":\"record\",\"name\":\"Payment\"")
                        && !r.contains("avro.java.string")),
        registry.registrations.toString());

    List<Object> handled = new ArrayList<>();
    List<?> records =
        (List<?>)
            call(
                "pollPayments",
                mockConsumer(),
                registry.url(),
                List.of(record(PAYMENTS_TOPIC, 0, sent.key(), sent.value())),
                handled);

    assertEquals(List.of(), handled);
    assertEquals(42L, get(records.get(0), "key"));
    assertEquals(payment, get(records.get(0), "value"));
    assertTrue(valueId != keyId);
  }

  @Test
  void aProducerThatMayNotRegisterSchemasLooksThemUpAndFailsWhereTheSubjectDoesNotHaveThem()
      throws Exception {
    try (FakeSchemaRegistry fresh = new FakeSchemaRegistry()) {
      MockProducer<byte[], byte[]> kafka = mockProducer();
      Object payment = scenario("payment").invoke(null, "o-2", "10.00");

      RuntimeException refused =
          assertThrows(
              RuntimeException.class,
              () -> call("sendPaymentWithoutRegistering", kafka, fresh.url(), 7L, payment));

      assertEquals(
          "dataproduct.sales.shop.runtime.SchemaRegistryException", refused.getClass().getName());
      assertEquals(
          "Subject "
              + PAYMENTS_TOPIC
              + "-key at the schema registry "
              + fresh.url()
              + "/ does not have the schema long this producer writes (HTTP 404), and"
              + " auto.register.schemas is false, so the producer does not register it. Publish the"
              + " product version this producer was generated from (the deploy of its release runs"
              + " dataproduct:publish, which registers it), or set auto.register.schemas to true"
              + " where producers may register schemas",
          refused.getMessage());
      assertEquals(List.of(), fresh.registrations);
      assertEquals(List.of(), kafka.history());

      // Once the schemas are registered (here by a producer that may), the same record goes out
      // with the registered ids, and nothing more is registered.
      MockProducer<byte[], byte[]> registering = mockProducer();
      call("sendPayment", registering, fresh.url(), 7L, payment);
      List<String> registered = List.copyOf(fresh.registrations);
      call("sendPaymentWithoutRegistering", kafka, fresh.url(), 7L, payment);

      assertEquals(registered, fresh.registrations);
      assertArrayEquals(registering.history().get(0).key(), kafka.history().get(0).key());
      assertArrayEquals(registering.history().get(0).value(), kafka.history().get(0).value());
    }
  }

  @Test
  void aProducerThatMayNotRegisterSchemasFindsTheOnesPublishRegistered() throws Exception {
    try (FakeSchemaRegistry fresh = new FakeSchemaRegistry()) {
      // What publish registers: every subject of the released contract, its schema as packed.
      HttpClient http = HttpClient.newHttpClient();
      for (RegistrySubject subject : RegistrySubject.of(currentContract, currentShop.product())) {
        HttpResponse<String> registered =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(fresh.url() + "/subjects/" + subject.name() + "/versions"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            new ObjectMapper()
                                .createObjectNode()
                                .put("schema", subject.schema())
                                .toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, registered.statusCode(), registered.body());
      }
      List<String> published = List.copyOf(fresh.registrations);
      assertTrue(
          published.stream().anyMatch(r -> r.startsWith(PAYMENTS_TOPIC + "-value=")),
          published.toString());
      MockProducer<byte[], byte[]> kafka = mockProducer();

      call(
          "sendPaymentWithoutRegistering",
          kafka,
          fresh.url(),
          3L,
          scenario("payment").invoke(null, "o-3", "1.50"));

      // The generated class's schema, without its Java string type, is the one publish
      // registered: the registry finds it, and the producer registers nothing.
      assertEquals(published, fresh.registrations);
      assertEquals(1, kafka.history().size());
    }
  }

  @Test
  void credentialsInTheRegistrysAddressAuthenticateAndAreNeverShown() throws Exception {
    try (FakeSchemaRegistry fresh = new FakeSchemaRegistry()) {
      String address = fresh.url().replace("http://", "http://bench:s3cret@");
      Object client =
          call(
              "registryClient",
              Map.of("schema.registry.url", address, "auto.register.schemas", "false"));
      Method idForWriting = client.getClass().getMethod("idForWriting", String.class, Schema.class);

      RuntimeException refused =
          assertThrows(
              RuntimeException.class,
              () ->
                  invoke(
                      idForWriting,
                      client,
                      "creds-value",
                      Schema.createFixed("Creds", null, "com.example.none", 2)));

      assertEquals(
          List.of(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("bench:s3cret".getBytes(StandardCharsets.UTF_8))),
          fresh.authorizations);
      assertTrue(
          refused
              .getMessage()
              .startsWith("Subject creds-value at the schema registry " + fresh.url() + "/ "),
          refused.getMessage());
      assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
      assertEquals(
          URI.create(fresh.url() + "/"), client.getClass().getMethod("baseUri").invoke(client));
    }
  }

  @Test
  void aRedirectIsNotFollowedWithCredentialsSoTheyGoToTheConfiguredAddressOnly() throws Exception {
    try (FakeSchemaRegistry elsewhere = new FakeSchemaRegistry()) {
      HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      redirecting.createContext(
          "/",
          exchange -> {
            exchange
                .getResponseHeaders()
                .add("Location", elsewhere.url() + exchange.getRequestURI().getRawPath());
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
          });
      redirecting.start();
      try {
        String address = "http://127.0.0.1:" + redirecting.getAddress().getPort();
        Schema schema = Schema.createFixed("Moved", null, "com.example.none", 4);
        Object withCredentials =
            call(
                "registryClient",
                Map.of("schema.registry.url", address, "basic.auth.user.info", "bench:s3cret"));
        Method idForWriting =
            withCredentials.getClass().getMethod("idForWriting", String.class, Schema.class);

        RuntimeException refused =
            assertThrows(
                RuntimeException.class,
                () -> invoke(idForWriting, withCredentials, "moved-value", schema));

        assertEquals(
            "Cannot register the schema com.example.none.Moved under subject moved-value: the"
                + " schema registry at "
                + address
                + "/ answered HTTP 307, a redirect to "
                + elsewhere.url()
                + "/subjects/moved-value/versions not followed with credentials, which go to the"
                + " configured address only; set schema.registry.url to the address it redirects to",
            refused.getMessage());
        assertEquals(List.of(), elsewhere.authorizations);

        // Without credentials there is nothing to leak: the client follows the redirect.
        Object anonymous = call("registryClient", Map.of("schema.registry.url", address));
        invoke(idForWriting, anonymous, "moved-value", schema);
        assertEquals(1, elsewhere.registrations.size(), elsewhere.registrations.toString());
      } finally {
        redirecting.stop(0);
      }
    }
  }

  @Test
  void theNextAddressOfTheRegistryIsTriedWhenOneCannotBeReached() throws Exception {
    String down = "http://127.0.0.1:" + closedPort();
    String alsoDown = "http://127.0.0.1:" + closedPort();
    Schema schema = Schema.createFixed("Failover", null, "com.example.none", 5);
    try (FakeSchemaRegistry up = new FakeSchemaRegistry()) {
      Object client = call("registryClient", Map.of("schema.registry.url", down + ", " + up.url()));
      Method idForWriting = client.getClass().getMethod("idForWriting", String.class, Schema.class);
      Method baseUri = client.getClass().getMethod("baseUri");

      invoke(idForWriting, client, "failover-value", schema);

      assertEquals(List.of("failover-value=" + schema), up.registrations);
      assertEquals(URI.create(up.url() + "/"), baseUri.invoke(client));
    }

    Object nowhere = call("registryClient", Map.of("schema.registry.url", down + "," + alsoDown));
    Method idForWriting = nowhere.getClass().getMethod("idForWriting", String.class, Schema.class);
    RuntimeException unreachable =
        assertThrows(
            RuntimeException.class, () -> invoke(idForWriting, nowhere, "failover-value", schema));
    assertTrue(
        unreachable
            .getMessage()
            .startsWith(
                "Cannot register the schema com.example.none.Failover under subject"
                    + " failover-value: the schema registry at "
                    + down
                    + "/, "
                    + alsoDown
                    + "/ is unreachable ("),
        unreachable.getMessage());
  }

  /** A port of 127.0.0.1 nothing listens on: connecting to it is refused at once. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aRegistryWithACertificateOfItsOwnIsReachedThroughTheStoresThePropertiesName()
      throws Exception {
    // A registry over HTTPS whose certificate no authority the JVM knows has signed, as with a
    // company's own authority, and that asks for the client's certificate: the clients trust it
    // through a trust store of their own and show theirs from a key store.
    Path tls = Files.createDirectories(temp.resolve("tls"));
    String registryKeys = TestCertificates.selfSigned(tls, "registry", "registry-pass");
    String clientKeys = TestCertificates.selfSigned(tls, "client", "client-pass");
    String clientTrust =
        TestCertificates.trusting(tls, "registry", "client-trust.p12", "trust-pass");
    String registryTrust =
        TestCertificates.trusting(tls, "client", "registry-trust.p12", "trust-pass");
    Schema schema = Schema.createFixed("Secured", null, "com.example.none", 6);

    try (FakeSchemaRegistry secured =
        new FakeSchemaRegistry(
            TestCertificates.serverTls(
                registryKeys, "registry-pass", registryTrust, "trust-pass"))) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("schema.registry.url", secured.url());
      properties.put("schema.registry.ssl.truststore.location", clientTrust);
      properties.put("schema.registry.ssl.truststore.password", "trust-pass");
      properties.put("schema.registry.ssl.keystore.location", clientKeys);
      properties.put("schema.registry.ssl.keystore.password", "client-pass");
      Object client = call("registryClient", properties);
      Method idForWriting = client.getClass().getMethod("idForWriting", String.class, Schema.class);

      invoke(idForWriting, client, "secured-value", schema);

      assertEquals(List.of("secured-value=" + schema), secured.registrations);

      // Without the key store the registry refuses the handshake; without the trust store the
      // client does.
      for (String left : List.of("keystore", "truststore")) {
        Map<String, Object> lacking = new HashMap<>(properties);
        lacking.keySet().removeIf(name -> name.startsWith("schema.registry.ssl." + left));
        Object without = call("registryClient", lacking);
        RuntimeException refused =
            assertThrows(
                RuntimeException.class,
                () -> invoke(idForWriting, without, "secured-value", schema));
        // (With TLS 1.3 a refused client certificate shows as the connection closed.)
        assertTrue(
            refused
                .getMessage()
                .startsWith(
                    "Cannot register the schema com.example.none.Secured under subject"
                        + " secured-value: the schema registry at "
                        + secured.url()
                        + "/ is unreachable ("),
            left + ": " + refused.getMessage());
      }
      assertEquals(1, secured.registrations.size());
    }

    {
      IllegalArgumentException wrongPassword =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  call(
                      "registryClient",
                      Map.of(
                          "schema.registry.url", "https://127.0.0.1:1",
                          "schema.registry.ssl.truststore.location", clientTrust,
                          "schema.registry.ssl.truststore.password", "not-the-password")));
      assertTrue(
          wrongPassword
              .getMessage()
              .startsWith(
                  "Cannot read "
                      + clientTrust
                      + ", which the Kafka client property"
                      + " schema.registry.ssl.truststore.location names: "),
          wrongPassword.getMessage());
    }
  }

  @Test
  void aCredentialsSourceTheClientsDoNotReadIsRefusedNotIgnored() {
    assertEquals(
        "The Kafka client property basic.auth.credentials.source is SASL_INHERIT: the generated"
            + " clients take the schema registry's credentials from basic.auth.user.info"
            + " (USER_INFO) or from schema.registry.url (URL); set one of those",
        refusal("registryClient", "basic.auth.credentials.source", "SASL_INHERIT"));
    assertEquals(
        "The Kafka client property basic.auth.credentials.source is USER_INFO, but"
            + " basic.auth.user.info is not set; set it to user:password",
        refusal("registryClient", "basic.auth.credentials.source", "USER_INFO"));
  }

  /**
   * The message {@code scenario} refuses a registry at 127.0.0.1:1 with, and the property {@code
   * name} set to {@code value}.
   */
  private static String refusal(String scenario, String name, String value) {
    Map<String, String> properties =
        Map.of("schema.registry.url", "http://127.0.0.1:1", name, value);
    return assertThrows(IllegalArgumentException.class, () -> call(scenario, properties))
        .getMessage();
  }

  @Test
  void aProducerRefusesASubjectNameStrategyOtherThanTheTopicNameStrategy() throws Exception {
    String recordNames = "io.confluent.kafka.serializers.subject.RecordNameStrategy";
    assertEquals(
        "The Kafka client property value.subject.name.strategy is"
            + " io.confluent.kafka.serializers.subject.RecordNameStrategy: the generated producers"
            + " write under the topic-name strategy's subjects (<topic>-key, <topic>-value), which"
            + " dataproduct:publish registers; remove the property",
        refusal("producersRegistryClient", "value.subject.name.strategy", recordNames));
    // Consumers find schemas by id, whatever the subject; the topic-name strategy, named as
    // Confluent's configurations often do, is what producers do.
    call(
        "registryClient",
        Map.of("schema.registry.url", registry.url(), "value.subject.name.strategy", recordNames));
    call(
        "producersRegistryClient",
        Map.of(
            "schema.registry.url",
            registry.url(),
            "key.subject.name.strategy",
            "io.confluent.kafka.serializers.subject.TopicNameStrategy"));
  }

  @Test
  void aProducerWhoseRegistrySettingsAreWrongLeavesNoKafkaProducerRunning() {
    Map<String, String> wrong =
        Map.of(
            "bootstrap.servers", "127.0.0.1:1",
            "schema.registry.url", registry.url(),
            "auto.register.schemas", "sometimes");

    assertThrows(IllegalArgumentException.class, () -> call("createPaymentsProducer", wrong));

    assertEquals(
        List.of(),
        Thread.getAllStackTraces().keySet().stream()
            .map(Thread::getName)
            .filter(name -> name.startsWith("kafka-producer-network-thread"))
            .toList());
  }

  @Test
  void anAddressThatIsNoHttpUrlIsRefusedWithoutShowingItsCredentials() {
    IllegalArgumentException noScheme =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                call("registryClient", Map.of("schema.registry.url", "registry.example.com:8081")));
    assertEquals(
        "The schema registry's address registry.example.com:8081 is no http or https URL; give one"
            + " such as http://localhost:8081 (or several, separated by commas, in"
            + " schema.registry.url)",
        noScheme.getMessage());

    IllegalArgumentException notAUrl =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                call(
                    "registryClient",
                    Map.of("schema.registry.url", "http://bench:s3 cret@registry:8081")));
    assertEquals(
        "The Kafka client property schema.registry.url holds http://***@registry:8081, which is no"
            + " URL (Illegal character in authority); give one such as http://localhost:8081, or"
            + " several separated by commas",
        notAUrl.getMessage());
  }

  @Test
  void autoRegisterSchemasIsReadFromTheClientPropertiesAndMustBeTrueOrFalse() throws Exception {
    String url = registry.url();
    Object doesNotRegister =
        call(
            "registryClient", Map.of("schema.registry.url", url, "auto.register.schemas", "false"));
    Object registers = call("registryClient", Map.of("schema.registry.url", url));

    Method idForWriting =
        doesNotRegister.getClass().getMethod("idForWriting", String.class, Schema.class);
    Schema unseen = Schema.createFixed("Unseen", null, "com.example.none", 3);
    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> invoke(idForWriting, doesNotRegister, "unseen-value", unseen));
    assertTrue(
        refused.getMessage().contains("auto.register.schemas is false"), refused.getMessage());
    assertEquals(
        List.of(), registry.registrations.stream().filter(r -> r.startsWith("unseen")).toList());
    invoke(idForWriting, registers, "unseen-value", unseen);
    assertEquals(1, registry.registrations.stream().filter(r -> r.startsWith("unseen")).count());

    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                call(
                    "registryClient",
                    Map.of("schema.registry.url", url, "auto.register.schemas", "no")));
    assertEquals(
        "The Kafka client property auto.register.schemas is \"no\"; set it to true (producers"
            + " register their schema) or false (they only look it up)",
        wrong.getMessage());
  }

  @Test
  void confluentWriterSchemasThatReferenceNamedTypesOfOtherSubjectsAreResolved() throws Exception {
    // As Apicurio's serializer registers a record: the nested Money in a subject of its own, named
    // by reference.
    Path avro = CodegenFixtures.resource("shop").resolve("src/main/avro/com/example/shop");
    int id =
        registry.registerWithReference(
            Files.readString(avro.resolve("Payment.avsc")),
            "com.example.shop.Money",
            Files.readString(avro.resolve("Money.avsc")));
    Object payment = scenario("payment").invoke(null, "o-7", "5.25");
    byte[] body = (byte[]) scenario("paymentBody").invoke(null, payment);
    byte[] value = ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(id).put(body).array();

    List<Object> handled = new ArrayList<>();
    List<?> records =
        (List<?>)
            call(
                "pollPayments",
                mockConsumer(),
                registry.url(),
                List.of(record(PAYMENTS_TOPIC, 0, null, value)),
                handled);

    assertEquals(List.of(), handled);
    assertEquals(payment, get(records.get(0), "value"));
  }

  @Test
  void confluentRecordWithAnIdTheRegistryDoesNotKnowGoesToTheHandler() throws Exception {
    byte[] unknownId = {0, 0, 0, 0x7F, 0x7F, 0x02};
    List<Object> handled = new ArrayList<>();

    List<?> records =
        (List<?>)
            call(
                "pollPayments",
                mockConsumer(),
                registry.url(),
                List.of(record(PAYMENTS_TOPIC, 0, null, unknownId)),
                handled);

    assertEquals(List.of(), records);
    RuntimeException cause = (RuntimeException) get(handled.get(0), "cause");
    assertEquals(
        "dataproduct.sales.shop.runtime.UnknownSchemaException", cause.getClass().getName());
    assertEquals(
        "Unknown writer schema id 32639 (reading com.example.shop.Payment): Cannot get the schema with id 32639: the schema registry at "
            + registry.url()
            + "/ answered HTTP 404: Schema 32639 not found",
        cause.getMessage());
  }

  @Test
  void aRegistryAddressWithoutTheApiStopsTheConsumerInsteadOfSkippingEveryRecord()
      throws Exception {
    // A 404 without the registry's error code is no "unknown schema": nothing serves the API at
    // that address, and the records are fine.
    MockProducer<byte[], byte[]> kafka = mockProducer();
    call("sendPayment", kafka, registry.url(), 5L, scenario("payment").invoke(null, "o-5", "2.00"));
    ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
    List<Object> handled = new ArrayList<>();

    RuntimeException stopped =
        assertThrows(
            RuntimeException.class,
            () ->
                call(
                    "pollPayments",
                    mockConsumer(),
                    registry.url() + "/not-the-api",
                    List.of(record(PAYMENTS_TOPIC, 0, sent.key(), sent.value())),
                    handled));

    assertEquals(List.of(), handled);
    assertEquals(
        "dataproduct.sales.shop.runtime.SchemaRegistryException", stopped.getClass().getName());
    assertTrue(
        stopped
            .getMessage()
            .endsWith(
                "answered HTTP 404: HTTP 404 Not Found (no registry's error code: nothing answers"
                    + " the Confluent-compatible API there; check that schema.registry.url is its"
                    + " base address, such as http://registry:8081 or, for Apicurio,"
                    + " http://apicurio:8080/apis/ccompat/v7)"),
        stopped.getMessage());
  }

  // --- helpers ---

  private static MockProducer<byte[], byte[]> mockProducer() {
    return new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static MockConsumer<byte[], byte[]> mockConsumer() {
    return new MockConsumer<>("earliest");
  }

  private static ConsumerRecord<byte[], byte[]> record(
      String topic, long offset, byte[] key, byte[] value) {
    return new ConsumerRecord<>(
        topic,
        0,
        offset,
        0L,
        TimestampType.CREATE_TIME,
        key == null ? -1 : key.length,
        value == null ? -1 : value.length,
        key,
        value,
        new RecordHeaders(),
        Optional.empty());
  }

  private static GenericRecord oldOrder(String id, String amount) {
    Schema money = oldOrderEvent.getField("total").schema();
    Schema amountSchema = money.getField("amount").schema();
    LogicalType decimal = amountSchema.getLogicalType();
    GenericRecord total =
        new GenericRecordBuilder(money)
            .set(
                "amount",
                new Conversions.DecimalConversion()
                    .toBytes(new BigDecimal(amount), amountSchema, decimal))
            .set("currency", "EUR")
            .build();
    return new GenericRecordBuilder(oldOrderEvent)
        .set("orderId", id)
        .set(
            "status",
            new GenericData.EnumSymbol(oldOrderEvent.getField("status").schema(), "PLACED"))
        .set("quantity", 1)
        .set("total", total)
        .build();
  }

  private static Object order(String id, String status, int quantity, String amount, String note)
      throws Exception {
    return scenario("order").invoke(null, id, status, quantity, amount, note);
  }

  /** An UndecodableRecordHandler of the generated runtime that collects into {@code handled}. */
  private static Object handler(List<Object> handled) throws ClassNotFoundException {
    Class<?> type = loader.loadClass("dataproduct.sales.shop.runtime.UndecodableRecordHandler");
    return java.lang.reflect.Proxy.newProxyInstance(
        loader,
        new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().equals("handle")) {
            handled.add(args[0]);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static List<String> headers(Headers headers) {
    List<String> texts = new ArrayList<>();
    headers.forEach(h -> texts.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8)));
    return texts;
  }

  private static Method scenario(String name) {
    return Arrays.stream(scenarios.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Object call(String name, Object... args) throws Exception {
    try {
      return scenario(name).invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Invokes {@code method} of {@code target}, throwing what it throws. */
  private static Object invoke(Method method, Object target, Object... args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Calls the no-argument method {@code name} of {@code target}, such as a record accessor. */
  private static Object call(Object target, String name) {
    try {
      Method method = target.getClass().getMethod(name);
      method.setAccessible(true);
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object get(Object record, String accessor) {
    return call(record, accessor);
  }
}
