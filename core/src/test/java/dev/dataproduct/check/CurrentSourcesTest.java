package dev.dataproduct.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.RuleSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentSourcesTest {

  private static final Path FIXTURE = Path.of("src/test/resources/check/COMPAT-WIRE");

  @Test
  void withoutSchemaFilesFindingsPointAtThePortsSchemaReference() {
    Contract baseline = FixtureProduct.load(FIXTURE.resolve("previous"), null).contract();
    FixtureProduct current = FixtureProduct.load(FIXTURE.resolve("current"), baseline);

    CheckResult result =
        ContractCheck.check(baseline, current.contract(), new CurrentSources(current.validation().product(), null), List.of(), RuleSettings.defaults());

    List<SourcePosition> wire = result.findings().stream().filter(f -> f.rule() == CompatRules.WIRE).map(Finding::position).distinct().toList();
    // value: { schema: com/example/Order.avsc } on line 13, the path starting in column 22
    assertEquals(List.of(new SourcePosition("dataproduct.yaml", 13, 22)), wire);
    assertEquals(4, result.breakingChanges());
  }
}
