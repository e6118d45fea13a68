package dev.dataproduct.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared conformance corpus (real cases from Apache Avro's, Confluent's and Apicurio's
 * test suites) the way {@code ../shared/conformance/Conformance.java} does, when it is checked out
 * beside the project.
 */
class ConformanceCorpusTest {

  private static final Path CORPUS = Path.of("../../shared/conformance/avro-compat");

  @Test
  void everyVerdictOfTheCorpusAgrees() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "no conformance corpus at " + CORPUS.toAbsolutePath());
    ObjectMapper json = new ObjectMapper();
    List<Path> cases;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      cases =
          files
              .filter(p -> p.getFileName().toString().equals("expected.json"))
              .map(Path::getParent)
              .sorted()
              .toList();
    }
    int passed = 0;
    List<String> failures = new ArrayList<>();
    for (Path dir : cases) {
      JsonNode expected = json.readTree(dir.resolve("expected.json").toFile());
      if (expected.path("caveat").asBoolean(false)) {
        continue; // the one case where the sources disagree; the README says which side we follow
      }
      Schema candidate =
          new Schema.Parser().parse(dir.resolve(expected.get("new").asText()).toFile());
      List<Schema> previous = new ArrayList<>();
      for (JsonNode file : expected.get("previous")) {
        previous.add(new Schema.Parser().parse(dir.resolve(file.asText()).toFile()));
      }
      for (Iterator<Map.Entry<String, JsonNode>> levels = expected.get("levels").fields();
          levels.hasNext(); ) {
        Map.Entry<String, JsonNode> level = levels.next();
        boolean want = level.getValue().asBoolean();
        boolean got =
            AvroCompatibility.check(candidate, previous, CompatibilityLevel.valueOf(level.getKey()))
                .compatible();
        if (got == want) {
          passed++;
        } else {
          failures.add(
              CORPUS.relativize(dir)
                  + " "
                  + level.getKey()
                  + ": expected "
                  + want
                  + ", got "
                  + got);
        }
      }
    }
    assertEquals(List.of(), failures, "0 failures expected");
    assertTrue(passed > 0, "the corpus held no verdicts");
  }
}
