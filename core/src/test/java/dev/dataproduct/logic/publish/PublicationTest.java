package dev.dataproduct.logic.publish;

import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static dev.dataproduct.infra.catalog.CatalogFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.infra.registry.RegistrySubject;
import dev.dataproduct.infra.registry.RegistryUnreachable;
import dev.dataproduct.infra.registry.ScriptedRegistry;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
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

  private static final List<RegistrySubject> SUBJECTS =
      List.of(
          new RegistrySubject(
              "sales.orders.events.v1-value",
              "events",
              "value",
              "BACKWARD",
              "\"string\"",
              SourcePosition.file("dataproduct.yaml")));

  @TempDir Path temp;
  private ScriptedRegistry registry;
  private DirectoryCatalog catalog;

  @BeforeEach
  void start() throws Exception {
    registry =
        new ScriptedRegistry()
            .on("PUT /config/", 200, "{}")
            .on("POST /compatibility/", 200, "{\"is_compatible\":true}")
            .on("POST /subjects/sales.orders.events.v1-value/versions", 200, "{\"id\":1}");
    catalog =
        new DirectoryCatalog(temp.resolve("catalog"), BuildLog.silent(), TestWording.MAVEN_WORDS);
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private CatalogTarget catalogTarget;
  private RegistryTarget registryTarget;

  private Publication publication() {
    RegistryClient client =
        new RegistryClient(
            registry.url(),
            RegistryCredentials.none(),
            new RegistryClient.Options(2, Duration.ofMillis(10), Duration.ofSeconds(5)),
            BuildLog.silent(),
            TestWording.MAVEN_WORDS);
    catalogTarget = new CatalogTarget(catalog);
    registryTarget = new RegistryTarget(client, SUBJECTS, BuildLog.silent());
    return new Publication(catalogTarget, List.of(registryTarget));
  }

  private static Release orders(String field) {
    return release(product("sales", "orders", "1.0.0", field));
  }

  /** The targets above read only the request; the registry's subjects are given to it directly. */
  private static Release release(PublishRequest request) {
    return new Release(request, null, "orders " + request.entry().version());
  }

  @Test
  void registersFirstThenWritesTheCatalog() {
    Publication.Outcome outcome = publication().publish(orders("id"));

    assertEquals(Outcome.PUBLISHED, catalogTarget.result().outcome());
    assertTrue(outcome.summary().startsWith("Published sales/orders 1.0.0 to "), outcome.summary());
    assertTrue(
        outcome
            .summary()
            .endsWith(
                "; schema registry "
                    + registry.url()
                    + ", 1 subject: 1 new version, 0 already registered"),
        outcome.summary());
    assertEquals(
        "1 subject: 1 new version, 0 already registered", registryTarget.result().summary());
    assertTrue(Files.isDirectory(temp.resolve("catalog/products/sales/orders/1.0.0")));
  }

  @Test
  void aRefusedRepublishRegistersNothing() {
    catalog.publish(orders("id").request());
    int before = registry.requests().size();

    Publication.Outcome outcome = publication().publish(orders("other"));

    assertTrue(outcome.refused());
    assertEquals(
        before, registry.requests().size(), "the registry was not called: " + registry.requests());
  }

  @Test
  void aRejectionRegistersNothingAndLeavesTheCatalogAsItWas() throws Exception {
    registry.on("POST /compatibility/", 200, "{\"is_compatible\":false,\"messages\":[\"no\"]}");
    Map<String, String> before = snapshot(temp);

    Publication.Outcome outcome = publication().publish(orders("id"));

    assertTrue(outcome.rejected());
    assertEquals(before, snapshot(temp), "nothing written");
    assertFalse(registry.requests().stream().anyMatch(r -> r.path().endsWith("/versions")));
  }

  @Test
  void aRegistryThatIsDownLeavesTheCatalogAsItWas() throws Exception {
    catalog.publish(product("sales", "customers", "2.0.0", "id"));
    Map<String, String> before = snapshot(temp);
    registry.stop();

    assertThrows(RegistryUnreachable.class, () -> publication().publish(orders("id")));
    assertEquals(before, snapshot(temp), "the catalog is as it was");
  }

  @Test
  void aDryRunWritesNothingAnywhere() throws Exception {
    Map<String, String> before = snapshot(temp);
    Publication.Outcome outcome = publication().publish(release(orders("id").request().asDryRun()));

    assertTrue(catalogTarget.result().dryRun());
    assertEquals(
        "1 subject: 1 would get a new version, 0 already registered",
        registryTarget.result().summary());
    assertEquals(2, outcome.written().size(), "both targets said what they would write");
    assertEquals(before, snapshot(temp));
    assertTrue(
        registry.requests().stream()
            .noneMatch(
                r ->
                    r.method().equals("PUT")
                        || r.method().equals("POST") && r.path().endsWith("/versions")),
        registry.requests().toString());
  }

  @Test
  void aCatalogThatCannotBeWrittenAfterTheRegistryWasSaysWhatTheRegistryHolds() throws Exception {
    // The catalog's folder cannot be created (a file is in the way), which its read-only check
    // cannot see.
    Files.writeString(temp.resolve("blocker"), "a file, not a folder");
    catalog =
        new DirectoryCatalog(
            temp.resolve("blocker/catalog"), BuildLog.silent(), TestWording.MAVEN_WORDS);

    BuildError error = assertThrows(BuildError.class, () -> publication().publish(orders("id")));

    assertTrue(error.getMessage().startsWith("Cannot "), error.getMessage());
    assertTrue(
        error
            .getMessage()
            .endsWith(
                ". Written before this failure: schema registry "
                    + registry.url()
                    + ", 1 subject: 1 new version, 0 already registered"),
        error.getMessage());
    assertTrue(
        registry.requests().stream().anyMatch(r -> r.path().endsWith("/versions")),
        "the registry was written first");
  }

  @Test
  void aVersionAnotherBuildPublishedWithOtherContentWhileTheRegistryWroteIsAFailureNotASuccess() {
    // Another build publishes the same version with other content after this one's catalog check
    // passed, while this one registers its schemas.
    registry.on(
        "POST /subjects/sales.orders.events.v1-value/versions",
        request -> {
          catalog.publish(orders("other").request());
          return new ScriptedRegistry.Answer(200, "{\"id\":1}");
        });

    BuildError error = assertThrows(BuildError.class, () -> publication().publish(orders("id")));

    assertTrue(
        error.getMessage().startsWith("sales/orders 1.0.0 is already published in "),
        error.getMessage());
    assertTrue(
        error
            .getMessage()
            .endsWith(
                ". Written before this failure: schema registry "
                    + registry.url()
                    + ", 1 subject: 1 new version, 0 already registered"),
        error.getMessage());
  }

  @Test
  void aRejectionSetsBackTheCompatibilityLevelTheRegistrysCheckChanged() {
    // The registry judges at the subject's level, so its check sets the port's level first; a
    // rejected release must not leave that level behind.
    registry
        .on("GET /config/sales.orders.events.v1-value", 200, "{\"compatibilityLevel\":\"NONE\"}")
        .on("POST /compatibility/", 200, "{\"is_compatible\":false,\"messages\":[\"no\"]}");

    Publication.Outcome outcome = publication().publish(orders("id"));

    assertTrue(outcome.rejected());
    assertEquals(
        List.of("{\"compatibility\":\"BACKWARD\"}", "{\"compatibility\":\"NONE\"}"),
        levelsPut("sales.orders.events.v1-value"),
        "set to the port's level for the check, then back");
    String refusal = outcome.stopped().orElseThrow().refusal();
    assertTrue(refusal.endsWith("; no schema was registered, nothing was published"), refusal);
  }

  @Test
  void aRejectionSaysWhichLevelTheRegistryDidNotLetItSetBack() {
    registry
        .on("GET /config/sales.orders.events.v1-value", 200, "{\"compatibilityLevel\":\"NONE\"}")
        .on(
            "PUT /config/",
            request ->
                request.body().contains("NONE")
                    ? new ScriptedRegistry.Answer(403, "{\"error_code\":40301,\"message\":\"no\"}")
                    : new ScriptedRegistry.Answer(200, "{}"))
        .on("POST /compatibility/", 200, "{\"is_compatible\":false,\"messages\":[\"no\"]}");

    Publication.Outcome outcome = publication().publish(orders("id"));

    String refusal = outcome.stopped().orElseThrow().refusal();
    assertTrue(
        refusal.contains(
            "; no schema was registered, nothing was published, but the check set the compatibility of "
                + "sales.orders.events.v1-value to BACKWARD (it was NONE) and could not set it back (The schema registry at "
                + registry.url()
                + " refused PUT /config/sales.orders.events.v1-value with HTTP 403"),
        refusal);
  }

  @Test
  void aTargetThatCannotBeAskedAfterTheRegistryCheckedLeavesTheRegistrysLevelsAsTheyWere()
      throws Exception {
    // Any target checked after the registry that cannot be asked: here a second registry that is
    // down. The subject had no level of its own, so it is given none back.
    try (ScriptedRegistry down = new ScriptedRegistry()) {
      down.stop();
      publication(); // the catalog's and the registry's targets

      BuildError error =
          assertThrows(
              BuildError.class,
              () ->
                  new Publication(catalogTarget, List.of(registryTarget, registryTarget(down)))
                      .publish(orders("id")));

      assertTrue(
          error.getMessage().startsWith("The schema registry at " + down.url() + " did not answer"),
          error.getMessage());
      assertFalse(error.getMessage().contains("Nothing was published, but"), error.getMessage());
      assertEquals(
          List.of("PUT", "DELETE"),
          registry.requests().stream()
              .filter(r -> r.path().equals("/config/sales.orders.events.v1-value"))
              .map(ScriptedRegistry.Request::method)
              .filter(method -> !method.equals("GET"))
              .toList(),
          "the level set for the check, then the subject's own level removed again");
    }
  }

  @Test
  void aTargetThatRejectsAfterTheRegistryCheckedSetsTheRegistrysLevelsBack() throws Exception {
    try (ScriptedRegistry rejecting =
        new ScriptedRegistry()
            .on("PUT /config/", 200, "{}")
            .on("POST /compatibility/", 200, "{\"is_compatible\":false,\"messages\":[\"no\"]}")) {
      registry.on(
          "GET /config/sales.orders.events.v1-value", 200, "{\"compatibilityLevel\":\"FULL\"}");
      publication();

      Publication.Outcome outcome =
          new Publication(catalogTarget, List.of(registryTarget, registryTarget(rejecting)))
              .publish(orders("id"));

      assertTrue(outcome.rejected());
      assertEquals(
          List.of("{\"compatibility\":\"BACKWARD\"}", "{\"compatibility\":\"FULL\"}"),
          levelsPut("sales.orders.events.v1-value"));
      assertTrue(
          outcome.checked().stream().allMatch(plan -> plan.notes().isEmpty()),
          "nothing is left to tell: " + outcome.checked());
    }
  }

  /** The bodies of the {@code PUT /config/<subject>} requests the registry got, in order. */
  private List<String> levelsPut(String subject) {
    return registry.requests().stream()
        .filter(r -> r.method().equals("PUT") && r.path().equals("/config/" + subject))
        .map(ScriptedRegistry.Request::body)
        .toList();
  }

  private static RegistryTarget registryTarget(ScriptedRegistry registry) {
    return new RegistryTarget(
        new RegistryClient(
            registry.url(),
            RegistryCredentials.none(),
            new RegistryClient.Options(1, Duration.ofMillis(10), Duration.ofSeconds(5)),
            BuildLog.silent(),
            TestWording.MAVEN_WORDS),
        SUBJECTS,
        BuildLog.silent());
  }
}
