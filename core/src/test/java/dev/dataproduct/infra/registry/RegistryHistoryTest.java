package dev.dataproduct.infra.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import dev.dataproduct.support.log.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading a topic's history from a registry's subjects, and failing closed on what cannot be read:
 * the protocol and error handling against a scripted server. The real registry is in it/
 * (check-history-from-registry).
 */
class RegistryHistoryTest {

  private static final String VALUE = "sales.orders.v1-value";
  private static final String KEY = "sales.orders.v1-key";
  private static final String NOT_FOUND =
      "{\"error_code\":40401,\"message\":\"Subject not found\"}";
  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String V2 =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\",\"default\":0}]}";

  private final RecordingLog log = new RecordingLog();
  private ScriptedRegistry registry;

  @BeforeEach
  void start() throws Exception {
    registry = new ScriptedRegistry();
    // The key subject is not there unless a test says otherwise; without this, "GET /subjects"
    // would answer for it.
    registry.on("GET /subjects/" + KEY, 404, NOT_FOUND);
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void everyVersionOfTheValueSubjectOldestFirstWithWhereItCameFrom() {
    registry.on("GET /subjects", 200, "[\"" + VALUE + "\",\"other-value\"]");
    registry.on("GET /subjects/" + VALUE + "/versions", 200, "[2,1]");
    registry.on("GET /subjects/" + VALUE + "/versions/1", 200, version(1, V1));
    registry.on("GET /subjects/" + VALUE + "/versions/2", 200, version(2, V2));

    AdoptedHistory history = RegistryHistory.read(client(), product(), log);

    List<ReleasedSchema> value = history.ports().get("orders").value();
    assertEquals(
        List.of("registry-v1", "registry-v2"),
        value.stream().map(ReleasedSchema::version).toList());
    assertEquals("version 2 of subject " + VALUE + " in " + registry.url(), value.get(1).origin());
    assertEquals(new Schema.Parser().parse(V2), value.get(1).schema());
    assertEquals("the schema registry at " + registry.url(), history.source());
  }

  @Test
  void aSubjectTheRegistryDoesNotHaveIsAPortPartWithoutHistorySaidInOneLine() {
    oneValueVersion(version(1, V1));

    AdoptedHistory history = RegistryHistory.read(client(), product(), log);

    assertEquals(List.of(), history.ports().get("orders").key());
    assertEquals(
        List.of(
            "No subject "
                + KEY
                + " in the schema registry at "
                + registry.url()
                + ": the key of port \"orders\" has no earlier history there"),
        log.logged("INFO"));
  }

  @Test
  void keyVersionsOfAPortThatDeclaresNoKeyAreAKeyChangeNotLeftUnread() {
    // The topic's records were written with Avro keys; a port without a key writes none, so the
    // same records land on other partitions: the change check reports against a baseline.
    oneValueVersion(version(1, V1));
    registry.on("GET /subjects/" + KEY + "/versions", 200, "[1,2]");

    AdoptedHistory history = RegistryHistory.read(client(), product(""), log);

    assertEquals(
        List.of(
            "dataproduct.yaml:6:11: ERROR [COMPAT-KEY-CHANGED] Port \"orders\" declares no key, but"
                + " subject "
                + KEY
                + " in the schema registry at "
                + registry.url()
                + " holds 2 versions of its keys; records without a key land on other partitions"
                + " and compaction no longer keeps one record per key"),
        history.findings().stream().map(f -> f.diagnosticLine()).toList());
  }

  @Test
  void refusedCredentialsAreABuildErrorNamingTheRegistry() {
    registry.on("GET /subjects", 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");

    BuildError error = readFails();

    assertEquals(
        "The schema registry at "
            + registry.url()
            + " refused GET /subjects with HTTP 401 (no credentials were sent);"
            + " check the <server> that dataproduct.registry.serverId names in settings.xml",
        error.getMessage());
  }

  @Test
  void aSubjectTheCredentialsMayNotReadIsABuildErrorEvenWhenTheListLeavesItOut() {
    registry.on("GET /subjects", 200, "[]");
    registry.on(
        "GET /subjects/" + KEY,
        403,
        "{\"error_code\":40301,\"message\":\"User cannot access the resource.\"}");

    BuildError error = readFails();

    assertEquals(
        "The schema registry at "
            + registry.url()
            + " refused GET /subjects/"
            + KEY
            + "/versions with HTTP 403 (no credentials were sent);"
            + " check the <server> that dataproduct.registry.serverId names in settings.xml",
        error.getMessage());
  }

  @Test
  void aVersionThatDoesNotParseIsABuildErrorNamingVersionSubjectAndRegistry() {
    oneValueVersion(
        version(
            1,
            "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"strng\"}]}"));

    BuildError error = readFails();

    assertEquals(
        "Version 1 of subject "
            + VALUE
            + " in "
            + registry.url()
            + " is not a valid Avro schema (Undefined schema: strng);"
            + " fix that version in the registry, or point dataproduct.history at a folder of the versions as they should read",
        error.getMessage());
  }

  @Test
  void aVersionNestedTooDeeplyIsABuildErrorNotAStackOverflow() {
    oneValueVersion(version(1, "[".repeat(998) + "]".repeat(998)));

    BuildError error = readFails();

    assertEquals(
        "Version 1 of subject "
            + VALUE
            + " in "
            + registry.url()
            + " is not a valid Avro schema (the JSON nests deeper than 200 levels);"
            + " fix that version in the registry, or point dataproduct.history at a folder of the versions as they should read",
        error.getMessage());
  }

  @Test
  void aVersionThatIsNotAvroIsABuildError() {
    oneValueVersion("{\"version\":1,\"schemaType\":\"JSON\",\"schema\":\"{}\"}");

    BuildError error = readFails();

    assertEquals(
        "Version 1 of subject "
            + VALUE
            + " in "
            + registry.url()
            + " is a JSON schema, not Avro; this plugin checks Avro only,"
            + " so that history cannot be checked: point dataproduct.history at a folder of the Avro versions instead",
        error.getMessage());
  }

  @Test
  void aBaseUrlThatIsNotARegistryIsABuildErrorNotAnEmptyHistory() {
    registry.on("GET /subjects", 200, "{\"apis\":[]}");

    BuildError error = readFails();

    assertEquals(
        "The schema registry at "
            + registry.url()
            + " answered GET /subjects with {\"apis\":[]}, not a list of subjects;"
            + " check that "
            + registry.url()
            + " is the base of a Confluent-compatible API",
        error.getMessage());
  }

  @Test
  void aRegistryThatDoesNotAnswerIsUnreachable() {
    registry.stop();

    assertThrows(RegistryUnreachable.class, () -> RegistryHistory.read(client(), product(), log));
  }

  private RegistryClient client() {
    return new RegistryClient(
        registry.url(),
        RegistryCredentials.none(),
        new RegistryClient.Options(2, Duration.ofMillis(10), Duration.ofSeconds(5)),
        BuildLog.silent(),
        TestWording.MAVEN_WORDS);
  }

  /** The registry holds one version of the value subject, answered with {@code body}. */
  private void oneValueVersion(String body) {
    registry.on("GET /subjects", 200, "[\"" + VALUE + "\"]");
    registry.on("GET /subjects/" + VALUE + "/versions", 200, "[1]");
    registry.on("GET /subjects/" + VALUE + "/versions/1", 200, body);
  }

  private BuildError readFails() {
    return assertThrows(BuildError.class, () -> RegistryHistory.read(client(), product(), log));
  }

  private static String version(int version, String schema) {
    return "{\"subject\":\""
        + VALUE
        + "\",\"version\":"
        + version
        + ",\"id\":"
        + (10 + version)
        + ",\"schema\":"
        + quote(schema)
        + "}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static DataProduct product() {
    return product("    key: { type: string }\n");
  }

  /** The product, its port declaring {@code keyLine} (empty for none). */
  private static DataProduct product(String keyLine) {
    String yaml =
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: orders
        domain: sales
        outputPorts:
          - name: orders
            topic: sales.orders.v1
        %s    value: { schema: Order.avsc }
        """
            .formatted(keyLine);
    return DescriptorReader.read(
        new YamlLoader()
            .parse(yaml.getBytes(StandardCharsets.UTF_8), "dataproduct.yaml")
            .document()
            .orElseThrow());
  }
}
