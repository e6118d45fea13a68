package dev.dataproduct.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Loads the fixture projects under src/test/resources/schema/<case>/ and inspects findings. */
final class Fixtures {

  record Loaded(SchemaSet schemas, Findings findings) {}

  private Fixtures() {}

  static Path project(String name) {
    URL url = Fixtures.class.getResource("/schema/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Loaded load(String name) throws IOException {
    return load(project(name));
  }

  static Loaded load(Path project) throws IOException {
    Findings findings = Findings.withDefaults();
    SchemaSet schemas = SchemaSet.load(project.resolve("src/main/avro"), project, findings);
    return new Loaded(schemas, findings);
  }

  /** Each finding as {@code RULE-ID path:line:column}, in report order. */
  static List<String> located(Findings findings) {
    return findings.all().stream().map(f -> f.ruleId() + " " + f.position()).toList();
  }

  /** The one finding at {@code position} ({@code path:line:column}). */
  static Finding at(Findings findings, String position) {
    List<Finding> there =
        findings.all().stream().filter(f -> f.position().toString().equals(position)).toList();
    assertEquals(1, there.size(), () -> "findings at " + position + ": " + there);
    return there.get(0);
  }

  /** Asserts that the finding at {@code position} says each of {@code fragments}. */
  static void assertSays(Findings findings, String position, String... fragments) {
    Finding finding = at(findings, position);
    for (String fragment : fragments) {
      assertTrue(
          finding.message().contains(fragment)
              || (finding.hint() != null && finding.hint().contains(fragment)),
          () -> "expected \"" + fragment + "\" in " + finding.format());
    }
  }
}
