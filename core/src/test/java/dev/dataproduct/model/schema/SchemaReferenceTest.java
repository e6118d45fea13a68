package dev.dataproduct.model.schema;

import static dev.dataproduct.model.schema.Fixtures.assertSays;
import static dev.dataproduct.model.schema.Fixtures.load;
import static dev.dataproduct.model.schema.Fixtures.located;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.schema.Fixtures.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReferenceTest {

  /** Where the descriptor wrote the reference; findings point there. */
  private static final SourcePosition AT = new SourcePosition("dataproduct.yaml", 12, 21);

  private final Findings findings = Findings.withDefaults();

  @Test
  void anExistingFileResolvesWithoutFindings() throws IOException {
    SchemaSet schemas = load("cross-file").schemas();

    Optional<SchemaFile> file =
        schemas.resolveReference("com/example/orders/Order.avsc", AT, findings);

    assertEquals("com/example/orders/Order.avsc", file.orElseThrow().relativePath());
    assertEquals(
        "com.example.orders.Order", file.orElseThrow().schema().orElseThrow().getFullName());
    assertEquals(List.of(), located(findings));
  }

  @Test
  void anAbsolutePathEscapes() throws IOException {
    SchemaSet schemas = load("cross-file").schemas();

    assertEquals(
        Optional.empty(), schemas.resolveReference("/etc/schemas/Order.avsc", AT, findings));
    assertEquals(
        Optional.empty(), schemas.resolveReference("C:\\schemas\\Order.avsc", AT, findings));

    assertEquals(
        List.of(
            "SCHEMA-PATH-ESCAPE dataproduct.yaml:12:21",
            "SCHEMA-PATH-ESCAPE dataproduct.yaml:12:21"),
        located(findings));
    assertTrue(
        findings
            .all()
            .get(0)
            .message()
            .contains("is an absolute path; schema references are relative to src/main/avro"));
  }

  @Test
  void dotDotEscapes() throws IOException {
    SchemaSet schemas = load("cross-file").schemas();

    assertEquals(
        Optional.empty(),
        schemas.resolveReference("../avro/com/example/orders/Order.avsc", AT, findings));

    assertEquals(List.of("SCHEMA-PATH-ESCAPE dataproduct.yaml:12:21"), located(findings));
    assertSays(findings, "dataproduct.yaml:12:21", "uses \"..\"", "must stay inside src/main/avro");
  }

  @Test
  void aSymbolicLinkLeadingOutsideEscapesAndIsNotLoaded(@TempDir Path temp) throws IOException {
    Path project = temp.resolve("project");
    Path root = Files.createDirectories(project.resolve("src/main/avro"));
    Path outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(
        outside.resolve("Secret.avsc"), "{\"type\": \"fixed\", \"name\": \"Secret\", \"size\": 4}");
    Files.writeString(
        root.resolve("Own.avsc"), "{\"type\": \"fixed\", \"name\": \"Own\", \"size\": 4}");
    Files.createSymbolicLink(root.resolve("Linked.avsc"), outside.resolve("Secret.avsc"));
    Files.createSymbolicLink(root.resolve("shared"), outside);

    Loaded loaded = load(project);
    SchemaSet schemas = loaded.schemas();
    assertEquals(
        List.of("SCHEMA-PATH-ESCAPE src/main/avro/Linked.avsc:1:1"), located(loaded.findings()));
    assertSays(
        loaded.findings(),
        "src/main/avro/Linked.avsc:1:1",
        "is a symbolic link to",
        "it is not loaded");
    assertEquals(1, schemas.fileCount());

    assertEquals(Optional.empty(), schemas.resolveReference("Linked.avsc", AT, findings));
    assertEquals(Optional.empty(), schemas.resolveReference("shared/Secret.avsc", AT, findings));
    assertEquals(
        List.of(
            "SCHEMA-PATH-ESCAPE dataproduct.yaml:12:21",
            "SCHEMA-PATH-ESCAPE dataproduct.yaml:12:21"),
        located(findings));
    assertTrue(
        findings
            .all()
            .get(1)
            .message()
            .contains("\"shared/Secret.avsc\" leads through a symbolic link to"));
  }

  @Test
  void aMissingFileSuggestsTheFileMeant() throws IOException {
    SchemaSet schemas = load("cross-file").schemas();

    assertEquals(Optional.empty(), schemas.resolveReference("Order.avsc", AT, findings));
    assertEquals(
        Optional.empty(), schemas.resolveReference("com/example/orders/Oder.avsc", AT, findings));
    assertEquals(
        Optional.empty(), schemas.resolveReference("com/example/Unrelated.avsc", AT, findings));

    // Findings at one position are listed by message.
    List<String> messages =
        findings.all().stream().map(f -> f.ruleId() + " " + f.message()).toList();
    assertEquals(
        List.of(
            "SCHEMA-FILE-MISSING Schema file \"Order.avsc\" does not exist under src/main/avro; did you mean \"com/example/orders/Order.avsc\"?",
            "SCHEMA-FILE-MISSING Schema file \"com/example/Unrelated.avsc\" does not exist under src/main/avro",
            "SCHEMA-FILE-MISSING Schema file \"com/example/orders/Oder.avsc\" does not exist under src/main/avro; did you mean \"com/example/orders/Order.avsc\"?"),
        messages);
    assertTrue(findings.all().stream().allMatch(f -> f.position().equals(AT)));
  }

  @Test
  void aDirectoryOrANonSchemaFileIsNotASchema(@TempDir Path project) throws IOException {
    Path root = Files.createDirectories(project.resolve("src/main/avro/com"));
    Files.writeString(root.resolve("Notes.json"), "{}");
    SchemaSet schemas = load(project).schemas();

    schemas.resolveReference("com", AT, findings);
    schemas.resolveReference("com/Notes.json", AT, findings);
    schemas.resolveReference("", AT, findings);

    List<String> messages =
        findings.all().stream().map(f -> f.ruleId() + " " + f.message()).toList();
    assertEquals(
        List.of(
            "SCHEMA-FILE-MISSING Schema reference \"com\" is not an .avsc schema file",
            "SCHEMA-FILE-MISSING Schema reference \"com/Notes.json\" is not an .avsc schema file",
            "SCHEMA-FILE-MISSING Schema reference is empty"),
        messages);
  }
}
