package dev.dataproduct.infra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportInputTest {

  @Test
  void findingsAreSortedByFileLineAndColumn() {
    List<Finding> findings = ReportFixtures.mixed().findings();

    assertEquals(
        List.of(
            "dataproduct.yaml:4:3",
            "dataproduct.yaml:20:12",
            "src/main/avro/Missing.avsc:1:1",
            "src/main/avro/com/example/OrderEvent.avsc:12:7"),
        findings.stream().map(f -> f.position().toString()).toList());
  }

  @Test
  void countsBySeverityWithWaivedFindingsAsInfo() {
    ReportInput input = ReportFixtures.mixed();

    assertEquals(2, input.count(Severity.ERROR));
    assertEquals(1, input.count(Severity.WARNING));
    assertEquals(1, input.count(Severity.INFO));
    assertEquals(1, input.waivedCount());
  }

  @Test
  void reportedRulesAreTheRulesRunThenTheRulesOfFindingsNotAmongThem() {
    List<String> ids = ReportFixtures.mixed().reportedRules().stream().map(Rule::id).toList();

    assertEquals(
        List.of(
            "DESCRIPTOR-UNKNOWN-KEY",
            "GOVERNANCE-FIELD-DOC",
            "DESCRIPTOR-REQUIRED",
            "NAMING-TOPIC-COLLISION",
            "SCHEMA-FILE-MISSING"),
        ids);
  }

  @Test
  void ofRunsTheWholeCatalog() {
    ReportInput input = ReportInput.of("validate", "orders", "2.1.0", "0.1.0", List.of());

    assertEquals(RuleCatalog.all(), input.rulesRun());
    assertEquals(Map.of(), input.summary());
  }

  @Test
  void goalThatCannotNameAFileIsRejected() {
    for (String goal : new String[] {null, "", "Validate", "../etc", "val idate"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ReportInput(
                      goal, "orders", "1.0.0", "0.1.0", List.of(), List.of(), Map.of()));
      assertTrue(e.getMessage().endsWith(": " + goal), e.getMessage());
    }
  }
}
