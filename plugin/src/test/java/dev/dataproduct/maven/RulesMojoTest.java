package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn dataproduct:rules} prints each rule with its severity, the goal that reports it and
 * its change class (issue 12), as the it/ build rules-listed shows from the command line.
 */
class RulesMojoTest {

  private static List<String> listed() {
    RecordingMavenLog log = new RecordingMavenLog();
    RulesMojo mojo = new RulesMojo();
    mojo.setLog(log);
    mojo.execute();
    return log.logged("INFO");
  }

  @Test
  void eachRuleShowsItsSeverityGoalAndChangeClass() {
    List<String> lines = listed();

    assertEquals(
        "  RULE-ID                            severity goal     change     purpose", lines.get(0));
    assertTrue(
        lines.contains(
            "  GOVERNANCE-FIELD-DOC               warning  validate none       Every schema field has a doc."),
        String.join("\n", lines));
    assertTrue(
        lines.stream().anyMatch(l -> l.matches("  COMPAT-[A-Z-]+ +error +check +breaking +\\S.*")),
        "a compatibility rule is reported by check and is breaking:\n" + String.join("\n", lines));
    assertTrue(
        lines.contains(
            "  breaking   breaks consumers of the previous release: allowed in a new major version,"
                + " an error otherwise"),
        String.join("\n", lines));
    assertEquals(
        RuleCatalog.all().size()
            + " rules. Change one with <rules><RULE-ID>off|info|warning|error</RULE-ID></rules>.",
        lines.get(lines.size() - 1));
  }
}
