package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.VersionRules;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentSourcesTest {

  private static final Path FIXTURE = Path.of("src/test/resources/check/COMPAT-WIRE");

  @Test
  void withoutSchemaFilesFindingsPointAtThePortsSchemaReference() {
    Contract baseline = FixtureProduct.load(FIXTURE.resolve("previous"), null).contract();
    FixtureProduct current = FixtureProduct.load(FIXTURE.resolve("current"), baseline);

    CheckResult result =
        ContractCheck.check(
            baseline,
            current.contract(),
            new CurrentSources(current.validation().product(), null),
            List.of(),
            RuleSettings.defaults());

    List<SourcePosition> wire =
        result.findings().stream()
            .filter(f -> f.rule() == CompatRules.WIRE)
            .map(Finding::position)
            .distinct()
            .toList();
    // value: { schema: com/example/Order.avsc } on line 13, the path starting in column 22
    assertEquals(List.of(new SourcePosition("dataproduct.yaml", 13, 22)), wire);
    assertEquals(4, result.breakingChanges());
  }

  private static final SourcePosition POM_VERSION = new SourcePosition("pom.xml", 8, 12);

  @Test
  void theMajorVersionErrorPointsAtThePomWhenTheDescriptorHasNoVersion(@TempDir Path project)
      throws IOException {
    Contract baseline = FixtureProduct.load(FIXTURE.resolve("previous"), null).contract();
    FixtureProduct current = FixtureProduct.load(FIXTURE.resolve("current"), baseline);
    // The same product without version: in its descriptor, as most projects have it: the version is
    // the POM's.
    Path descriptor = project.resolve("dataproduct.yaml");
    String yaml = Files.readString(FIXTURE.resolve("current/dataproduct.yaml"));
    Files.writeString(descriptor, yaml.replace("version: 1.2.0\n", ""));
    ValidationResult withoutVersion =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(
                ValidationRequest.of(
                    project,
                    descriptor,
                    FIXTURE.resolve("current/src/main/avro").toAbsolutePath(),
                    "1.2.0"));

    CheckResult result =
        ContractCheck.check(
            baseline,
            current.contract(),
            new CurrentSources(withoutVersion.product(), withoutVersion.schemas(), POM_VERSION),
            List.of(),
            RuleSettings.defaults());

    assertEquals(List.of(POM_VERSION), positionsOf(result, VersionRules.MAJOR_FOR_BREAKING));
  }

  @Test
  void theMajorVersionErrorPointsAtTheDescriptorsVersionWhenItHasOne() {
    Contract baseline = FixtureProduct.load(FIXTURE.resolve("previous"), null).contract();
    FixtureProduct current = FixtureProduct.load(FIXTURE.resolve("current"), baseline);

    CheckResult result =
        ContractCheck.check(
            baseline,
            current.contract(),
            new CurrentSources(
                current.validation().product(), current.validation().schemas(), POM_VERSION),
            List.of(),
            RuleSettings.defaults());

    // version: 1.2.0 on line 5, the value in column 10
    assertEquals(
        List.of(new SourcePosition("dataproduct.yaml", 5, 10)),
        positionsOf(result, VersionRules.MAJOR_FOR_BREAKING));
  }

  private static List<SourcePosition> positionsOf(CheckResult result, Rule rule) {
    return result.findings().stream().filter(f -> f.rule() == rule).map(Finding::position).toList();
  }
}
