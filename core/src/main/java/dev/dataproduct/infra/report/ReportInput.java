package dev.dataproduct.infra.report;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a goal's reports say: which goal ran on which product with which plugin version, what
 * it found, and which rules it ran.
 *
 * <p>Findings are kept in {@link Findings#ORDER} (file, line, column, rule) whatever order they
 * come in, so the same build writes the same bytes. Reports carry no timestamp for the same reason.
 *
 * @param goal the goal that ran, e.g. {@code validate}; it names the report files, so it must be
 *     lower case letters, digits and {@code -}
 * @param productName the product's name, or {@code null} when the descriptor could not be read
 * @param productVersion the product's version, or {@code null} when not known
 * @param toolVersion the plugin's version, or {@code null} when not known
 * @param findings every finding of the run, waived ones included
 * @param rulesRun the rules the goal ran; SARIF lists them as the tool's rules
 * @param summary extra facts for the reader, e.g. {@code policy -> mesh-policy.yaml}; kept in the
 *     order given
 */
public record ReportInput(
    String goal,
    String productName,
    String productVersion,
    String toolVersion,
    List<Finding> findings,
    List<Rule> rulesRun,
    Map<String, String> summary) {

  /** The tool named in every report. */
  public static final String TOOL_NAME = "dataproduct-maven-plugin";

  private static final Pattern GOAL = Pattern.compile("[a-z][a-z0-9-]*");

  public ReportInput {
    if (goal == null || !GOAL.matcher(goal).matches()) {
      throw new IllegalArgumentException(
          "goal must be a lower-case goal name such as validate (it names the report files): "
              + goal);
    }
    List<Finding> ordered = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    ordered.sort(Findings.ORDER);
    findings = Collections.unmodifiableList(ordered);
    rulesRun = List.copyOf(Objects.requireNonNull(rulesRun, "rulesRun"));
    summary =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(summary, "summary")));
  }

  /** Input for a goal that ran every rule of the {@link RuleCatalog}, without summary extras. */
  public static ReportInput of(
      String goal,
      String productName,
      String productVersion,
      String toolVersion,
      List<Finding> findings) {
    return new ReportInput(
        goal, productName, productVersion, toolVersion, findings, RuleCatalog.all(), Map.of());
  }

  /** How many findings have this severity; waived findings are {@link Severity#INFO}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** How many findings a waiver accepted. */
  public long waivedCount() {
    return findings.stream().filter(Finding::isWaived).count();
  }

  /**
   * The rules the reports describe: {@link #rulesRun()}, then any rule a finding names that is not
   * among them, each ID once. SARIF results point into this list by index.
   */
  public List<Rule> reportedRules() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    rulesRun.forEach(r -> byId.putIfAbsent(r.id(), r));
    findings.forEach(f -> byId.putIfAbsent(f.ruleId(), f.rule()));
    return List.copyOf(byId.values());
  }
}
