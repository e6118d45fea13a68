package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.defaults;
import static dev.dataproduct.goal.GoalProjects.printed;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal without Maven: a project directory released once as 1.1.0 (by generate, into a
 * releases folder) and changed for 1.2.0, checked against the newest earlier release, with a real
 * directory catalog.
 */
class CheckGoalTest {

  private static final Path WIRE = CHECK_FIXTURES.resolve("COMPAT-WIRE");

  @TempDir Path temp;
  private Path project;
  private Path releases;
  private Path catalog;

  @BeforeEach
  void releaseTheFirstVersion() throws IOException {
    project = temp.resolve("orders");
    releases = temp.resolve("releases");
    catalog = temp.resolve("catalog");
    sources(WIRE.resolve("previous"), project);
    release(new DirectoryProject(project, "orders", "1.1.0", releases));
    sources(WIRE.resolve("current"), project);
  }

  @Test
  void comparesWithTheNewestEarlierReleaseAndReportsEveryBreakWhereItIs() throws IOException {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    // The check fixture's own expected output: the goal reaches the same verdict as ContractCheck
    // on the fixture.
    assertEquals(Files.readString(WIRE.resolve("expected.txt")).strip(), printed(outcome));
    assertTrue(outcome.judged());
    assertEquals(project.resolve("target/dataproduct/check-report.json"), outcome.report());
    assertTrue(
        Files.readString(outcome.report()).contains("COMPAT-WIRE"),
        "the report holds the findings");
    assertTrue(
        build
            .logged("DEBUG")
            .contains("Baseline: com.example:orders:1.1.0 from releases (" + releases + ")"),
        build.lines.toString());
  }

  @Test
  void aProductWithNoEarlierReleaseInAnsweringRepositoriesIsAFirstRelease() {
    DirectoryProject build =
        new DirectoryProject(project, "orders", "1.2.0", temp.resolve("no-releases"));

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    assertEquals(
        "No earlier release of com.example:orders below 1.2.0 in releases ("
            + temp.resolve("no-releases")
            + ") or the local repository; this is the first release",
        outcome.summary());
    assertEquals(List.of(), outcome.findings());
  }

  @Test
  void repositoriesThatWereNotAskedAreNoFirstRelease() {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", null);

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> new CheckGoal(build).run(build.files(), defaults(), catalog, true));

    assertEquals(
        "Cannot establish the baseline of com.example:orders 1.2.0: the build is offline and the local repository holds nothing cached"
            + " from releases (not reachable) about the releases of com.example:orders; a baseline that cannot be established is not a first release."
            + " Build online once (without -o) so that Maven caches what the repositories hold, or set -Ddataproduct.baseline=<version|path|none>",
        error.getMessage());
  }

  @Test
  void aBaselineWhoseIndexLacksAPortIsAnErrorNotAPortWithNothingToCompare() throws IOException {
    Path index = releases.resolve("1.1.0/META-INF/dataproduct/contract.json");
    String packed = Files.readString(index);
    int port = packed.indexOf("\"order-events\"");
    int after = packed.indexOf("\n    }", port) + "\n    }".length();
    assertTrue(port > 0 && after > port, packed);
    Files.writeString(index, packed.substring(0, port) + packed.substring(after).stripLeading());
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> new CheckGoal(build).run(build.files(), defaults(), catalog, true));

    assertTrue(
        error
            .getMessage()
            .startsWith(
                index
                    + ": output port \"order-events\" of dataproduct.yaml has no entry in \"ports\""),
        error.getMessage());
  }

  @Test
  void aCompatibilityLevelCheckCannotReadIsABreakNotAPortWithoutWireCheck() throws IOException {
    // With the descriptor's value rule off, validate lets a misspelt level through; check cannot
    // tell which promise the port makes, so it cannot say the schemas keep it.
    Path descriptor = project.resolve("dataproduct.yaml");
    Files.writeString(
        descriptor,
        Files.readString(descriptor)
            .replace(
                "    topic: sales.orders.order-events.v1\n",
                "    topic: sales.orders.order-events.v1\n    compatibility: BACKWRD\n"));
    ContractRules valueRuleOff = rulesWith("DESCRIPTOR-VALUE", "off");
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), valueRuleOff, catalog, true);

    assertEquals(
        List.of(
            "dataproduct.yaml:13:20: ERROR [COMPAT-WIRE] Port \"order-events\" declares compatibility"
                + " \"BACKWRD\", which is no level: its value was not checked against 1.1.0"),
        outcome.findings().stream()
            .filter(f -> f.ruleId().equals("COMPAT-WIRE"))
            .map(f -> f.diagnosticLine())
            .toList());
  }

  @Test
  void breaksOfARuleSwitchedOffAreNotReportedButTheSummarySaysHowMany() throws IOException {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome =
        new CheckGoal(build).run(build.files(), rulesWith("COMPAT-WIRE", "off"), catalog, true);

    // Without its four breaks the release needs no new major version: the build would pass, and
    // its summary is where a reviewer sees what it did not check.
    assertEquals(List.of(), outcome.findings());
    assertEquals(
        "Compared orders 1.2.0 with 1.1.0: 1 output port, 0 breaking changes, 0 warnings;"
            + " not reported, their rules switched off: COMPAT-WIRE (4 findings)",
        outcome.summary());
    // The reports say so too, and do not list the rule among those that ran.
    JsonNode json = new ObjectMapper().readTree(outcome.report().toFile());
    assertEquals(
        "4 findings not reported", json.path("summary").path("switched off: COMPAT-WIRE").asText());
    JsonNode sarif =
        new ObjectMapper().readTree(outcome.report().resolveSibling("check.sarif").toFile());
    List<String> rulesRun = new ArrayList<>();
    sarif.at("/runs/0/tool/driver/rules").forEach(rule -> rulesRun.add(rule.path("id").asText()));
    assertTrue(rulesRun.contains("COMPAT-KEY-CHANGED"), rulesRun.toString());
    assertFalse(rulesRun.contains("COMPAT-WIRE"), rulesRun.toString());
  }

  @Test
  void aPortWhoseSchemaDoesNotResolveNowIsABreakNotAPortWithNothingToCompare() throws IOException {
    // With the missing-file rule off, validate lets the port through; its contract has no schema.
    Path descriptor = project.resolve("dataproduct.yaml");
    Files.writeString(
        descriptor,
        Files.readString(descriptor).replace("com/example/Order.avsc", "com/example/Gone.avsc"));
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome =
        new CheckGoal(build)
            .run(build.files(), rulesWith("SCHEMA-FILE-MISSING", "off"), catalog, true);

    assertTrue(outcome.judged(), outcome.summary());
    assertEquals(
        List.of(
            "dataproduct.yaml:13:12: ERROR [COMPAT-WIRE] Port \"order-events\" has no schemas in"
                + " 1.2.0 (its key or value does not resolve to a schema): its value was not"
                + " checked against 1.1.0"),
        outcome.findings().stream()
            .filter(f -> f.ruleId().equals("COMPAT-WIRE"))
            .map(f -> f.diagnosticLine())
            .toList());
  }

  private static ContractRules rulesWith(String ruleId, String level) {
    return new ContractRules(
        Policy.NONE,
        EffectiveRules.of(
            Policy.NONE,
            Map.of(ruleId, level),
            SourcePosition.file("pom.xml"),
            TestWording.MAVEN_WORDS),
        "all",
        "");
  }

  @Test
  void aReleaseWhoseJarCarriesAnotherVersionsContractIsNoBaseline() throws IOException {
    // 1.1.5 was deployed with the contract an earlier build packed for 1.1.0: what 1.1.5 published
    // is unknown, so comparing with 1.1.0's contract would pass changes 1.1.5's consumers see.
    GoalProjects.copyTree(releases.resolve("1.1.0"), releases.resolve("1.1.5"));
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> new CheckGoal(build).run(build.files(), defaults(), catalog, true));

    assertEquals(
        "The baseline com.example:orders:1.1.5 from releases ("
            + releases
            + ") carries the contract of version 1.1.0, not its own: it was built with a contract"
            + " packed for another version, so what 1.1.5 released is unknown; set"
            + " -Ddataproduct.baseline=<version|path|none> to compare with another release",
        error.getMessage());
  }

  @Test
  void noEarlierReleaseWhereTheOfflineBuildCouldAskIsNoFirstReleaseWhileARepositoryWasNotAsked() {
    // Offline, one repository answered from what it cached and holds no release; the other one,
    // with nothing cached, may well hold the baseline.
    DirectoryProject build =
        new DirectoryProject(project, "orders", "1.2.0", temp.resolve("no-releases"));
    build.notAsked = List.of("company-releases (https://repo.example.com/releases)");

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> new CheckGoal(build).run(build.files(), defaults(), catalog, true));

    assertEquals(
        "Cannot establish the baseline of com.example:orders 1.2.0: no earlier release in releases ("
            + temp.resolve("no-releases")
            + ") (cached in the local repository; offline), but the build is offline and the local"
            + " repository holds nothing cached from company-releases"
            + " (https://repo.example.com/releases), which may hold one; a baseline that cannot be"
            + " established is not a first release. Build online once (without -o) so that Maven"
            + " caches what the repositories hold, or set -Ddataproduct.baseline=<version|path|none>",
        error.getMessage());
  }

  @Test
  void aBaselineOfNoneChecksAFirstRelease() {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", null);
    ContractRules none = new ContractRules(defaults().policy(), defaults().rules(), "all", "none");

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), none, catalog, true);

    assertEquals(
        "dataproduct.baseline is none: nothing to compare orders 1.2.0 with; it is checked and packed as a first release",
        outcome.summary());
    assertTrue(build.fetched.isEmpty());
  }

  @Test
  void aContractWithErrorsIsNotCompared() throws IOException {
    Files.createDirectories(project.resolve("target/dataproduct"));
    Files.writeString(
        project.resolve("target/dataproduct/check-changes.md"), "## an earlier build's changes");
    Files.writeString(project.resolve("src/main/avro/com/example/Order.avsc"), "{ not json");
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    assertTrue(
        outcome
            .summary()
            .startsWith("Cannot compare orders 1.2.0 with earlier releases: the contract has "),
        outcome.summary());
    assertFalse(outcome.judged(), "passing it proves nothing");
    assertFalse(outcome.findings().isEmpty());
    assertTrue(
        build.fetched.isEmpty(), "no baseline was fetched for a contract that cannot be compared");
    assertFalse(
        Files.exists(project.resolve("target/dataproduct/check-changes.md")),
        "no earlier build's changes to post as this one's");
  }

  @Test
  void aVersionTheCatalogHoldsWithOtherContentIsFoundBeforeAnythingIsDeployed() throws IOException {
    // 1.2.0 compatible with 1.1.0 (the previous sources again), packed, and published by another
    // build with other content.
    sources(WIRE.resolve("previous"), project);
    Files.writeString(
        project.resolve("dataproduct.yaml"),
        Files.readString(project.resolve("dataproduct.yaml")).replace("1.1.0", "1.2.0"));
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);
    new GenerateGoal(build)
        .run(
            build.files(),
            project.resolve("target/generated-sources"),
            dev.dataproduct.logic.codegen.CodegenOptions.defaults(),
            "");
    Path other = temp.resolve("other-contract");
    GoalProjects.copyTree(build.files().contractDirectory(), other);
    Files.writeString(
        other.resolve("dataproduct.yaml"),
        Files.readString(other.resolve("dataproduct.yaml"))
            .replace("description: Orders.", "description: Other."));
    new DirectoryCatalog(catalog, BuildLog.silent(), TestWording.MAVEN_WORDS)
        .publish(PublishRequest.ofPackedContract(other, null, false, TestWording.MAVEN_WORDS));

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);
    GoalOutcome snapshotBuild =
        new CheckGoal(build.nextBuild("1.2.0")).run(build.files(), defaults(), catalog, false);

    assertEquals(
        List.of("CATALOG-VERSION-PUBLISHED"),
        outcome.findings().stream().map(Finding::ruleId).toList(),
        printed(outcome));
    assertTrue(
        outcome
            .findings()
            .get(0)
            .message()
            .startsWith("sales/orders 1.2.0 is already published in the catalog"),
        printed(outcome));
    assertEquals(
        List.of(),
        snapshotBuild.findings(),
        "a version publish would not publish is not looked for");
  }

  @Test
  void writesWhatChangedSinceTheBaselineAsMarkdownForAPullRequestComment() throws IOException {
    // Against 1.1.0 (id, qty int, status, shipTo): note added as optional, status removed, qty from
    // int to string.
    Files.copy(
        WIRE.resolve("previous/src/main/avro/com/example/Address.avsc"),
        project.resolve("src/main/avro/com/example/Address.avsc"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        project.resolve("src/main/avro/com/example/Order.avsc"),
        """
        {
          "type": "record",
          "name": "Order",
          "namespace": "com.example",
          "doc": "The Order record.",
          "fields": [
            {"name": "id", "type": "string", "doc": "The id."},
            {"name": "qty", "type": "string", "doc": "The qty."},
            {"name": "shipTo", "type": "com.example.Address", "doc": "The shipTo."},
            {"name": "note", "type": ["null", "string"], "default": null, "doc": "A note | with a pipe."}
          ]
        }
        """);
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    Path report = project.resolve("target/dataproduct/check-changes.md");
    assertEquals(
        """
        ## orders 1.2.0 compared with 1.1.0

        **Verdict: breaking** · check fails with 2 errors, 0 warnings

        Compared orders 1.2.0 with 1.1.0: 1 output port, 1 breaking change, 0 warnings

        ### Port `order-events` changed: breaking

        Not BACKWARD compatible with 1.1.0: Field "qty" of record "com.example.Order" has type string in the new schema, which cannot read int written with the previous schema

        | Part | Field | Change | Change class | Detail |
        | --- | --- | --- | --- | --- |
        | value | `status` | removed | compatible | com.example.Status |
        | value | `qty` | type changed | breaking | int → string |
        | value | `note` | added | compatible | null \\| string, default null |

        Rules: `COMPAT-WIRE`

        ### Findings

        | Severity | Rule | Where | Message |
        | --- | --- | --- | --- |
        | ERROR | `VERSION-MAJOR-FOR-BREAKING` | `dataproduct.yaml:5:10` | 1.2.0 makes 1 breaking change to the contract of 1.1.0 but keeps major version 1 |
        | ERROR | `COMPAT-WIRE` | `src/main/avro/com/example/Order.avsc:8:29` | Value of port "order-events" is not BACKWARD compatible with 1.1.0: Field "qty" of record "com.example.Order" has type string in the new schema, which cannot read int written with the previous schema |
        """,
        Files.readString(report),
        printed(outcome));
    assertTrue(
        build.logged("INFO").contains("Contract changes for a pull-request comment: " + report),
        build.lines.toString());
  }

  @Test
  void aFieldWhoseTypeKeepsItsNameButChangesItsDefinitionIsListedAsBreaking() throws IOException {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    // The enum Status lost its symbol PAID: the same type name, another type.
    assertTrue(
        Files.readString(project.resolve("target/dataproduct/check-changes.md"))
            .contains(
                "| value | `status` | type changed | breaking | com.example.Status is defined differently |\n"));
  }

  @Test
  void aFirstReleaseGetsAShortChangesReportWithItsPortsAndNoWordOfWhereTheBuildLooked()
      throws IOException {
    DirectoryProject build =
        new DirectoryProject(project, "orders", "1.2.0", temp.resolve("no-releases"));

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    assertTrue(outcome.summary().contains(temp.toString()), "the log line says where it looked");
    assertEquals(
        """
        ## orders 1.2.0: first release

        **First release: nothing to compare with** · check passes with 0 errors, 0 warnings

        | Port | Topic | Compatibility |
        | --- | --- | --- |
        | `order-events` | `sales.orders.order-events.v1` | BACKWARD |
        """,
        Files.readString(project.resolve("target/dataproduct/check-changes.md")));
  }
}
