package dev.dataproduct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.testkit.process.FreePorts;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry the integration tests rely on really serves clients, and really goes away when
 * stopped (the broker's test is in dataproduct-testkit).
 */
class RealServicesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void registryRegistersAndGoesAwayWhenStopped(@TempDir Path dir) throws Exception {
    try (SchemaRegistryServer registry = SchemaRegistryServer.start(dir)) {
      HttpResponse<String> registered =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(registry.url() + "/subjects/services-test-value/versions"))
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
  void backstageReadsEntitiesFromItsWebServerWithTheTokenOnlyAndGoesAwayWhenStopped(
      @TempDir Path dir) throws Exception {
    try (BackstageServer backstage = BackstageServer.start(BackstageServer.home(), dir)) {
      java.nio.file.Files.createDirectories(backstage.entityDirectory());
      java.nio.file.Files.writeString(
          backstage.entityDirectory().resolve("team.yaml"),
          "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: services-test\nspec:\n  type: team\n  children: []\n");
      assertEquals(
          401, get(backstage.url() + "/api/catalog/entities").statusCode(), "no token, no catalog");

      HttpResponse<String> registered =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(backstage.url() + "/api/catalog/locations"))
                  .header("Authorization", "Bearer " + backstage.token())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"type\":\"url\",\"target\":\""
                              + backstage.entityUrl()
                              + "team.yaml\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, registered.statusCode(), registered.body());
      HttpRequest group =
          HttpRequest.newBuilder(
                  URI.create(
                      backstage.url()
                          + "/api/catalog/entities/by-name/group/default/services-test"))
              .header("Authorization", "Bearer " + backstage.token())
              .build();
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

  @Test
  void backstageWhosePortAnotherProcessTookStartsAgainOnAnother(@TempDir Path dir)
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Iterator<Integer> ports = List.of(taken.getLocalPort(), FreePorts.take()).iterator();
      try (BackstageServer backstage =
          BackstageServer.start(BackstageServer.home(), dir, ports::next)) {
        assertFalse(ports.hasNext(), "the second port was asked for");
        assertEquals(200, authorized(backstage, "/api/catalog/entities").statusCode());
        assertTrue(
            Files.readString(backstage.log()).contains("EADDRINUSE"),
            "the first start met the taken port");
      }
    }
  }

  private static HttpResponse<String> authorized(BackstageServer backstage, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(backstage.url() + path))
            .header("Authorization", "Bearer " + backstage.token())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
