package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.RuleSettings.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promise the descriptor now states in a form that does not read (validate's PORT-DURATION or
 * DESCRIPTOR-VALUE reports it, but a build may turn those rules off) is a broken promise to check,
 * not a comparison left out.
 */
class UnreadableDescriptorValuesTest {

  private static final Path CHECK = Path.of("src/test/resources/check");
  private static final RuleSettings DURATION_RULE_OFF =
      RuleSettings.of(Map.of("PORT-DURATION", Level.OFF));

  @TempDir Path temp;

  @Test
  void aRetentionThatIsNoDurationIsAShortenedRetentionNotOneLeftUncompared() throws IOException {
    List<String> findings =
        checkWithCurrent(
            CHECK.resolve("CONTRACT-RETENTION-SHORTENED"),
            "    retention: P7D\n",
            "    retention: a week\n",
            "CONTRACT-RETENTION-SHORTENED");

    assertEquals(
        List.of(
            "dataproduct.yaml:13:16: ERROR [CONTRACT-RETENTION-SHORTENED] Output port"
                + " \"order-events\" declares retention \"a week\", which is no duration: it cannot"
                + " be compared with P30D in 1.1.0"),
        findings.stream().filter(line -> line.contains("order-events")).toList());
  }

  @Test
  void aFreshnessThatIsNoDurationIsALoosenedSloNotOneLeftUncompared() throws IOException {
    List<String> findings =
        checkWithCurrent(
            CHECK.resolve("CONTRACT-SLO-LOOSENED"),
            "freshness: PT15M",
            "freshness: soon",
            "CONTRACT-SLO-LOOSENED");

    assertEquals(
        List.of(
            "dataproduct.yaml:13:23: ERROR [CONTRACT-SLO-LOOSENED] Output port \"order-events\""
                + " promises freshness \"soon\", which is no duration: it cannot be compared with"
                + " PT5M in 1.1.0"),
        findings.stream()
            .filter(line -> line.contains("order-events") && line.contains("freshness"))
            .toList());
  }

  @Test
  void aClassificationThatIsNoLevelIsALoweredClassificationNotOneLeftUncompared()
      throws IOException {
    List<String> findings =
        checkWithCurrent(
            CHECK.resolve("COMPAT-CLASSIFICATION-LOWERED"),
            "classification: internal",
            "classification: secret",
            "COMPAT-CLASSIFICATION-LOWERED",
            RuleSettings.of(Map.of("DESCRIPTOR-VALUE", Level.OFF)));

    assertEquals(
        List.of(
            "dataproduct.yaml:9:17: ERROR [COMPAT-CLASSIFICATION-LOWERED] The classification is"
                + " \"secret\", which is none of public, internal, confidential, restricted: it"
                + " cannot be compared with confidential in 1.1.0"),
        findings);
  }

  /** The fixture's current release with {@code from} replaced once, checked with the rule off. */
  private List<String> checkWithCurrent(Path fixture, String from, String to, String rule)
      throws IOException {
    return checkWithCurrent(fixture, from, to, rule, DURATION_RULE_OFF);
  }

  private List<String> checkWithCurrent(
      Path fixture, String from, String to, String rule, RuleSettings settings) throws IOException {
    Path current = copy(fixture.resolve("current"));
    Path yaml = current.resolve("dataproduct.yaml");
    String text = Files.readString(yaml);
    if (!text.contains(from)) {
      throw new IllegalStateException(fixture + " has no \"" + from + "\"");
    }
    Files.writeString(yaml, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    FixtureProduct previous = FixtureProduct.load(fixture.resolve("previous"), null);
    FixtureProduct now = FixtureProduct.load(current, previous.contract(), settings);

    CheckResult result =
        ContractCheck.check(
            previous.contract(), now.contract(), now.sources(), List.of(), settings);

    return result.findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .map(Finding::diagnosticLine)
        .toList();
  }

  private Path copy(Path product) throws IOException {
    Path copy = temp.resolve("current");
    try (Stream<Path> files = Files.walk(product)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(product.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return copy;
  }
}
