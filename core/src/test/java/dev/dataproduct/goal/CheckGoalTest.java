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

import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.log.BuildLog;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    // The check fixture's own expected output: the goal reaches the same verdict as ContractCheck on the fixture.
    assertEquals(Files.readString(WIRE.resolve("expected.txt")).strip(), printed(outcome));
    assertTrue(outcome.judged());
    assertEquals(project.resolve("target/dataproduct/check-report.json"), outcome.report());
    assertTrue(Files.readString(outcome.report()).contains("COMPAT-WIRE"), "the report holds the findings");
    assertTrue(build.logged("DEBUG").contains("Baseline: com.example:orders:1.1.0 from releases (" + releases + ")"), build.lines.toString());
  }

  @Test
  void aProductWithNoEarlierReleaseInAnsweringRepositoriesIsAFirstRelease() {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", temp.resolve("no-releases"));

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    assertEquals("No earlier release of com.example:orders below 1.2.0 in releases (" + temp.resolve("no-releases")
        + ") or the local repository; this is the first release", outcome.summary());
    assertEquals(List.of(), outcome.findings());
  }

  @Test
  void repositoriesThatWereNotAskedAreNoFirstRelease() {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", null);

    BuildError error = assertThrows(BuildError.class, () -> new CheckGoal(build).run(build.files(), defaults(), catalog, true));

    assertEquals("Cannot establish the baseline of com.example:orders 1.2.0: the build is offline and the local repository holds nothing cached"
        + " from releases (not reachable) about the releases of com.example:orders; a baseline that cannot be established is not a first release."
        + " Build online once (without -o) so that Maven caches what the repositories hold, or set -Ddataproduct.baseline=<version|path|none>",
        error.getMessage());
  }

  @Test
  void aBaselineOfNoneChecksAFirstRelease() {
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", null);
    ContractRules none = new ContractRules(defaults().policy(), defaults().rules(), "all", "none");

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), none, catalog, true);

    assertEquals("dataproduct.baseline is none: nothing to compare orders 1.2.0 with; it is checked and packed as a first release", outcome.summary());
    assertTrue(build.fetched.isEmpty());
  }

  @Test
  void aContractWithErrorsIsNotCompared() throws IOException {
    Files.writeString(project.resolve("src/main/avro/com/example/Order.avsc"), "{ not json");
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);

    assertTrue(outcome.summary().startsWith("Cannot compare orders 1.2.0 with earlier releases: the contract has "), outcome.summary());
    assertFalse(outcome.judged(), "passing it proves nothing");
    assertFalse(outcome.findings().isEmpty());
    assertTrue(build.fetched.isEmpty(), "no baseline was fetched for a contract that cannot be compared");
  }

  @Test
  void aVersionTheCatalogHoldsWithOtherContentIsFoundBeforeAnythingIsDeployed() throws IOException {
    // 1.2.0 compatible with 1.1.0 (the previous sources again), packed, and published by another build with other content.
    sources(WIRE.resolve("previous"), project);
    Files.writeString(project.resolve("dataproduct.yaml"), Files.readString(project.resolve("dataproduct.yaml")).replace("1.1.0", "1.2.0"));
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);
    new GenerateGoal(build).run(build.files(), project.resolve("target/generated-sources"), dev.dataproduct.codegen.CodegenOptions.defaults(), "");
    Path other = temp.resolve("other-contract");
    GoalProjects.copyTree(build.files().contractDirectory(), other);
    Files.writeString(other.resolve("dataproduct.yaml"), Files.readString(other.resolve("dataproduct.yaml")).replace("description: Orders.", "description: Other."));
    new DirectoryCatalog(catalog, BuildLog.silent(), TestWording.MAVEN_WORDS).publish(PublishRequest.ofPackedContract(other, null, false, TestWording.MAVEN_WORDS));

    GoalOutcome outcome = new CheckGoal(build).run(build.files(), defaults(), catalog, true);
    GoalOutcome snapshotBuild = new CheckGoal(build.nextBuild("1.2.0")).run(build.files(), defaults(), catalog, false);

    assertEquals(List.of("CATALOG-VERSION-PUBLISHED"), outcome.findings().stream().map(Finding::ruleId).toList(), printed(outcome));
    assertTrue(outcome.findings().get(0).message().startsWith("sales/orders 1.2.0 is already published in the catalog"), printed(outcome));
    assertEquals(List.of(), snapshotBuild.findings(), "a version publish would not publish is not looked for");
  }
}
