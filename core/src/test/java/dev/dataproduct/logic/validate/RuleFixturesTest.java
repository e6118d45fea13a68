package dev.dataproduct.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.model.policy.PolicyLoader;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-rule fixtures, as buf keeps them: each folder under {@code src/test/resources/rules} is a
 * small product (a {@code dataproduct.yaml}, schemas under {@code src/main/avro}, optionally a
 * {@code fixture.properties} with {@code projectVersion}, {@code projectVersionAt} (where the build
 * file gives it, {@code path:line:col}), {@code policy}, rule levels as the build configures them
 * ({@code level.<RULE-ID>=off|info|warning|error}), and {@code upstreams}: folders of released
 * products whose contracts the input ports are held against) and an {@code expected.txt} holding
 * the exact findings the validator must print, positions and hints included, in order. Folders
 * named after a rule ID show that rule.
 */
class RuleFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/rules");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsAreExactlyTheExpectedOnes(String fixture) throws IOException {
    Path dir = FIXTURES.resolve(fixture);
    Properties props = new Properties();
    if (Files.exists(dir.resolve("fixture.properties"))) {
      try (Reader in = Files.newBufferedReader(dir.resolve("fixture.properties"))) {
        props.load(in);
      }
    }
    Policy policy =
        props.containsKey("policy")
            ? PolicyLoader.load(dir.resolve(props.getProperty("policy")), "test-policy:1.0.0")
            : Policy.NONE;
    Map<String, String> levels = new TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("level.")) {
        levels.put(key.substring("level.".length()), props.getProperty(key));
      }
    }
    EffectiveRules rules =
        EffectiveRules.of(policy, levels, SourcePosition.file("pom.xml"), TestWording.MAVEN_WORDS);
    ValidationRequest request =
        new ValidationRequest(
            dir,
            dir.resolve("dataproduct.yaml"),
            dir.resolve("src/main/avro"),
            props.getProperty("projectVersion", "1.0.0"),
            policy,
            rules.settings(),
            rules.refusals(),
            FieldScope.ALL,
            null,
            List.of());
    SourcePosition versionAt = null;
    if (props.containsKey("projectVersionAt")) {
      String[] at = props.getProperty("projectVersionAt").split(":");
      versionAt = new SourcePosition(at[0], Integer.parseInt(at[1]), Integer.parseInt(at[2]));
    }
    List<Contract> upstreams = new ArrayList<>();
    if (props.containsKey("upstreams")) {
      for (String upstream : props.getProperty("upstreams").split(",")) {
        upstreams.add(released(dir.resolve(upstream.strip())));
      }
    }
    request = request.withBuildFacts(versionAt, upstreams);
    ValidationResult result =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS).validate(request);
    String actual =
        result.findings().stream().map(Finding::format).collect(Collectors.joining("\n"));

    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("fixtures.write")) {
      // Approval mode for a new fixture: writes what the validator says, to be read and corrected
      // by hand.
      Files.writeString(expectedFile, actual.isEmpty() ? "" : actual + "\n");
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
    assertEquals(
        Files.readString(expectedFile).strip(), actual.strip(), "findings of fixture " + fixture);
  }

  /** The contract a release of the product in {@code dir} carries, as generate packs it. */
  private static Contract released(Path dir) {
    ValidationResult upstream =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(
                ValidationRequest.of(
                    dir, dir.resolve("dataproduct.yaml"), dir.resolve("src/main/avro"), null));
    assertEquals(
        List.of(),
        upstream.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::format)
            .toList(),
        "upstream " + dir);
    return ContractBuilder.build(
        upstream.product(), upstream.schemas(), upstream.product().version(), null);
  }
}
