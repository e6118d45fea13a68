package dev.dataproduct.publish;

import static dev.dataproduct.catalog.CatalogFixtures.product;
import static dev.dataproduct.catalog.CatalogFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.catalog.PublishResult.Outcome;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.log.BuildLog;
import dev.dataproduct.registry.RegistryClient;
import dev.dataproduct.registry.RegistryCredentials;
import dev.dataproduct.registry.RegistryPublication;
import dev.dataproduct.registry.RegistrySubject;
import dev.dataproduct.registry.RegistryUnreachable;
import dev.dataproduct.registry.ScriptedRegistry;
import dev.dataproduct.support.TestWording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of publishing: no failure, refusal or rejection leaves a half-published version. */
class PublicationTest {

  private static final List<RegistrySubject> SUBJECTS = List.of(
      new RegistrySubject("sales.orders.events.v1-value", "events", "value", "BACKWARD", "\"string\"", SourcePosition.file("dataproduct.yaml")));

  @TempDir Path temp;
  private ScriptedRegistry registry;
  private DirectoryCatalog catalog;

  @BeforeEach
  void start() throws Exception {
    registry = new ScriptedRegistry()
        .on("PUT /config/", 200, "{}")
        .on("POST /compatibility/", 200, "{\"is_compatible\":true}")
        .on("POST /subjects/sales.orders.events.v1-value/versions", 200, "{\"id\":1}");
    catalog = new DirectoryCatalog(temp.resolve("catalog"), BuildLog.silent(), TestWording.MAVEN_WORDS);
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private Publication publication() {
    RegistryClient client = new RegistryClient(registry.url(), RegistryCredentials.none(),
        new RegistryClient.Options(2, Duration.ofMillis(10), Duration.ofSeconds(5)), BuildLog.silent(), TestWording.MAVEN_WORDS);
    return new Publication(catalog, new RegistryPublication(client, BuildLog.silent()));
  }

  private static PublishRequest orders(String field) {
    return product("sales", "orders", "1.0.0", field);
  }

  @Test
  void registersFirstThenWritesTheCatalog() {
    Publication.Outcome outcome = publication().publish(orders("id"), SUBJECTS);

    assertEquals(Outcome.PUBLISHED, outcome.catalog().outcome());
    assertEquals("1 subject: 1 new version, 0 already registered", outcome.registry().orElseThrow().summary());
    assertTrue(Files.isDirectory(temp.resolve("catalog/products/sales/orders/1.0.0")));
  }

  @Test
  void aRefusedRepublishRegistersNothing() {
    catalog.publish(orders("id"));
    int before = registry.requests().size();

    Publication.Outcome outcome = publication().publish(orders("other"), SUBJECTS);

    assertTrue(outcome.refused());
    assertEquals(before, registry.requests().size(), "the registry was not called: " + registry.requests());
  }

  @Test
  void aRejectionRegistersNothingAndLeavesTheCatalogAsItWas() throws Exception {
    registry.on("POST /compatibility/", 200, "{\"is_compatible\":false,\"messages\":[\"no\"]}");
    Map<String, String> before = snapshot(temp);

    Publication.Outcome outcome = publication().publish(orders("id"), SUBJECTS);

    assertTrue(outcome.rejected());
    assertEquals(before, snapshot(temp), "nothing written");
    assertFalse(registry.requests().stream().anyMatch(r -> r.path().endsWith("/versions")));
  }

  @Test
  void aRegistryThatIsDownLeavesTheCatalogAsItWas() throws Exception {
    catalog.publish(product("sales", "customers", "2.0.0", "id"));
    Map<String, String> before = snapshot(temp);
    registry.stop();

    assertThrows(RegistryUnreachable.class, () -> publication().publish(orders("id"), SUBJECTS));
    assertEquals(before, snapshot(temp), "the catalog is as it was");
  }

  @Test
  void aDryRunWritesNothingAnywhere() throws Exception {
    Map<String, String> before = snapshot(temp);
    Publication.Outcome outcome = publication().publish(orders("id").asDryRun(), SUBJECTS);

    assertTrue(outcome.catalog().dryRun());
    assertEquals("1 subject: 1 would get a new version, 0 already registered", outcome.registry().orElseThrow().summary());
    assertEquals(before, snapshot(temp));
    assertTrue(registry.requests().stream().noneMatch(r -> r.method().equals("PUT") || r.path().endsWith("/versions")), registry.requests().toString());
  }
}
