package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.generate;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.logic.codegen.CodegenOptions;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish goal without Maven, into a real directory catalog: a packed contract is published
 * once, an identical one again changes nothing, another one under the same version is refused and
 * leaves the catalog as it was. (Publishing into a schema registry is covered by the it/ builds
 * publish-schema-registry and publish-registry-stopped-mid-run-fails, against a real registry.)
 */
class PublishGoalTest {

  @TempDir Path temp;
  private Path project;
  private Path catalog;
  private DirectoryProject build;

  @BeforeEach
  void packTheContract() throws IOException {
    project = temp.resolve("orders");
    catalog = temp.resolve("catalog");
    sources(CHECK_FIXTURES.resolve("COMPAT-WIRE/previous"), project);
    build = new DirectoryProject(project, "orders", "1.1.0", temp.resolve("releases"));
    generate(build);
  }

  private PublishGoal.Outcome publish(DirectoryProject by, boolean dryRun) {
    return new PublishGoal(by)
        .run(by.files(), catalog, null, null, dryRun, "orders " + by.version());
  }

  @Test
  void publishesThePackedContractIntoTheCatalogAndSaysWhere() {
    PublishGoal.Outcome outcome = publish(build, false);

    assertEquals(new PublishGoal.Outcome(Optional.empty(), Optional.empty()), outcome);
    Path version = catalog.resolve("products/sales/orders/1.1.0");
    assertTrue(
        Files.isRegularFile(version.resolve("contract/dataproduct.yaml")),
        "the version folder holds the contract");
    String last = build.logged("INFO").get(build.logged("INFO").size() - 1);
    assertTrue(
        last.matches("Published sales/orders 1\\.1\\.0 to \\Q" + version + "\\E \\(\\d+ files\\)"),
        last);
    assertTrue(
        Files.isRegularFile(project.resolve("target/dataproduct/publish-report.json")),
        "the publish report is written");
  }

  @Test
  void publishingTheSameContractAgainChangesNothing() throws IOException {
    publish(build, false);
    Map<String, String> before = snapshot(catalog);
    DirectoryProject again = build.nextBuild("1.1.0");

    PublishGoal.Outcome outcome = publish(again, false);

    assertEquals(Optional.empty(), outcome.refusal());
    assertEquals(
        "sales/orders 1.1.0 is already published in "
            + catalog.resolve("products/sales/orders/1.1.0")
            + " with identical content; nothing to do",
        again.logged("INFO").get(again.logged("INFO").size() - 1));
    assertEquals(before, snapshot(catalog));
  }

  @Test
  void anotherContractUnderAPublishedVersionIsRefusedAndTheCatalogIsAsItWas() throws IOException {
    publish(build, false);
    Map<String, String> before = snapshot(catalog);
    Path order = project.resolve("src/main/avro/com/example/Order.avsc");
    Files.writeString(order, Files.readString(order).replace("The qty.", "How many."));
    DirectoryProject changed = build.nextBuild("1.1.0");
    new GenerateGoal(changed)
        .run(
            changed.files(),
            project.resolve("target/generated-sources"),
            CodegenOptions.defaults(),
            "");

    PublishGoal.Outcome outcome = publish(changed, false);

    String refusal = outcome.refusal().orElseThrow();
    assertTrue(
        refusal.startsWith(
            "sales/orders 1.1.0 is already published in "
                + catalog.resolve("products/sales/orders/1.1.0")
                + " with other content: "),
        refusal);
    assertTrue(refusal.contains("ports/order-events/value.avsc differs"), refusal);
    assertTrue(
        refusal.endsWith(
            "A published version never changes; release a new version (a patch version for a fix)"),
        refusal);
    assertEquals(before, snapshot(catalog), "nothing written");
  }

  @Test
  void aDryRunSaysWhatItWouldWriteAndWritesNothing() {
    PublishGoal.Outcome outcome = publish(build, true);

    assertEquals(Optional.empty(), outcome.refusal());
    assertTrue(Files.notExists(catalog), "not even the catalog is created");
    List<String> info = build.logged("INFO");
    assertTrue(info.contains("  would write contract/dataproduct.yaml"), info.toString());
    assertTrue(
        info.get(info.size() - 1).startsWith("Dry run: would publish sales/orders 1.1.0 to "),
        info.toString());
  }

  @Test
  void aContractPackedWithoutTheExportsIsNotPublishedAndTheBuildSaysHowToPackThem()
      throws IOException {
    deleteTree(project.resolve("target"));
    DirectoryProject compiled = build.nextBuild("1.1.0");
    generate(compiled, false); // a clean build that packages nothing

    BuildError error = assertThrows(BuildError.class, () -> publish(compiled, false));

    assertEquals(
        "Cannot publish orders 1.1.0: the contract packed in target/classes/META-INF/dataproduct has"
            + " no exports in the open standards (generate packs them only in a build that packages"
            + " the jar); "
            + TestWording.MAVEN_WORDS.packExports(),
        error.getMessage());
    assertTrue(Files.notExists(catalog), "nothing written");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Every file under {@code root} with its content. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }
}
