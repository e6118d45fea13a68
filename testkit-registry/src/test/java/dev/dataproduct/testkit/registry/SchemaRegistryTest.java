package dev.dataproduct.testkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real registry from the kit, spoken to over HTTP with the Confluent Schema Registry API, as the
 * generated clients and the plugin's publish speak to it.
 */
@ExtendWith(SchemaRegistryExtension.class)
class SchemaRegistryTest {

  private static final String SCHEMA =
      "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.example\","
          + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static SchemaRegistry fromBeforeAll;

  @BeforeAll
  static void remember(SchemaRegistry registry) {
    fromBeforeAll = registry;
  }

  @Test
  void aRegisteredSchemaIsReadBackByIdAndBySubjectVersion(SchemaRegistry registry)
      throws Exception {
    assertSame(fromBeforeAll, registry, "one registry for the run");

    HttpResponse<String> registered =
        post(
            registry.url() + "/subjects/orders-value/versions",
            "{\"schema\":" + quote(SCHEMA) + "}");
    assertEquals(200, registered.statusCode(), registered.body());
    int id = Integer.parseInt(field(registered.body(), "id"));

    HttpResponse<String> byId = get(registry.url() + "/schemas/ids/" + id);
    assertEquals(200, byId.statusCode(), byId.body());
    assertTrue(byId.body().contains("\\\"name\\\":\\\"Order\\\""), byId.body());

    HttpResponse<String> latest = get(registry.url() + "/subjects/orders-value/versions/latest");
    assertEquals(200, latest.statusCode(), latest.body());
    assertEquals(String.valueOf(id), field(latest.body(), "id"));
    assertEquals("1", field(latest.body(), "version"));
  }

  @Test
  void anIncompatibleSchemaIsRefusedUnderTheSubjectsLevel(SchemaRegistry registry)
      throws Exception {
    String subject = registry.url() + "/subjects/payments-value";
    assertEquals(
        200, post(subject + "/versions", "{\"schema\":" + quote(SCHEMA) + "}").statusCode());
    assertEquals(
        200,
        put(registry.url() + "/config/payments-value", "{\"compatibility\":\"BACKWARD\"}")
            .statusCode());

    // A new field without a default: the new schema cannot read what the old one wrote.
    String breaking = SCHEMA.replace("}]}", "},{\"name\":\"amount\",\"type\":\"long\"}]}");
    HttpResponse<String> refused =
        post(subject + "/versions", "{\"schema\":" + quote(breaking) + "}");
    assertEquals(409, refused.statusCode(), refused.body());
  }

  @Test
  void theRegistrysLogGoesUnderTarget(SchemaRegistry registry) {
    Path expected = Paths.get("target/dataproduct-testkit").toAbsolutePath();
    assertTrue(registry.log().startsWith(expected), registry.log() + " is under " + expected);
  }

  @Test
  void aStoppedRegistryRefusesConnectionsAndARestartedOneIsEmpty(@TempDir Path dir)
      throws Exception {
    try (SchemaRegistry own = SchemaRegistry.start(dir)) {
      assertEquals(
          200,
          post(own.url() + "/subjects/s-value/versions", "{\"schema\":\"\\\"string\\\"\"}")
              .statusCode());
      own.stop();
      assertThrows(IOException.class, () -> get(own.url() + "/subjects"));
      own.restart();
      assertEquals("[]", get(own.url() + "/subjects").body());
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String json)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)),
        json);
  }

  private static HttpResponse<String> put(String url, String json)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json)),
        json);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.header("Content-Type", "application/vnd.schemaregistry.v1+json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON string holding {@code text} (the schema is sent as a string, as the API wants). */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A top-level number field of a small JSON answer. */
  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return m.group(1);
  }
}
