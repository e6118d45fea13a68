package dev.dataproduct.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.infra.registry.ScriptedRegistry;
import dev.dataproduct.logic.export.ExportFixtures;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * A port has one level for its key and value: when the registry holds the key subject to
   * FORWARD_TRANSITIVE and the value subject to BACKWARD, the port takes FULL_TRANSITIVE, which
   * keeps both, and says so. Before, it took the value's alone and claimed less for the key.
   */
  @Test
  void aKeySubjectHeldToAnotherLevelThanTheValueGivesThePortALevelThatKeepsBoth() {
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-key\",\"" + EVENTS + "-value\"]");
    subject(EVENTS + "-key", "\"string\"");
    subject(EVENTS + "-value", SCHEMA.formatted("OrderEvent").replace("\\\"", "\""));
    registry.on(
        "GET /config/" + EVENTS + "-key", 200, "{\"compatibilityLevel\":\"FORWARD_TRANSITIVE\"}");
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);

    assertFalse(result.hasErrors(), result.findings().toString());
    assertEquals(
        "FULL_TRANSITIVE",
        descriptor(result)
            .outputPort("order-events")
            .map(OutputPort::effectiveCompatibility)
            .orElseThrow());
    assertTrue(
        result.findings().stream()
            .map(Finding::message)
            .anyMatch(
                message ->
                    message.equals(
                        "Subject "
                            + EVENTS
                            + "-key is held to FORWARD_TRANSITIVE and "
                            + EVENTS
                            + "-value to BACKWARD; a port has one level for its key and value, so"
                            + " it is imported with FULL_TRANSITIVE, which keeps both")),
        result.findings().toString());
  }

  /**
   * The import takes each subject's latest version: the earlier ones, which records on the topic
   * may still be written with, are named, not dropped without a word.
   */
  @Test
  void theEarlierVersionsOfASubjectAreNamedNotDroppedInSilence() {
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-value\"]");
    valueSubject(EVENTS, "OrderEvent");
    registry.on("GET /subjects/" + EVENTS + "-value/versions", 200, "[1,2,3]");
    registry.on(
        "GET /subjects/" + EVENTS + "-value/versions/3",
        200,
        "{\"subject\":\""
            + EVENTS
            + "-value\",\"version\":3,\"id\":3,\"schema\":\""
            + SCHEMA.formatted("OrderEvent")
            + "\"}");
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);

    assertFalse(result.hasErrors(), result.findings().toString());
    assertEquals(
        List.of(
            registry.url()
                + "/subjects/"
                + EVENTS
                + "-value:1:1: WARNING [IMPORT-UNMAPPED] Subject "
                + EVENTS
                + "-value holds 3 versions; the port is imported with the latest, version 3, and"
                + " the earlier ones are not imported"),
        result.findings().stream()
            .map(Finding::diagnosticLine)
            .filter(line -> line.contains("versions;"))
            .toList());
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

  /**
   * A primitive key or value with a logical type keeps it: the imported product's contract has the
   * schemas the subjects hold, so the next check compares with what consumers read (a logical type
   * removed is COMPAT-LOGICAL-TYPE), and publish finds the versions it registers already there.
   */
  @Test
  void aPrimitiveSubjectWithALogicalTypeIsImportedWithIt(@TempDir Path temp) throws Exception {
    String key = "{\"type\":\"string\",\"logicalType\":\"uuid\"}";
    String value = "{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}";
    registry.on("GET /subjects", 200, "[\"" + EVENTS + "-key\",\"" + EVENTS + "-value\"]");
    subject(EVENTS + "-key", key);
    subject(EVENTS + "-value", value);
    registry.on("GET /config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

    ImportResult result = RegistryImport.read(client(), "sales", "orders", null);
    assertFalse(result.hasErrors(), result.findings().toString());
    Path project = temp.resolve("orders");
    ImportWriter.write(result, project);
    // What a registry cannot say, the team adds before the first build.
    Files.writeString(
        project.resolve("dataproduct.yaml"),
        "description: Orders.\nowner:\n  team: sales-orders\n",
        StandardOpenOption.APPEND);

    // The imported project validates without errors (ExportFixtures.contract asserts it).
    Contract contract = ExportFixtures.contract(project, "1.0.0");
    PortContract port = contract.port("order-events").orElseThrow();
    assertEquals(new Schema.Parser().parse(key), port.key());
    assertEquals(new Schema.Parser().parse(value), port.value());
    assertEquals(OutputPort.KEY_ENCODING_AVRO, port.keyEncoding());
  }

  private void subject(String subject, String schema) {
    registry.on("GET /subjects/" + subject + "/versions", 200, "[1]");
    registry.on(
        "GET /subjects/" + subject + "/versions/1",
        200,
        "{\"subject\":\""
            + subject
            + "\",\"version\":1,\"id\":1,\"schema\":\""
            + schema.replace("\"", "\\\"")
            + "\"}");
    registry.on("GET /config/" + subject, 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
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
