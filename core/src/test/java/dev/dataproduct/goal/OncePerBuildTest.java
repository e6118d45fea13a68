package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.defaults;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.logic.codegen.CodegenOptions;
import dev.dataproduct.model.contract.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate, generate and check in one build (issue 10): the baseline is fetched and read once, and
 * the product validated once; an input changed during the build is validated afresh.
 */
class OncePerBuildTest {

  private static final Path WIRE = CHECK_FIXTURES.resolve("COMPAT-WIRE");

  @TempDir Path temp;
  private Path project;
  private DirectoryProject build;

  @BeforeEach
  void releaseAndChange() throws IOException {
    project = temp.resolve("orders");
    sources(WIRE.resolve("previous"), project);
    release(new DirectoryProject(project, "orders", "1.1.0", temp.resolve("releases")));
    sources(WIRE.resolve("current"), project);
    build = new DirectoryProject(project, "orders", "1.2.0", temp.resolve("releases"));
  }

  /** ProductValidator says once per validation which schema files it loaded. */
  private long validations() {
    return build.logged("DEBUG").stream()
        .filter(line -> line.startsWith("Loaded ") && line.contains(" schema files from "))
        .count();
  }

  @Test
  void validateGenerateAndCheckValidateOnceAndReadTheBaselineOnce() {
    ContractRules rules = new ContractRules(defaults().policy(), defaults().rules(), "changed", "");
    new ValidateGoal(build).run(build.files(), rules);
    new GenerateGoal(build)
        .run(
            build.files(),
            project.resolve("target/generated-sources"),
            CodegenOptions.defaults(),
            "");
    GoalOutcome checked =
        new CheckGoal(build).run(build.files(), rules, temp.resolve("catalog"), true);

    assertEquals(List.of("1.1.0"), build.fetched, "the baseline was fetched once");
    // validate and check judge with fieldRules=changed, generate with every field: two requests,
    // each validated once.
    assertEquals(2, validations(), build.lines.toString());
    assertTrue(checked.findings().stream().map(Finding::ruleId).anyMatch("COMPAT-WIRE"::equals));
  }

  @Test
  void withTheDefaultRulesTheThreeGoalsShareOneValidation() {
    new ValidateGoal(build).run(build.files(), defaults());
    new GenerateGoal(build)
        .run(
            build.files(),
            project.resolve("target/generated-sources"),
            CodegenOptions.defaults(),
            "");
    new CheckGoal(build).run(build.files(), defaults(), temp.resolve("catalog"), true);

    assertEquals(1, validations(), build.lines.toString());
  }

  @Test
  void aSchemaChangedDuringTheBuildIsValidatedAfresh() throws IOException {
    new ValidateGoal(build).run(build.files(), defaults());
    Path address = project.resolve("src/main/avro/com/example/Address.avsc");
    Files.writeString(address, Files.readString(address).replace("\"string\"", "\"int\""));

    GoalOutcome checked =
        new CheckGoal(build).run(build.files(), defaults(), temp.resolve("catalog"), true);

    assertEquals(2, validations());
    assertTrue(
        checked.findings().stream().noneMatch(f -> f.position().path().endsWith("Address.avsc")),
        "the zip is an int again, so Address.avsc breaks nothing: " + checked.findings());
  }

  @Test
  void aReleasedContractIsReadOncePerBuildAndAgainWhenItsBytesChange() throws IOException {
    Path release = temp.resolve("releases/1.1.0");

    Contract first = ReadOnce.contract(build, release);
    assertSame(first, ReadOnce.contract(build, release), "read once");
    Path descriptor = release.resolve("META-INF/dataproduct/dataproduct.yaml");
    Files.writeString(
        descriptor,
        Files.readString(descriptor)
            .replace("description: Orders.", "description: Orders, changed."));
    Contract changed = ReadOnce.contract(build, release);

    assertNotSame(first, changed);
    assertEquals("Orders, changed.", changed.descriptor().description());
  }
}
