package dev.dataproduct.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationCacheTest {

  @TempDir Path project;

  private ValidationRequest writeProduct() throws IOException {
    Files.writeString(
        project.resolve("dataproduct.yaml"),
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: orders
        domain: sales
        description: "Orders\twith a tab, a \\\\ backslash and a line\\nbreak."
        owner: { team: sales-orders }
        outputPorts:
          - name: order-events
            topic: sales.orders.order-events.v1
            value: { schema: Event.avsc }
        """);
    Files.createDirectories(project.resolve("src/main/avro"));
    Files.writeString(
        project.resolve("src/main/avro/Event.avsc"),
        "{\"type\": \"record\", \"name\": \"Event\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}");
    return ValidationRequest.of(
        project, project.resolve("dataproduct.yaml"), project.resolve("src/main/avro"), "1.0.0");
  }

  @Test
  void aRememberedOutcomeComesBackExactlyForTheSameInputs() throws IOException {
    ValidationRequest request = writeProduct();
    ValidationResult result =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS).validate(request);
    assertTrue(
        result.findings().size() >= 2,
        "the fixture should have findings to remember: " + result.findings());
    ValidationCache cache = new ValidationCache(project.resolve("target/validate.cache"));
    String fingerprint = ValidationCache.fingerprint(request, "0.1.0");
    cache.write(
        fingerprint, new ValidationCache.Outcome(result.summaryLine("1.0.0"), result.findings()));

    ValidationCache.Outcome remembered = cache.read(fingerprint).orElseThrow();
    assertEquals(result.summaryLine("1.0.0"), remembered.summaryLine());
    assertEquals(result.findings(), remembered.findings());
  }

  @Test
  void aSchemaChangedInALinkedSchemaFolderChangesTheFingerprint() throws IOException {
    writeProduct();
    Path shared = Files.createDirectories(project.resolve("shared-avro"));
    Files.move(project.resolve("src/main/avro/Event.avsc"), shared.resolve("Event.avsc"));
    Files.delete(project.resolve("src/main/avro"));
    Files.createSymbolicLink(project.resolve("src/main/avro"), shared);
    ValidationRequest request =
        ValidationRequest.of(
            project,
            project.resolve("dataproduct.yaml"),
            project.resolve("src/main/avro"),
            "1.0.0");
    String before = ValidationCache.fingerprint(request, "0.1.0");

    Files.writeString(shared.resolve("Event.avsc"), "{\"type\": \"record\", \"name\": \"Event\"}");

    assertNotEquals(
        before,
        ValidationCache.fingerprint(request, "0.1.0"),
        "a remembered outcome must not stand for a schema it never read");
  }

  @Test
  void aPluginJarRebuiltUnderTheSameVersionChangesTheFingerprint() throws IOException {
    // A SNAPSHOT of the plugin is rebuilt under one version; its rules may have changed.
    ValidationRequest request = writeProduct();
    Path jar = Files.writeString(project.resolve("dataproduct-core-0.1.0-SNAPSHOT.jar"), "build 1");
    String before = ValidationCache.fingerprint(request, "0.1.0-SNAPSHOT", jar);
    assertEquals(before, ValidationCache.fingerprint(request, "0.1.0-SNAPSHOT", jar), "stable");

    Files.writeString(jar, "build two");

    assertNotEquals(
        before,
        ValidationCache.fingerprint(request, "0.1.0-SNAPSHOT", jar),
        "a remembered outcome must not stand for another build of the validator");
  }

  @Test
  void anyChangedInputChangesTheFingerprint() throws IOException {
    ValidationRequest request = writeProduct();
    String before = ValidationCache.fingerprint(request, "0.1.0");
    assertEquals(
        before, ValidationCache.fingerprint(request, "0.1.0"), "the fingerprint is stable");

    assertNotEquals(
        before, ValidationCache.fingerprint(request, "0.2.0"), "another plugin version");
    assertNotEquals(
        before,
        ValidationCache.fingerprint(
            new ValidationRequest(
                request.baseDir(),
                request.descriptor(),
                request.schemaDirectory(),
                "1.0.1",
                request.policy(),
                request.settings(),
                List.of(),
                FieldScope.ALL,
                null,
                List.of()),
            "0.1.0"),
        "another project version");
    assertNotEquals(
        before,
        ValidationCache.fingerprint(
            new ValidationRequest(
                request.baseDir(),
                request.descriptor(),
                request.schemaDirectory(),
                "1.0.0",
                request.policy(),
                RuleSettings.defaults().with("GOVERNANCE-FIELD-DOC", Level.OFF),
                List.of(),
                FieldScope.ALL,
                null,
                List.of()),
            "0.1.0"),
        "other rule levels");
    Files.writeString(project.resolve("src/main/avro/Event.avsc"), " ", StandardOpenOption.APPEND);
    assertNotEquals(before, ValidationCache.fingerprint(request, "0.1.0"), "a changed schema");
    Files.writeString(project.resolve("src/main/avro/New.avsc"), "{}");
    String withNewFile = ValidationCache.fingerprint(request, "0.1.0");
    Files.delete(project.resolve("src/main/avro/New.avsc"));
    assertNotEquals(withNewFile, ValidationCache.fingerprint(request, "0.1.0"), "a removed schema");
  }

  @Test
  void aStaleDamagedOrMissingCacheIsIgnored() throws IOException {
    Path file = project.resolve("validate.cache");
    ValidationCache cache = new ValidationCache(file);
    assertEquals(Optional.empty(), cache.read("abc"));

    cache.write("abc", new ValidationCache.Outcome("Validated x", List.<Finding>of()));
    assertEquals(Optional.empty(), cache.read("def"), "another fingerprint");

    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "\"findings\": []",
                "\"findings\": [{\"rule\": \"NO-SUCH-RULE\", \"severity\": \"ERROR\", \"path\": \"x\", \"line\": 1, \"column\": 1, \"message\": \"m\"}]"));
    assertTrue(Files.readString(file).contains("NO-SUCH-RULE"), Files.readString(file));
    assertEquals(Optional.empty(), cache.read("abc"), "a rule this version does not know");
    Files.writeString(
        file, "{\"format\": \"dataproduct-validate-cache/v2\", \"fingerprint\": \"abc\", \"summ");
    assertEquals(Optional.empty(), cache.read("abc"), "a damaged file");
  }

  @Test
  void aCacheFileInTheOldTabSeparatedFormatIsAMissThatTheNextWriteReplaces() throws IOException {
    Path file = project.resolve("validate.cache");
    Files.writeString(
        file,
        "dataproduct-validate-cache/v1 abc\nValidated x\nOWNER-TEAM\tERROR\tdataproduct.yaml\t1\t1\tm\t\\0\t\\0\t\\0\n");
    ValidationCache cache = new ValidationCache(file);

    assertEquals(Optional.empty(), cache.read("abc"));

    cache.write("abc", new ValidationCache.Outcome("Validated x", List.<Finding>of()));
    assertEquals(
        Optional.of(new ValidationCache.Outcome("Validated x", List.<Finding>of())),
        cache.read("abc"));
    assertTrue(Files.readString(file).startsWith("{"), "JSON now");
  }
}
