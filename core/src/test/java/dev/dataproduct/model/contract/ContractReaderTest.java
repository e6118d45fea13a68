package dev.dataproduct.model.contract;

import static dev.dataproduct.model.contract.ContractFixtures.build;
import static dev.dataproduct.model.contract.ContractFixtures.bytes;
import static dev.dataproduct.model.contract.ContractFixtures.jar;
import static dev.dataproduct.model.contract.ContractFixtures.release;
import static dev.dataproduct.model.contract.ContractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderTest {

  private static final String DIR = "META-INF/dataproduct/";
  private static final String REBUILD =
      "; rebuild and redeploy orders-1.0.0.jar with dataproduct-maven-plugin 0.1.0 or later";

  @TempDir Path temp;

  private int tampered;

  @Test
  void eachReleaseCarriesTheHistoryReadFromThePreviousJar() throws IOException {
    Path first = release("1.0.0", null, temp);
    Path second = release("1.1.0", ContractReader.read(first), temp);
    Path third = release("1.2.0", ContractReader.read(second), temp);

    Contract read = ContractReader.read(third);

    Contract expected = build("1.2.0", build("1.1.0", build("1.0.0", null)));
    assertEquals("1.2.0", read.version());
    assertEquals("orders", read.descriptor().name());
    assertEquals("sales", read.descriptor().domain());
    assertEquals("1.2.0", read.descriptor().version());
    assertEquals(List.of("order-events", "shipments"), List.copyOf(read.ports().keySet()));
    for (String port : read.ports().keySet()) {
      assertEquals(expected.ports().get(port), read.ports().get(port), port);
    }
    PortContract events = read.port("order-events").orElseThrow();
    assertEquals(
        List.of("1.0.0", "1.1.0"),
        events.valueHistory().stream().map(ReleasedSchema::version).toList());
    assertEquals(Schema.create(Schema.Type.STRING), events.key());
  }

  @Test
  void whereAPortsHistoryRestartsIsPackedAndReadBack() throws IOException {
    Contract released = build("1.1.0", build("1.0.0", null));
    Map<String, PortContract> ports = new LinkedHashMap<>(released.ports());
    ports.put("order-events", ports.get("order-events").restartedAt("1.0.0"));
    Contract restarted = new Contract(released.descriptor(), released.version(), ports);
    Path dir = temp.resolve("classes/" + ContractLayout.DIRECTORY);
    ContractWriter.write(
        restarted, ContractFixtures.load("orders-1.1.0", "1.1.0").descriptor(), dir);

    Contract read = ContractReader.read(dir);

    assertEquals(restarted.ports(), read.ports());
    assertEquals("1.0.0", read.port("order-events").orElseThrow().transitiveFrom());
    assertNull(read.port("order-audit").orElseThrow().transitiveFrom());
    String index = Files.readString(dir.resolve("contract.json"));
    assertTrue(index.contains("\"transitiveFrom\""), index);
    assertEquals(
        1,
        index.split("transitiveFrom", -1).length - 1,
        "written only for the port that restarted:\n" + index);
  }

  @Test
  void aContractPackedBeforeTheRecordExistedComparesWithTheWholeHistory() throws IOException {
    Path first = release("1.0.0", null, temp);
    Contract read = ContractReader.read(release("1.1.0", ContractReader.read(first), temp));

    PortContract events = read.port("order-events").orElseThrow();
    assertNull(events.transitiveFrom());
    assertEquals(
        List.of("1.0.0", "1.1.0"),
        events.valueReleases("1.1.0").stream().map(ReleasedSchema::version).toList());
  }

  @Test
  void aRestartAtAReleaseThePortNeverHadIsRefused() throws IOException {
    Path jar =
        tamper(
            entries -> {
              ObjectNode index =
                  (ObjectNode) new ObjectMapper().readTree(entries.get(DIR + "contract.json"));
              ((ObjectNode) index.get("ports").get("order-events")).put("transitiveFrom", "0.9.0");
              entries.put(DIR + "contract.json", new ObjectMapper().writeValueAsBytes(index));
            });

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: \"ports.order-events.transitiveFrom\" is \"0.9.0\", which is neither 1.0.0"
            + " nor a release in its valueHistory"
            + REBUILD,
        message(jar));
  }

  @Test
  void aRestartAtAReleaseThatIsNoNewMajorIsRefused() throws IOException {
    // A port's history starts again only at a new major that broke it; a restart anywhere else
    // would let a transitive level skip releases the port still promises to read.
    Path released = release("1.1.0", ContractReader.read(release("1.0.0", null, temp)), temp);
    Path jar =
        tamper(
            entries -> {
              ObjectNode index =
                  (ObjectNode) new ObjectMapper().readTree(entries.get(DIR + "contract.json"));
              ((ObjectNode) index.get("ports").get("order-events")).put("transitiveFrom", "1.1.0");
              entries.put(DIR + "contract.json", new ObjectMapper().writeValueAsBytes(index));
            },
            released);

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: \"ports.order-events.transitiveFrom\" is \"1.1.0\", which is no new"
            + " major after 1.0.0; a history starts again only at a new major version"
            + REBUILD,
        message(jar));
  }

  @Test
  void aPortWithoutKeyReadsBackWithoutKey() throws IOException {
    Contract read = ContractReader.read(release("1.0.0", null, temp));

    assertNull(read.port("order-audit").orElseThrow().key());
    assertEquals(build("1.0.0", null).ports(), read.ports());
  }

  @Test
  void readsAnExplodedDirectoryAndAContractDirectory() throws IOException {
    release("1.0.0", null, temp);
    Path classes = temp.resolve("classes-1.0.0");

    assertEquals(build("1.0.0", null).ports(), ContractReader.read(classes).ports());
    assertEquals(build("1.0.0", null).ports(), ContractReader.read(classes.resolve(DIR)).ports());
    assertTrue(ContractReader.hasContract(classes));
    assertTrue(ContractReader.hasContract(classes.resolve(DIR)));
    assertFalse(ContractReader.hasContract(temp));
  }

  @Test
  void onlyJarsWithAContractIndexHaveAContract() throws IOException {
    Path product = release("1.0.0", null, temp);
    Path library =
        jar(temp.resolve("commons-1.0.jar"), Map.of("org/example/Util.class", new byte[] {1}));
    Path descriptorOnly =
        jar(temp.resolve("half-1.0.jar"), Map.of(DIR + "dataproduct.yaml", bytes("name: half\n")));
    Path notAZip = Files.writeString(temp.resolve("readme.jar"), "not a zip");

    assertTrue(ContractReader.hasContract(product));
    assertFalse(ContractReader.hasContract(library));
    assertFalse(ContractReader.hasContract(descriptorOnly));
    assertFalse(ContractReader.hasContract(notAZip));
    assertFalse(ContractReader.hasContract(temp.resolve("missing.jar")));
    assertEquals(Optional.empty(), ContractReader.readIfPresent(library));
    assertEquals("1.0.0", ContractReader.readIfPresent(product).orElseThrow().version());
  }

  @Test
  void aJarWithoutContractSaysItWasNotBuiltWithThePlugin() throws IOException {
    Path library =
        jar(temp.resolve("commons-1.0.jar"), Map.of("org/example/Util.class", new byte[] {1}));

    assertEquals(
        library
            + " has no META-INF/dataproduct/contract.json: was it built with dataproduct-maven-plugin?"
            + " Only jars built with dataproduct-maven-plugin 0.1.0 or later carry a contract; build and deploy it with the plugin",
        message(library));
  }

  @Test
  void aFileThatIsNotAJarSaysSo() throws IOException {
    Path notAZip = Files.writeString(temp.resolve("orders-1.0.0.jar"), "not a zip");

    assertTrue(
        message(notAZip)
            .startsWith("Cannot read a contract from " + notAZip + ": it is not a jar ("),
        message(notAZip));
    assertEquals(
        "Cannot read a contract from "
            + temp.resolve("gone.jar")
            + ": there is no such file or directory",
        message(temp.resolve("gone.jar")));
  }

  @Test
  void contractJsonThatIsNotJson() throws IOException {
    Path jar = tamper(entries -> entries.put(DIR + "contract.json", bytes("{\n  format: 1\n}\n")));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: not valid JSON: Unexpected character ('f' (code 102)):"
            + " was expecting double-quote to start field name at line 2, column 3"
            + REBUILD,
        message(jar));
  }

  @Test
  void contractJsonWithoutFormat() throws IOException {
    Path jar = tamper(entries -> entries.put(DIR + "contract.json", bytes("{\"ports\": {}}")));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: \"format\" is \"\", not \"dataproduct-contract/v1\""
            + REBUILD,
        message(jar));
  }

  @Test
  void aNewerFormatSaysToUpgradeThePlugin() throws IOException {
    Path jar =
        tamper(
            entries ->
                replaceIn(
                    entries,
                    "contract.json",
                    "dataproduct-contract/v1",
                    "dataproduct-contract/v2"));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: the contract has format \"dataproduct-contract/v2\","
            + " but this plugin reads dataproduct-contract/v1; upgrade dataproduct-maven-plugin to the version that built it",
        message(jar));
  }

  @Test
  void aMissingContractJsonWithTheRestPresent() throws IOException {
    Path jar = tamper(entries -> entries.remove(DIR + "contract.json"));

    assertTrue(
        message(jar)
            .startsWith(
                jar
                    + " has no META-INF/dataproduct/contract.json: was it built with dataproduct-maven-plugin?"));
  }

  @Test
  void aMissingSchemaEntry() throws IOException {
    Path jar = tamper(entries -> entries.remove(DIR + "ports/order-events/value.avsc"));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/ports/order-events/value.avsc: missing, though contract.json names it"
            + REBUILD,
        message(jar));
  }

  @Test
  void aMissingDescriptor() throws IOException {
    Path jar = tamper(entries -> entries.remove(DIR + "dataproduct.yaml"));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/dataproduct.yaml: missing, though contract.json names it"
            + REBUILD,
        message(jar));
  }

  @Test
  void aFileNameThatLeadsOutOfTheContractIsRefused() throws IOException {
    Path jar =
        tamper(
            entries -> {
              replaceIn(
                  entries,
                  "contract.json",
                  "\"ports/order-events/value.avsc\"",
                  "\"../../evil.avsc\"");
              entries.put("evil.avsc", bytes("\"string\""));
            });

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: \"ports.order-events.value\" is \"../../evil.avsc\","
            + " not a file inside META-INF/dataproduct"
            + REBUILD,
        message(jar));
  }

  @Test
  void entriesWithDotDotInTheirNameAreNeverRead() throws IOException {
    Path jar =
        tamper(
            entries ->
                entries.put(DIR + "../../../../etc/cron.d/evil", bytes("* * * * * root rm -rf /")));

    assertEquals(build("1.0.0", null).ports(), ContractReader.read(jar).ports());
  }

  @Test
  void aSchemaThatIsNotAvro() throws IOException {
    Path jar =
        tamper(
            entries ->
                entries.put(
                    DIR + "ports/order-events/value.avsc", bytes("{\"type\": \"recrod\"}")));

    String message = message(jar);

    assertTrue(
        message.startsWith(
            jar
                + "!/META-INF/dataproduct/ports/order-events/value.avsc: not a valid Avro schema ("),
        message);
    assertTrue(message.endsWith(")" + REBUILD), message);
  }

  @Test
  void anEntryOverTheSizeLimit() throws IOException {
    byte[] huge = new byte[(int) ContractReader.MAX_ENTRY_BYTES + 1];
    Arrays.fill(huge, (byte) ' ');
    Path jar = tamper(entries -> entries.put(DIR + "history/order-events/key/0.9.0.avsc", huge));
    Path pointed =
        tamper(
            entries ->
                replaceIn(
                    entries,
                    "contract.json",
                    "\"keyHistory\": [],",
                    "\"keyHistory\": [{\"version\": \"0.9.0\", \"file\": \"history/order-events/key/0.9.0.avsc\"}],"),
            jar);

    assertEquals(
        pointed
            + "!/META-INF/dataproduct/history/order-events/key/0.9.0.avsc: larger than the limit of 10485760 bytes"
            + " (10485761 bytes or more)"
            + REBUILD,
        message(pointed));
  }

  @Test
  void keyEncodingsReadBackAsTheReleaseRecordedThem() throws IOException {
    Contract read = ContractReader.read(release("1.0.0", null, temp));

    assertEquals("kafka", read.port("order-events").orElseThrow().keyEncoding());
    assertNull(read.port("order-audit").orElseThrow().keyEncoding());
  }

  @Test
  void aContractPackedBeforeKeyEncodingsReadsItsKeysAsAvro() throws IOException {
    // Plugin versions before key encodings wrote every key in the port's Avro encoding.
    Path jar =
        tamper(entries -> replaceIn(entries, "contract.json", "\"keyEncoding\": \"kafka\",", ""));
    assertTrue(
        !text(entriesOf(jar).get(DIR + "contract.json")).contains("keyEncoding"),
        "the member is gone");

    assertEquals("avro", ContractReader.read(jar).port("order-events").orElseThrow().keyEncoding());
  }

  @Test
  void anUnknownKeyEncodingIsRefused() throws IOException {
    Path jar =
        tamper(
            entries ->
                replaceIn(
                    entries,
                    "contract.json",
                    "\"keyEncoding\": \"kafka\"",
                    "\"keyEncoding\": \"utf8\""));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: \"ports.order-events.keyEncoding\" is \"utf8\", not \"kafka\" or \"avro\""
            + REBUILD,
        message(jar));
  }

  @Test
  void aDescriptorThatDisagreesWithTheIndex() throws IOException {
    Path jar =
        tamper(
            entries -> replaceIn(entries, "dataproduct.yaml", "version: 1.0.0", "version: 1.0.1"));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/dataproduct.yaml: version is \"1.0.1\", but contract.json says version \"1.0.0\""
            + REBUILD,
        message(jar));
  }

  @Test
  void aDescriptorThatIsNotYaml() throws IOException {
    Path jar =
        tamper(
            entries ->
                replaceIn(entries, "dataproduct.yaml", "kind: DataProduct", "kind: [DataProduct"));

    String message = message(jar);

    assertTrue(message.startsWith(jar + "!/META-INF/dataproduct/dataproduct.yaml:4:"), message);
    assertTrue(message.contains(": ERROR [DESCRIPTOR-SYNTAX] Not valid YAML: "), message);
    assertTrue(message.endsWith(REBUILD), message);
  }

  @Test
  void aPortTheDescriptorDoesNotHave() throws IOException {
    Path jar =
        tamper(
            entries ->
                replaceIn(
                    entries, "dataproduct.yaml", "- name: order-audit", "- name: order-audits"));

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: port \"order-audit\" is not an output port of dataproduct.yaml"
            + REBUILD,
        message(jar));
  }

  @Test
  void anOutputPortTheIndexDoesNotListIsRefusedNotDropped() throws IOException {
    // Every output port of a valid product has a value schema, so every release packs an entry for
    // each. Read without one, the port would have no schemas, and check would compare nothing.
    Path jar =
        tamper(
            entries -> {
              ObjectNode index =
                  (ObjectNode) new ObjectMapper().readTree(entries.get(DIR + "contract.json"));
              ((ObjectNode) index.get("ports")).remove("order-events");
              entries.put(DIR + "contract.json", new ObjectMapper().writeValueAsBytes(index));
            });

    assertEquals(
        jar
            + "!/META-INF/dataproduct/contract.json: output port \"order-events\" of dataproduct.yaml has no entry in \"ports\""
            + REBUILD,
        message(jar));
  }

  @Test
  void aSymbolicLinkOutOfAContractDirectoryIsRefused() throws IOException {
    release("1.0.0", null, temp);
    Path contractDir = temp.resolve("classes-1.0.0").resolve(DIR);
    Path outside = Files.writeString(temp.resolve("outside.avsc"), "\"string\"");
    Path value = contractDir.resolve("ports/order-events/value.avsc");
    Files.delete(value);
    Files.createSymbolicLink(value, outside);

    assertEquals(
        value
            + ": a symbolic link that leads outside "
            + contractDir
            + "; rebuild the project that wrote "
            + contractDir
            + " with dataproduct-maven-plugin 0.1.0 or later",
        message(contractDir));
  }

  private static String message(Path jarOrDir) {
    return assertThrows(BuildError.class, () -> ContractReader.read(jarOrDir)).getMessage();
  }

  /** A copy of release 1.0.0's jar, named like it, with {@code change} made to its entries. */
  private Path tamper(Tamper change) throws IOException {
    return tamper(change, release("1.0.0", null, temp.resolve("build-" + ++tampered)));
  }

  private Path tamper(Tamper change, Path original) throws IOException {
    Map<String, byte[]> entries = entriesOf(original);
    change.apply(entries);
    Path dir = Files.createDirectories(temp.resolve("tampered-" + ++tampered));
    return jar(dir.resolve("orders-1.0.0.jar"), entries);
  }

  private interface Tamper {
    void apply(Map<String, byte[]> entries) throws IOException;
  }

  private static void replaceIn(
      Map<String, byte[]> entries, String file, String text, String replacement) {
    String before = text(entries.get(DIR + file));
    assertTrue(before.contains(text), () -> file + " has no " + text + ":\n" + before);
    entries.put(DIR + file, bytes(before.replace(text, replacement)));
  }

  private static Map<String, byte[]> entriesOf(Path jar) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }
}
