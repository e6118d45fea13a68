package dev.dataproduct.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityExamplesTest {

  @TempDir Path repository;

  @Test
  void aVerdictThatDiffersFromTheExampleIsAProblemAndTheTableShowsTheComputedOne()
      throws IOException {
    Path example =
        Files.createDirectories(repository.resolve("site/examples/compatibility/drop-field"));
    Files.writeString(
        example.resolve("1.avsc"),
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}]}");
    Files.writeString(
        example.resolve("2.avsc"),
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    // Wrong on purpose: dropping a field without a default breaks FORWARD.
    Files.writeString(example.resolve("expected.txt"), "BACKWARD compatible\nFORWARD compatible\n");
    Sources sources = new Sources(repository.resolve("site"), "1.0");

    String markdown = CompatibilityExamples.markdown(example, sources, "compatibility.md:3");

    assertEquals(
        List.of(
            "compatibility.md:3: drop-field is incompatible at FORWARD but expected.txt says FORWARD compatible"),
        sources.problems());
    assertTrue(markdown.contains("| `BACKWARD` | compatible |"), markdown);
    assertTrue(markdown.contains("| `FORWARD` | **incompatible** | against version 1: "), markdown);
  }
}
