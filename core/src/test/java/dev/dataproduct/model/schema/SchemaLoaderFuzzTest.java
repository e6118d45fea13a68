package dev.dataproduct.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any content in up to three {@code .avsc} files of one schema directory (so references between
 * files are fuzzed too): loading gives a schema set and findings located in those files, never an
 * exception. Plain {@code mvn test} runs the committed inputs in {@code
 * SchemaLoaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (see benchmarks/README.md).
 */
class SchemaLoaderFuzzTest {

  /** Names in a namespace folder and at the root, as real trees have them. */
  private static final List<String> FILES =
      List.of("com/example/A.avsc", "com/example/B.avsc", "C.avsc");

  private static Path project;

  @BeforeAll
  static void createProject() throws IOException {
    project = Files.createTempDirectory("schema-fuzz");
  }

  @AfterAll
  static void deleteProject() throws IOException {
    clear(project);
    Files.deleteIfExists(project);
  }

  @FuzzTest
  void anySchemaFilesGiveASetAndLocatedFindings(FuzzedDataProvider data) throws IOException {
    Path root = project.resolve("src/main/avro");
    clear(project);
    int count = data.consumeInt(1, FILES.size());
    for (int i = 0; i < count; i++) {
      byte[] content =
          i == count - 1
              ? data.consumeRemainingAsBytes()
              : data.consumeBytes(data.consumeInt(0, 8192));
      Path file = root.resolve(FILES.get(i));
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    }

    Findings findings = Findings.withDefaults();
    SchemaSet set = SchemaSet.load(root, project, findings);

    assertEquals(count, set.fileCount());
    assertTrue(set.loadedFileCount() <= count);
    for (Finding finding : findings.all()) {
      assertTrue(
          finding.position().path().startsWith("src/main/avro/"),
          "a finding outside the schema files: " + finding.diagnosticLine());
    }
    // What validate does next with a loaded set.
    set.piiFields();
    set.checkFieldDocs(findings);
  }

  private static void clear(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        if (!path.equals(dir)) {
          Files.delete(path);
        }
      }
    }
  }
}
