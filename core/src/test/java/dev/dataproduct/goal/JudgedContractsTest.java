package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.defaults;
import static dev.dataproduct.goal.GoalProjects.generate;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * publish's guard (issue 12): a contract is published only when validate and check passed exactly
 * it in the same build. The build here is a real one: the goals run on a copied fixture product,
 * and the guard fingerprints its files as they are.
 */
class JudgedContractsTest {

  private static final String REFUSAL =
      "Not publishing orders 1.1.0: dataproduct:publish publishes only a contract that passed"
          + " validate and check in the same build, and ";

  @TempDir Path temp;
  private Path project;
  private DirectoryProject build;

  @BeforeEach
  void packTheContract() throws IOException {
    project = temp.resolve("orders");
    sources(CHECK_FIXTURES.resolve("COMPAT-WIRE/previous"), project);
    build = new DirectoryProject(project, "orders", "1.1.0", temp.resolve("releases"));
    generate(build);
  }

  /** validate and check run and pass, and say so as the front end does after reporting. */
  private void validateAndCheck(DirectoryProject in) {
    new ValidateGoal(in).run(in.files(), defaults());
    new JudgedContracts(in).passed(ValidateGoal.NAME, in.files());
    GoalOutcome checked =
        new CheckGoal(in).run(in.files(), defaults(), temp.resolve("catalog"), true);
    assertTrue(checked.judged(), checked.summary());
    new JudgedContracts(in).passed(CheckGoal.NAME, in.files());
  }

  private String refusal(DirectoryProject in) {
    return assertThrows(BuildError.class, () -> new JudgedContracts(in).requireJudged(in.files()))
        .getMessage();
  }

  @Test
  void aContractValidateAndCheckPassedInThisBuildMayBePublished() {
    validateAndCheck(build);

    new JudgedContracts(build).requireJudged(build.files());
  }

  @Test
  void aBuildThatDidNotValidateIsToldToRunValidate() {
    assertEquals(
        REFUSAL
            + "dataproduct:validate did not run; add <goal>validate</goal> to the plugin's"
            + " <execution> next to <goal>publish</goal>, or run the lifecycle in the same"
            + " invocation, e.g. mvn verify dataproduct:publish",
        refusal(build));
  }

  @Test
  void whatAnEarlierBuildPassedDoesNotCount() {
    validateAndCheck(build);

    assertTrue(
        refusal(build.nextBuild("1.1.0")).startsWith(REFUSAL + "dataproduct:validate did not run"));
  }

  @Test
  void aSkippedCheckVoidsWhatItPassedEarlierInTheBuild() {
    validateAndCheck(build);
    new JudgedContracts(build).skipped(CheckGoal.NAME);

    assertEquals(
        REFUSAL
            + "dataproduct:check was skipped; remove dataproduct.check.skip from the build that"
            + " publishes",
        refusal(build));
  }

  @Test
  void aSchemaChangedAfterValidatePassedItIsNotPublished() throws IOException {
    validateAndCheck(build);
    Path schema;
    try (var schemas = Files.walk(project.resolve("src/main/avro"))) {
      schema = schemas.filter(p -> p.toString().endsWith(".avsc")).findFirst().orElseThrow();
    }
    Files.writeString(schema, Files.readString(schema) + "\n");

    assertEquals(
        REFUSAL
            + "the contract changed after dataproduct:validate passed it; run the build again"
            + " without changing files during it",
        refusal(build));
  }

  @Test
  void aPackedContractChangedAfterCheckPassedItIsNotPublished() throws IOException {
    validateAndCheck(build);
    Path packed = build.files().contractDirectory().resolve("dataproduct.yaml");
    Files.writeString(packed, Files.readString(packed) + "# edited\n");

    assertEquals(
        REFUSAL
            + "the contract changed after dataproduct:check passed it; run the build again"
            + " without changing files during it",
        refusal(build));
  }

  @Test
  void aContractGeneratePackedInAnEarlierBuildIsNotPassedAsTheOneCheckCompared()
      throws IOException {
    // The product now tags a field pii but stays internal: an error at generate's default levels,
    // so generate, run before validate, leaves the contract an earlier build packed; the build
    // lowers the rule, so validate and check pass the sources. What publish would send is the
    // earlier contract.
    addAPiiFieldToAnInternalProduct();
    DirectoryProject next = build.nextBuild("1.1.0");
    generate(next);
    assertTrue(
        next.logged("WARN").get(0).startsWith("Not generating sources nor packing the contract"),
        next.logged("WARN").toString());
    ContractRules lowered = piiClassificationLowered();
    new ValidateGoal(next).run(next.files(), lowered);
    new JudgedContracts(next).passed(ValidateGoal.NAME, next.files());
    GoalOutcome checked =
        new CheckGoal(next).run(next.files(), lowered, temp.resolve("catalog"), true);
    assertTrue(checked.judged(), checked.summary());
    new JudgedContracts(next).passed(CheckGoal.NAME, next.files());

    assertEquals(
        "Not publishing orders 1.1.0: dataproduct:publish publishes only a contract that passed"
            + " validate and check in the same build, and the contract packed in"
            + " target/classes/META-INF/dataproduct is not the one the sources make, which"
            + " dataproduct:check compared; dataproduct:generate has not packed these sources: it"
            + " was skipped, or it did not pack a contract with errors at its default rule levels"
            + " (see its warning); let it pack them in the build that publishes, before"
            + " dataproduct:check",
        refusal(next));
    assertTrue(
        next.logged("WARN").stream()
            .anyMatch(
                line ->
                    line.startsWith(
                        "The contract packed in target/classes/META-INF/dataproduct is not the"
                            + " one these sources make, which dataproduct:check compared"
                            + " (ports/order-events/value.avsc differs): dataproduct:publish"
                            + " refuses to publish it.")),
        next.logged("WARN").toString());
  }

  @Test
  void aContractGeneratePackedAfterTheSourcesChangedMayBePublished() throws IOException {
    Path order = project.resolve("src/main/avro/com/example/Order.avsc");
    Files.writeString(order, Files.readString(order).replace("The id.", "The order's id."));
    DirectoryProject next = build.nextBuild("1.1.0");
    new JudgedContracts(next).packedCompared(next.files(), false); // as a stale pack would leave
    generate(next);

    validateAndCheck(next);

    new JudgedContracts(next).requireJudged(next.files());
  }

  @Test
  void generateFollowsValidatesVerdictOnARuleTheBuildLoweredAndPacksWhatCheckCompares()
      throws IOException {
    addAPiiFieldToAnInternalProduct();
    DirectoryProject next = build.nextBuild("1.1.0");
    ContractRules lowered = piiClassificationLowered();
    new ValidateGoal(next).run(next.files(), lowered);
    new JudgedContracts(next).passed(ValidateGoal.NAME, next.files());

    generate(next);

    assertTrue(
        next.logged("WARN").stream().noneMatch(line -> line.startsWith("Not generating")),
        next.logged("WARN").toString());
    GoalOutcome checked =
        new CheckGoal(next).run(next.files(), lowered, temp.resolve("catalog"), true);
    assertTrue(checked.judged(), checked.summary());
    new JudgedContracts(next).passed(CheckGoal.NAME, next.files());
    new JudgedContracts(next).requireJudged(next.files());
  }

  /** A field tagged pii in a product that stays internal: GOVERNANCE-PII-CLASSIFICATION. */
  private void addAPiiFieldToAnInternalProduct() throws IOException {
    Path order = project.resolve("src/main/avro/com/example/Order.avsc");
    Files.writeString(
        order,
        Files.readString(order)
            .replace(
                "{\"name\": \"id\", \"type\": \"string\", \"doc\": \"The id.\"}",
                "{\"name\": \"id\", \"type\": \"string\", \"doc\": \"The id.\"},"
                    + " {\"name\": \"email\", \"type\": \"string\", \"doc\": \"The email.\","
                    + " \"tags\": [\"pii\"]}"));
  }

  /** The build's rules with GOVERNANCE-PII-CLASSIFICATION lowered to a warning. */
  private static ContractRules piiClassificationLowered() {
    return new ContractRules(
        Policy.NONE,
        EffectiveRules.of(
            Policy.NONE,
            Map.of("GOVERNANCE-PII-CLASSIFICATION", "warning"),
            SourcePosition.file("pom.xml"),
            TestWording.MAVEN_WORDS),
        "all",
        "");
  }
}
