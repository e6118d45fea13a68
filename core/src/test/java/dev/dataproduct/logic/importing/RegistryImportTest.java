package dev.dataproduct.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.infra.registry.ScriptedRegistry;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing a product from a registry's subjects, against a scripted registry (the real one is in
 * it/import-from-odcs-and-registry).
 */
class RegistryImportTest {

  private static final String EVENTS = "sales.orders.order-events.v1";
  private static final String TOTALS = "sales.orders.order-totals.v1";
  private static final String SCHEMA =
      "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"%s\\\",\\\"namespace\\\":\\\"com.example\\\","
          + "\\\"fields\\\":[{\\\"name\\\":\\\"id\\\",\\\"type\\\":\\\"string\\\"}]}";

  private ScriptedRegistry registry;

  @BeforeEach
  void start() throws Exception {
    registry = new ScriptedRegistry();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  /**
   * A subject without a level of its own is held to the registry's default (Confluent answers GET
   * /config/&lt;subject&gt; with 40408 for it): the port takes that level, so the next check
   * compares as strictly as the registry did, not at the descriptor's default BACKWARD.
   */
  @Test
  void aSubjectWithoutItsOwnLevelTakesTheRegistrysDefaultNotTheDescriptorsDefault() {
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-value\",\"" + TOTALS + "-value\"]");
    valueSubject(EVENTS, "OrderEvent");
    valueSubject(TOTALS, "OrderTotal");
    registry.on(
        "GET /config/" + EVENTS + "-value",
        404,
        "{\"error_code\":40408,\"message\":\"Subject '"
            + EVENTS
            + "-value' does not have subject-level compatibility configured\"}");
    registry.on("GET /config/" + TOTALS + "-value", 200, "{\"compatibilityLevel\":\"FORWARD\"}");
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);

    assertFalse(result.hasErrors(), result.findings().toString());
    DataProduct imported = descriptor(result);
    assertEquals(
        "FULL_TRANSITIVE",
        imported.outputPort("order-events").map(OutputPort::effectiveCompatibility).orElseThrow());
    assertEquals(
        "FORWARD",
        imported.outputPort("order-totals").map(OutputPort::effectiveCompatibility).orElseThrow());
    assertEquals(
        1,
        registry.requests().stream().filter(r -> r.toString().equals("GET /config")).count(),
        "the registry's default is asked once: " + registry.requests());
  }

  /**
   * Apicurio 2.4.2 answers GET /config/&lt;subject&gt; with NONE for a subject without a rule of
   * its own, and still holds it to its global rule (a PUT of NONE only removes the subject's rule):
   * the answers scripted here are the ones it gave. The port takes the default, and the import says
   * why.
   */
  @Test
  void aSubjectThatAnswersNoneUnderAStricterDefaultTakesTheDefaultAndSaysSo() {
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-value\"]");
    valueSubject(EVENTS, "OrderEvent");
    registry.on("GET /config/" + EVENTS + "-value", 200, "{\"compatibilityLevel\":\"NONE\"}");
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"FULL\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);

    assertEquals(
        "FULL",
        descriptor(result)
            .outputPort("order-events")
            .map(OutputPort::effectiveCompatibility)
            .orElseThrow());
    assertTrue(
        result.findings().stream()
            .map(Finding::diagnosticLine)
            .anyMatch(
                line ->
                    line.equals(
                        registry.url()
                            + "/subjects/"
                            + EVENTS
                            + "-value:1:1: WARNING [IMPORT-UNMAPPED] Subject "
                            + EVENTS
                            + "-value answers compatibility NONE and the registry's default is FULL,"
                            + " which a registry such as Apicurio applies to a subject without a"
                            + " level of its own; the port is imported with FULL")),
        result.findings().toString());
  }

  /** Under a default of NONE too, the subject accepts any schema, and the port says so. */
  @Test
  void aSubjectAtNoneUnderADefaultOfNoneIsImportedAtNone() {
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-value\"]");
    valueSubject(EVENTS, "OrderEvent");
    registry.on("GET /config/" + EVENTS + "-value", 200, "{\"compatibilityLevel\":\"NONE\"}");
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"NONE\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);

    assertEquals(
        "NONE",
        descriptor(result)
            .outputPort("order-events")
            .map(OutputPort::effectiveCompatibility)
            .orElseThrow());
  }

  private void valueSubject(String topic, String record) {
    registry.on("GET /subjects/" + topic + "-value/versions", 200, "[1]");
    registry.on(
        "GET /subjects/" + topic + "-value/versions/1",
        200,
        "{\"subject\":\""
            + topic
            + "-value\",\"version\":1,\"id\":1,\"schema\":\""
            + SCHEMA.formatted(record)
            + "\"}");
  }

  private static DataProduct descriptor(ImportResult result) {
    return DescriptorReader.read(
        new YamlLoader()
            .parse(result.files().get("dataproduct.yaml"), "dataproduct.yaml")
            .document()
            .orElseThrow());
  }

  private RegistryClient client() {
    return new RegistryClient(
        registry.url(),
        RegistryCredentials.none(),
        new RegistryClient.Options(2, Duration.ofMillis(10), Duration.ofSeconds(5)),
        BuildLog.silent(),
        TestWording.MAVEN_WORDS);
  }
}
