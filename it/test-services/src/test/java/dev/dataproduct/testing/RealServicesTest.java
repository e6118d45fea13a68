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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry the integration tests rely on really serves clients, and really goes away when stopped (the broker's test is in dataproduct-testkit). */
class RealServicesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

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

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
