package dev.dataproduct.goal;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.report.ReportFiles;
import dev.dataproduct.infra.report.ReportInput;
import dev.dataproduct.infra.report.ReportWriteException;
import dev.dataproduct.infra.report.ReportWriter;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a goal's JSON, JUnit XML and SARIF reports, and the Markdown ones; a failure to write them
 * is a build error.
 */
final class Reports {

  private Reports() {}

  /** Writes the reports and returns the JSON one, which the failure message points to. */
  static Path write(
      Path directory, String goal, DataProduct product, BuildFacts facts, List<Finding> findings) {
    return write(directory, goal, product, facts, findings, RuleSettings.defaults(), Map.of());
  }

  /**
   * {@link #write(Path, String, DataProduct, BuildFacts, List)} for a goal that ran with {@code
   * settings}: the rules they switch off are not among the rules the reports say ran, and the
   * summary says how many findings each of them dropped ({@code switchedOff}, by rule ID).
   */
  static Path write(
      Path directory,
      String goal,
      DataProduct product,
      BuildFacts facts,
      List<Finding> findings,
      RuleSettings settings,
      Map<String, Integer> switchedOff) {
    String name = product == null ? null : product.name();
    List<Rule> run = new ArrayList<>();
    Map<String, String> summary = new LinkedHashMap<>();
    for (Rule rule : RuleCatalog.all()) {
      if (settings.severityOf(rule).isPresent()) {
        run.add(rule);
      } else {
        int dropped = switchedOff.getOrDefault(rule.id(), 0);
        summary.put(
            "switched off: " + rule.id(), Counts.plural(dropped, "finding") + " not reported");
      }
    }
    try {
      ReportFiles files =
          ReportWriter.write(
              new ReportInput(
                  goal, name, facts.version(), facts.toolVersion(), findings, run, summary),
              directory);
      return files.json();
    } catch (ReportWriteException e) {
      throw new BuildError(e.getMessage() + "; check that the build directory is writable", e);
    }
  }

  /** Writes a goal's Markdown report {@code fileName} and says where at INFO. */
  static Path writeMarkdown(
      Path directory, String fileName, String markdown, String what, BuildFacts facts) {
    try {
      Path file = ReportWriter.writeText(directory, fileName, markdown);
      facts.log().info(what + ": " + file);
      return file;
    } catch (ReportWriteException e) {
      throw new BuildError(e.getMessage() + "; check that the build directory is writable", e);
    }
  }

  /** Removes a Markdown report an earlier build wrote, so that nothing posts it as this build's. */
  static void removeStale(Path directory, String fileName) {
    Path file = directory.resolve(fileName);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot delete the earlier report "
              + file
              + ": "
              + e.getMessage()
              + "; check that the build directory is writable",
          e);
    }
  }
}
