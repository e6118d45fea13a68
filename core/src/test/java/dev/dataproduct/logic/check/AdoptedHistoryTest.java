package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.model.history.HistoryFolder;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History adopted from a folder of earlier {@code .avsc} versions: it is read in version order,
 * packed into the first release's contract with where each version came from, and the release after
 * that (which has a normal baseline) is still checked against those versions.
 */
class AdoptedHistoryTest {

  private static final Path FIXTURE =
      Path.of("src/test/resources/check/COMPAT-WIRE-adopted-history/current");

  @TempDir Path temp;

  @Test
  void versionsAreReadInVersionOrderNotAsText() {
    AdoptedHistory history = read(FIXTURE);

    assertEquals(
        List.of("1.2.0", "1.9.0", "1.10.0"),
        history.ports().get("order-audit").value().stream().map(ReleasedSchema::version).toList());
    assertEquals(
        "src/main/history/order-audit/value/1.9.0.avsc",
        history.ports().get("order-audit").value().get(1).origin());
    assertEquals(List.of(), history.findings());
  }

  @Test
  void thePackedHistoryStartsFromTheAdoptedVersionsAndKeepsTheirOrigin() throws IOException {
    FixtureProduct first = FixtureProduct.load(FIXTURE, null);
    Contract seeded = read(FIXTURE).seed(first.contract());

    Contract packed = packAndRead(seeded, temp.resolve("3.0.0"));

    PortContract audit = packed.port("order-audit").orElseThrow();
    assertEquals(
        List.of("1.2.0", "1.9.0", "1.10.0"),
        audit.valueHistory().stream().map(ReleasedSchema::version).toList());
    assertEquals(
        List.of(
            "src/main/history/order-audit/value/1.2.0.avsc",
            "src/main/history/order-audit/value/1.9.0.avsc",
            "src/main/history/order-audit/value/1.10.0.avsc"),
        audit.valueHistory().stream().map(ReleasedSchema::origin).toList());
    assertEquals(
        seeded.port("order-audit").orElseThrow().valueHistory().get(1).schema(),
        audit.valueHistory().get(1).schema());
    String index =
        Files.readString(
            temp.resolve("3.0.0").resolve(ContractLayout.DIRECTORY).resolve(ContractLayout.INDEX));
    assertTrue(
        index.contains("\"origin\": \"src/main/history/order-audit/value/1.9.0.avsc\""), index);
  }

  @Test
  void theNextReleaseIsStillCheckedTransitivelyAgainstTheAdoptedVersions() throws IOException {
    Contract released =
        packAndRead(
            read(FIXTURE).seed(FixtureProduct.load(FIXTURE, null).contract()),
            temp.resolve("3.0.0"));
    Path next = copyWithVersion(FIXTURE, "3.1.0");
    FixtureProduct candidate = FixtureProduct.load(next, released);

    CheckResult result =
        ContractCheck.check(
            released,
            candidate.contract(),
            candidate.sources(),
            List.of(),
            RuleSettings.defaults());

    List<String> wire =
        result.findings().stream()
            .filter(f -> f.ruleId().equals("COMPAT-WIRE"))
            .map(Finding::message)
            .toList();
    assertEquals(
        List.of(
            "Value of port \"order-audit\" is not BACKWARD_TRANSITIVE compatible with src/main/history/order-audit/value/1.9.0.avsc: "
                + "Field \"qty\" of record \"com.example.Order\" has type string in the new schema, which cannot read int written with the previous schema"),
        wire);
    assertEquals("3.0.0", result.baselineVersion());
  }

  @Test
  void
      theFirstReleasesChangeReportSaysItWasCheckedAgainstTheAdoptedHistoryWithoutWhereItCameFrom() {
    FixtureProduct first = FixtureProduct.load(FIXTURE, null);
    AdoptedHistory history = read(FIXTURE);
    Contract seeded = history.seed(first.contract());
    CheckResult result =
        ContractCheck.check(null, seeded, first.sources(), List.of(), RuleSettings.defaults());
    String summary =
        history.summaryLine(
            "orders", seeded.version(), result.breakingChanges(), result.count(Severity.WARNING));

    String markdown = ChangeReport.markdown(summary, result, null, seeded, result.findings());

    assertTrue(
        markdown.startsWith(
            "## orders %s: first release\n\n**First release with the plugin: checked against the history its ports had before it (6 schema versions)** · check fails with "
                .formatted(seeded.version())),
        markdown);
    assertTrue(summary.contains("src/main/history"), summary);
    assertFalse(markdown.contains(summary), "the summary names where the history is");
  }

  @Test
  void aPortWhoseCompatibilityIsNoLevelIsABreakAgainstItsHistoryNotLeftUncompared()
      throws IOException {
    Path product = copyWithVersion(FIXTURE, "3.0.0");
    Path yaml = product.resolve("dataproduct.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("compatibility: BACKWARD_TRANSITIVE", "compatibility: BACKWARD_TRANSITIV"));
    RuleSettings valueRuleOff = RuleSettings.of(Map.of("DESCRIPTOR-VALUE", Level.OFF));
    FixtureProduct first = FixtureProduct.load(product, null, valueRuleOff);
    Contract seeded = read(FIXTURE).seed(first.contract());

    CheckResult result =
        ContractCheck.check(null, seeded, first.sources(), List.of(), valueRuleOff);

    assertEquals(
        List.of(
            "dataproduct.yaml:18:20: ERROR [COMPAT-WIRE] Port \"order-audit\" declares compatibility"
                + " \"BACKWARD_TRANSITIV\", which is no level: its value was not checked against its"
                + " history"),
        result.findings().stream()
            .filter(f -> f.ruleId().equals("COMPAT-WIRE") && f.message().contains("no level"))
            .map(Finding::diagnosticLine)
            .toList());
  }

  @Test
  void aPortWithHistoryWhoseSchemaNoLongerResolvesIsABreakNotAHistoryLeftUnchecked() {
    // With the missing-file rule off, validate lets a port whose schema does not load through, and
    // the contract has no schemas for it (as ContractBuilder leaves such a port out); seed then
    // carries none of its history.
    Contract full = FixtureProduct.load(FIXTURE, null).contract();
    Map<String, PortContract> ports = new LinkedHashMap<>(full.ports());
    ports.remove("order-audit");
    Contract withoutAudit = new Contract(full.descriptor(), full.version(), ports);

    assertEquals(
        List.of(
            "dataproduct.yaml:19:12: ERROR [COMPAT-WIRE] Port \"order-audit\" has 3 versions in"
                + " the history folder src/main/history but no schemas in 3.0.0 (its key or value"
                + " does not resolve to a schema): it was not checked against that history"),
        read(FIXTURE).unchecked(withoutAudit).stream().map(Finding::diagnosticLine).toList());
    assertEquals(List.of(), read(FIXTURE).unchecked(full), "every port with history has schemas");
  }

  @Test
  void whatTheHistoryFoundCountsAsABreakingChangeAndAWaiverAcceptsItAsTheChecksOwn()
      throws IOException {
    // The history's own findings used to be added after the check: never waived, and a summary
    // of "0 breaking changes" above an error.
    Path product = copyWithVersion(FIXTURE, "3.0.0");
    CheckResult unwaived = checkWithoutAuditSchemas(product);
    Files.writeString(
        product.resolve("dataproduct.yaml"),
        """
        waivers:
          - rule: COMPAT-WIRE
            target: outputPorts/order-audit
            justification: The audit topic's old versions are replayed by nobody.
        """,
        java.nio.file.StandardOpenOption.APPEND);
    CheckResult waived = checkWithoutAuditSchemas(product);

    assertEquals(1, unwaived.breakingChanges(), unwaived.findings().toString());
    assertTrue(unwaived.hasErrors());
    assertEquals(0, waived.breakingChanges(), waived.findings().toString());
    assertFalse(waived.hasErrors(), waived.findings().toString());
    assertTrue(
        waived.findings().stream().anyMatch(f -> f.ruleId().equals("COMPAT-WIRE") && f.isWaived()),
        waived.findings().toString());
  }

  /** The first release of {@code product}, checked as if order-audit's schema did not resolve. */
  private static CheckResult checkWithoutAuditSchemas(Path product) {
    FixtureProduct first = FixtureProduct.load(product, null);
    AdoptedHistory history = read(product);
    Map<String, PortContract> ports = new LinkedHashMap<>(history.seed(first.contract()).ports());
    ports.remove("order-audit");
    Contract seeded = new Contract(first.contract().descriptor(), "3.0.0", ports);
    return ContractCheck.check(
        null,
        seeded,
        first.sources(),
        List.of(),
        Map.of(),
        history.findingsFor(seeded),
        RuleSettings.defaults());
  }

  @Test
  void aSeededPortKeepsAHistoryItAlreadyHas() {
    FixtureProduct first = FixtureProduct.load(FIXTURE, null);
    Contract once = read(FIXTURE).seed(first.contract());

    Contract twice = read(FIXTURE).seed(once);

    assertEquals(once, twice);
  }

  @Test
  void aHistoryFileNestedTooDeeplyIsALocatedFindingNotAStackOverflow() throws IOException {
    Path product = copyWithVersion(FIXTURE, "3.0.0");
    // 998 levels, as in the issue: read with the project's own depth limit, before Jackson's or
    // Avro's recursion.
    Files.writeString(
        product.resolve("src/main/history/order-events/value/9.avsc"),
        "[".repeat(998) + "]".repeat(998));

    List<String> findings =
        read(product).findings().stream()
            .map(
                f ->
                    f.ruleId()
                        + " "
                        + f.position().line()
                        + ":"
                        + f.position().column()
                        + " "
                        + f.message())
            .toList();

    assertEquals(
        List.of(
            "COMPAT-HISTORY-SCHEMA 1:201 src/main/history/order-events/value/9.avsc nests deeper than 200 levels of JSON; it is not read further"),
        findings);
  }

  private static AdoptedHistory read(Path product) {
    return HistoryFolder.read(
        product.resolve("src/main/history"),
        "src/main/history",
        FixtureProduct.load(product, null).contract().descriptor());
  }

  private static Contract packAndRead(Contract contract, Path root) throws IOException {
    Path directory = root.resolve(ContractLayout.DIRECTORY);
    ContractWriter.write(
        contract, Files.readAllBytes(FIXTURE.resolve("dataproduct.yaml")), directory);
    return ContractReader.read(root);
  }

  private Path copyWithVersion(Path product, String version) throws IOException {
    Path copy = temp.resolve("product-" + version);
    try (Stream<Path> files = Files.walk(product)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(product.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Path yaml = copy.resolve("dataproduct.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("version: 3.0.0", "version: " + version));
    return copy;
  }
}
