package dev.dataproduct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services the integration tests rely on really serve clients, and really go away when stopped. */
class RealServicesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void brokerTakesARecordAndHandsItBack(@TempDir Path dir) throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(dir)) {
      Map<String, Object> common = Map.of("bootstrap.servers", broker.bootstrapServers());
      RecordMetadata written;
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
        written = producer.send(new ProducerRecord<>("services-test", "k1", "hello")).get();
      }
      Map<String, Object> consumerConfig = Map.of(
          "bootstrap.servers", broker.bootstrapServers(), "group.id", "services-test", "auto.offset.reset", "earliest");
      try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("services-test"));
        ConsumerRecord<String, String> read = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (read == null && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            read = record;
          }
        }
        assertTrue(read != null, "the record came back within 30 s");
        assertEquals("k1", read.key());
        assertEquals("hello", read.value());
        assertEquals(written.offset(), read.offset());
      }
    }
  }

  @Test
  void registryRegistersAndGoesAwayWhenStopped(@TempDir Path dir) throws Exception {
    try (SchemaRegistryServer registry = SchemaRegistryServer.start(SchemaRegistryServer.runnerJar(), dir)) {
      HttpResponse<String> registered = HTTP.send(
          HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/services-test-value/versions"))
              .header("Content-Type", "application/vnd.schemaregistry.v1+json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"\\\"string\\\"\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, registered.statusCode(), registered.body());
      assertTrue(registered.body().contains("\"id\""), registered.body());

      registry.stop();
      assertFalse(registry.isRunning());
      assertThrows(ConnectException.class, () -> get(registry.url() + "/subjects"));

      registry.restart();
      assertEquals("[]", get(registry.url() + "/subjects").body(), "a restarted registry is empty");
    }
  }

  @Test
  void backstageReadsEntitiesFromItsWebServerWithTheTokenOnlyAndGoesAwayWhenStopped(@TempDir Path dir) throws Exception {
    try (BackstageServer backstage = BackstageServer.start(BackstageServer.home(), dir)) {
      java.nio.file.Files.createDirectories(backstage.entityDirectory());
      java.nio.file.Files.writeString(backstage.entityDirectory().resolve("team.yaml"),
          "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: services-test\nspec:\n  type: team\n  children: []\n");
      assertEquals(401, get(backstage.url() + "/api/catalog/entities").statusCode(), "no token, no catalog");

      HttpResponse<String> registered = HTTP.send(
          HttpRequest.newBuilder(URI.create(backstage.url() + "/api/catalog/locations"))
              .header("Authorization", "Bearer " + backstage.token())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url\",\"target\":\"" + backstage.entityUrl() + "team.yaml\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, registered.statusCode(), registered.body());
      HttpRequest group = HttpRequest.newBuilder(URI.create(backstage.url() + "/api/catalog/entities/by-name/group/default/services-test"))
          .header("Authorization", "Bearer " + backstage.token()).build();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int status = 404;
      while (status != 200 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        status = HTTP.send(group, HttpResponse.BodyHandlers.discarding()).statusCode();
      }
      assertEquals(200, status, "Backstage read the group from the web server within 30 s");

      backstage.stop();
      assertFalse(backstage.isRunning());
      assertThrows(ConnectException.class, () -> get(backstage.url() + "/api/catalog/entities"));
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
