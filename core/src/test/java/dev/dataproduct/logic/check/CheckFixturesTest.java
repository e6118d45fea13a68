package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.infra.catalog.CatalogEntry;
import dev.dataproduct.infra.catalog.CatalogIndex;
import dev.dataproduct.infra.catalog.CatalogQueries;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.model.history.HistoryFolder;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-rule fixtures for the check, as buf keeps them: each folder under {@code
 * src/test/resources/check} holds product folders and an {@code expected.txt} with the summary line
 * followed by the exact findings, positions and hints included, in order. Product folders: {@code
 * current/} is checked against {@code previous/} (the baseline); {@code previous-<version>/} are
 * older releases that make up the ports' history; {@code upstream-<name>/} are released products
 * the input ports read. An optional {@code fixture.properties} sets rule levels as {@code
 * level.<RULE-ID>=off|info|warning|error}. A first release ({@code current/} alone) with a {@code
 * current/src/main/history} folder is checked against that history from before the plugin, as
 * {@code dataproduct.history} reads it. Folders named after a rule ID show that rule.
 */
class CheckFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/check");
  private static final String HISTORY = "src/main/history";

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
    Contract baseline = null;
    if (Files.isDirectory(dir.resolve("previous"))) {
      for (Path release : olderReleases(dir)) {
        baseline = FixtureProduct.load(release, baseline).contract();
      }
      baseline = FixtureProduct.load(dir.resolve("previous"), baseline).contract();
    }
    FixtureProduct current = FixtureProduct.load(dir.resolve("current"), baseline);
    List<Contract> upstreams = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(dir)) {
      for (Path upstream :
          dirs.filter(d -> d.getFileName().toString().startsWith("upstream-")).sorted().toList()) {
        upstreams.add(FixtureProduct.load(upstream, null).contract());
      }
    }

    List<CatalogEntry> catalog = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(dir)) {
      for (Path consumer :
          dirs.filter(d -> d.getFileName().toString().startsWith("catalog-")).sorted().toList()) {
        catalog.add(CatalogEntry.of(FixtureProduct.load(consumer, null).contract()));
      }
    }
    DataProduct product = current.contract().descriptor();
    var consumers =
        CatalogQueries.of(CatalogIndex.of(catalog)).consumersOf(product.domain(), product.name());

    // A first release adopted on topics with history: current/src/main/history, as
    // dataproduct.history names it.
    Path historyFolder = dir.resolve("current").resolve(HISTORY);
    AdoptedHistory adopted =
        baseline == null && Files.isDirectory(historyFolder)
            ? HistoryFolder.read(historyFolder, HISTORY, product)
            : AdoptedHistory.none();
    RuleSettings settings = settings(dir);
    // As CheckGoal: what reading the history found is judged with the check's own findings.
    Contract seeded = adopted.seed(current.contract());
    CheckResult result =
        ContractCheck.check(
            baseline,
            seeded,
            current.sources(),
            upstreams,
            consumers,
            adopted.findingsFor(seeded),
            settings);
    String summary =
        adopted.isSet()
            ? adopted.summaryLine(
                product.name(),
                result.version(),
                result.breakingChanges(),
                result.count(Severity.WARNING))
            : result.summaryLine();
    String actual =
        Stream.concat(
                Stream.of(summary),
                result.findings().stream().sorted(Findings.ORDER).map(Finding::format))
            .collect(Collectors.joining("\n"));

    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("fixtures.write")) {
      // Approval mode for a new fixture: writes what the check says, to be read and corrected by
      // hand.
      Files.writeString(expectedFile, actual + "\n");
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
    assertEquals(
        Files.readString(expectedFile).strip(),
        actual.strip(),
        "summary and findings of fixture " + fixture);
  }

  /** The {@code previous-<version>} folders, oldest first. */
  private static List<Path> olderReleases(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.list(dir)) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("previous-"))
          .sorted(
              Comparator.comparing(
                  d ->
                      ReleaseVersion.parse(
                              d.getFileName().toString().substring("previous-".length()))
                          .orElseThrow()))
          .toList();
    }
  }

  private static RuleSettings settings(Path dir) throws IOException {
    RuleSettings settings = RuleSettings.defaults();
    Path file = dir.resolve("fixture.properties");
    if (Files.exists(file)) {
      Properties props = new Properties();
      try (Reader in = Files.newBufferedReader(file)) {
        props.load(in);
      }
      for (String key : props.stringPropertyNames()) {
        if (key.startsWith("level.")) {
          settings =
              settings.with(
                  key.substring("level.".length()),
                  RuleSettings.Level.parse(props.getProperty(key)).orElseThrow());
        }
      }
    }
    return settings;
  }
}
