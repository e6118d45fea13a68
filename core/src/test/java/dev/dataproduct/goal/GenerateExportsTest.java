package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.generate;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.logic.export.Exports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate leaves the exports in the open standards out of a build that packages nothing, and never
 * leaves any that is older than the contract beside it: a build that packages packs them, whatever
 * the builds before it did.
 */
class GenerateExportsTest {

  @TempDir Path temp;
  private Path project;
  private Path contract;
  private DirectoryProject build;

  @BeforeEach
  void sourcesOfAProduct() throws IOException {
    project = temp.resolve("orders");
    sources(CHECK_FIXTURES.resolve("COMPAT-WIRE/previous"), project);
    build = new DirectoryProject(project, "orders", "1.1.0", temp.resolve("releases"));
    contract = project.resolve("target/classes/META-INF/dataproduct");
  }

  @Test
  void aBuildThatPackagesNothingPacksTheContractWithoutTheExportsAndSaysSo() {
    generate(build, false);

    assertTrue(Files.isRegularFile(contract.resolve("contract.json")), "the contract is packed");
    assertTrue(
        Files.isRegularFile(project.resolve("target/generated-sources/com/example/Order.java")),
        "the sources are generated");
    assertFalse(Files.exists(contract.resolve(Exports.DIRECTORY)), "no export is packed");
    List<String> info = build.logged("INFO");
    assertTrue(
        info.get(info.size() - 1).endsWith("; " + GenerateGoal.EXPORTS_LEFT_OUT), info.toString());
  }

  @Test
  void aBuildThatPackagesAfterOneThatLeftThemOutPacksTheExportsThoughNothingChanged()
      throws IOException {
    generate(build, false);
    DirectoryProject packaging = build.nextBuild("1.1.0");

    generate(packaging, true);

    assertTrue(Exports.packedIn(contract), "the exports are packed");
    assertFalse(
        packaging.logged("INFO").stream().anyMatch(line -> line.contains("are current")),
        "not taken for a build with nothing to do");
    byte[] asyncApi = Files.readAllBytes(contract.resolve(Exports.ASYNCAPI));
    Path fresh = temp.resolve("fresh");
    sources(CHECK_FIXTURES.resolve("COMPAT-WIRE/previous"), fresh);
    generate(new DirectoryProject(fresh, "orders", "1.1.0", temp.resolve("releases")), true);
    assertArrayEquals(
        Files.readAllBytes(
            fresh.resolve("target/classes/META-INF/dataproduct/" + Exports.ASYNCAPI)),
        asyncApi,
        "the same exports as a build that packed them from the start");
  }

  @Test
  void aBuildThatPackagesNothingAfterOneThatPackedThemKeepsTheExportsAndDoesNothing() {
    generate(build, true);
    DirectoryProject compiling = build.nextBuild("1.1.0");

    generate(compiling, false);

    assertTrue(Exports.packedIn(contract), "the exports are still there");
    List<String> info = compiling.logged("INFO");
    assertTrue(info.get(info.size() - 1).contains("are current"), info.toString());
  }

  @Test
  void exportsOlderThanTheContractAreRemovedByABuildThatPackagesNothing() throws IOException {
    generate(build, true);
    Path order = project.resolve("src/main/avro/com/example/Order.avsc");
    Files.writeString(order, Files.readString(order).replace("The qty.", "How many."));

    generate(build.nextBuild("1.1.0"), false);

    assertTrue(
        Files.readString(contract.resolve("ports/order-events/value.avsc")).contains("How many."),
        "the contract is packed again");
    assertFalse(Files.exists(contract.resolve(Exports.DIRECTORY)), "the old exports are removed");
  }
}
