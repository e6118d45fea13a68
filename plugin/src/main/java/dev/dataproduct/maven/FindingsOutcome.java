package dev.dataproduct.maven;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.goal.GoalOutcome;
import dev.dataproduct.rules.Severity;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.build.BuildContext;

/**
 * The one place where a goal's findings become what Maven shows: the summary line, each finding at
 * its log level (errors, then warnings, then notes, each capped on its own, with the rest in the
 * reports), IDE markers, and a single {@link MojoFailureException} when the contract is violated.
 */
final class FindingsOutcome {

  private final Log log;
  private final int maxPrinted;

  FindingsOutcome(Log log, int maxPrinted) {
    this.log = log;
    this.maxPrinted = maxPrinted;
  }

  /** Prints a goal's outcome, and fails once if its findings break the build. */
  void conclude(String goal, GoalOutcome outcome, boolean failOnWarning)
      throws MojoFailureException {
    conclude(goal, outcome.summary(), outcome.findings(), failOnWarning, outcome.report().toFile());
  }

  /**
   * Prints the summary and the findings, and fails once if they break the build.
   *
   * @param goal e.g. {@code validate}
   * @param summary the goal's one-line INFO summary
   * @param jsonReport where the full list is, for the "and N more" line
   */
  void conclude(
      String goal, String summary, List<Finding> findings, boolean failOnWarning, File jsonReport)
      throws MojoFailureException {
    log.info(summary);
    // Errors first, each severity capped on its own: on a legacy tree a thousand warnings that
    // come first in file order must not hide the errors that fail the build.
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<Finding> ofSeverity = findings.stream().filter(f -> f.severity() == severity).toList();
      ofSeverity.stream().limit(Math.max(maxPrinted, 0)).forEach(this::print);
      int more = ofSeverity.size() - Math.min(ofSeverity.size(), Math.max(maxPrinted, 0));
      if (more > 0) {
        String line = "... and " + more + " more " + noun(severity, more) + " in " + jsonReport;
        switch (severity) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          case INFO -> log.info(line);
        }
      }
    }
    long errors = Counts.of(findings, Severity.ERROR);
    long warnings = Counts.of(findings, Severity.WARNING);
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      String what =
          errors > 0
              ? Counts.plural(errors, "error")
              : Counts.plural(warnings, "warning") + " (failOnWarning is set)";
      throw new MojoFailureException(
          "dataproduct:"
              + goal
              + " found "
              + what
              + " in the data product contract; see the lines above or "
              + jsonReport);
    }
  }

  private static String noun(Severity severity, int n) {
    String word = severity == Severity.INFO ? "note" : severity.name().toLowerCase(Locale.ROOT);
    return n == 1 ? word : word + "s";
  }

  private void print(Finding finding) {
    String text = finding.format();
    switch (finding.severity()) {
      case ERROR -> log.error(text);
      case WARNING -> log.warn(text);
      case INFO -> log.info(text);
    }
  }

  /**
   * Puts markers on the right lines in the IDE. Call it only inside m2e: on the command line the
   * default build context would print every finding a second time.
   */
  static void mark(
      BuildContext buildContext, File baseDir, List<File> checkedFiles, List<Finding> findings) {
    checkedFiles.forEach(buildContext::removeMessages);
    for (Finding finding : findings) {
      if (finding.severity() == Severity.INFO) {
        continue;
      }
      File file = new File(baseDir, finding.position().path());
      int severity =
          finding.severity() == Severity.ERROR
              ? BuildContext.SEVERITY_ERROR
              : BuildContext.SEVERITY_WARNING;
      String message =
          "["
              + finding.ruleId()
              + "] "
              + finding.message()
              + (finding.hint() == null ? "" : " (" + finding.hint() + ")");
      buildContext.addMessage(
          file, finding.position().line(), finding.position().column(), message, severity, null);
    }
  }
}
