package dev.dataproduct.logic.check;

import dev.dataproduct.compat.ContractChanges;
import dev.dataproduct.compat.ContractChanges.FieldChange;
import dev.dataproduct.compat.ContractChanges.PortChange;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check's outcome as GitHub-flavoured Markdown, to post as a pull-request comment: what changed
 * per port since the baseline ({@link ContractChanges}, as the catalog's version pages show it),
 * the verdict, and every finding with its rule ID. Names, messages and values from the user's files
 * are escaped, so a {@code |} or a backtick cannot break a table or a code span.
 */
public final class ChangeReport {

  /** The report's file name in the report directory, beside {@code check-report.json}. */
  public static final String FILE_NAME = "check-changes.md";

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private ChangeReport() {}

  /**
   * @param summary the goal's summary line; shown when there is a baseline (a first release's says
   *     where the build looked, which a pull-request comment does not need)
   * @param result the comparison; a first release has no baseline version
   * @param baseline the release compared with, or {@code null} for a first release
   * @param current the contract being built
   * @param findings every finding the goal reports, in order
   */
  public static String markdown(
      String summary,
      CheckResult result,
      Contract baseline,
      Contract current,
      List<Finding> findings) {
    StringBuilder md = new StringBuilder();
    long errors = Counts.of(findings, Severity.ERROR);
    String check =
        (errors > 0 ? "check fails with " : "check passes with ")
            + Counts.plural(errors, "error")
            + ", "
            + Counts.plural(Counts.of(findings, Severity.WARNING), "warning");
    if (baseline == null) {
      md.append("## ")
          .append(text(result.productName()))
          .append(' ')
          .append(text(current.version()))
          .append(": first release\n\n");
      // The summary says where the build looked for earlier releases (repository addresses,
      // local folders): nothing a pull request's readers need, so a first release says only that.
      int adopted = adoptedVersions(current);
      md.append(
              adopted == 0
                  ? "**First release: nothing to compare with**"
                  : "**First release with the plugin: checked against the history its ports had before it ("
                      + Counts.plural(adopted, "schema version")
                      + ")**")
          .append(" · ")
          .append(check)
          .append("\n\n");
      md.append("| Port | Topic | Compatibility |\n| --- | --- | --- |\n");
      for (OutputPort port : current.descriptor().outputPorts()) {
        md.append("| ")
            .append(code(port.name()))
            .append(" | ")
            .append(code(port.topic()))
            .append(" | ")
            .append(text(port.effectiveCompatibility()))
            .append(" |\n");
      }
    } else {
      md.append("## ")
          .append(text(result.productName()))
          .append(' ')
          .append(text(current.version()))
          .append(" compared with ")
          .append(text(baseline.version()))
          .append("\n\n");
      md.append("**Verdict: ")
          .append(result.breakingChanges() > 0 ? "breaking" : "compatible")
          .append("** · ")
          .append(check)
          .append("\n\n")
          .append(text(summary))
          .append('\n');
      List<PortChange> changes = ContractChanges.between(baseline, current);
      if (changes.isEmpty()) {
        md.append("\nNo output port changed its schemas or compatibility level.\n");
      }
      for (PortChange change : changes) {
        port(change, findings, md);
      }
    }
    if (!findings.isEmpty()) {
      md.append(
          "\n### Findings\n\n| Severity | Rule | Where | Message |\n| --- | --- | --- | --- |\n");
      for (Finding f : findings) {
        md.append("| ")
            .append(f.severity().label())
            .append(f.isWaived() ? " (waived)" : "")
            .append(" | ")
            .append(code(f.ruleId()))
            .append(" | ")
            .append(code(f.position().toString()))
            .append(" | ")
            .append(
                text(
                    f.isWaived()
                        ? f.message() + " (waived: " + f.justification() + ")"
                        : f.message()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /**
   * The schema versions a first release's ports carry from before the plugin (the adopted history),
   * keys and values.
   */
  private static int adoptedVersions(Contract first) {
    return first.ports().values().stream()
        .mapToInt(p -> p.keyHistory().size() + p.valueHistory().size())
        .sum();
  }

  private static void port(PortChange change, List<Finding> findings, StringBuilder md) {
    md.append("\n### Port ")
        .append(code(change.port()))
        .append(' ')
        .append(change.change())
        .append(": ")
        .append(change.verdict())
        .append("\n\n")
        .append(text(capitalized(change.explanation())))
        .append('\n');
    if (change.hasFields()) {
      md.append(
          "\n| Part | Field | Change | Change class | Detail |\n| --- | --- | --- | --- | --- |\n");
      for (FieldChange f : change.fields()) {
        md.append("| ")
            .append(f.part())
            .append(" | ")
            .append(code(f.field()))
            .append(" | ")
            .append(f.change())
            .append(" | ")
            .append(f.changeClass())
            .append(" | ")
            .append(text(f.detail()))
            .append(" |\n");
      }
    }
    String target = Texts.target(change.port());
    List<String> rules =
        findings.stream()
            .filter(
                f ->
                    f.target() != null
                        && (f.target().equals(target) || f.target().startsWith(target + "/")))
            .map(Finding::ruleId)
            .distinct()
            .map(ChangeReport::code)
            .toList();
    if (!rules.isEmpty()) {
      md.append("\nRules: ").append(String.join(", ", rules)).append('\n');
    }
  }

  /** Text in a paragraph or table cell: Markdown's punctuation escaped, one line. */
  static String text(String value) {
    if (value == null) {
      return "–";
    }
    // An underscore inside a word (BACKWARD_TRANSITIVE, order_id) emphasises nothing in GFM, so it
    // stays readable.
    return value
        .replaceAll("\\R", " ")
        .replaceAll("([\\\\`*\\[\\]<>|~&#])", "\\\\$1")
        .replaceAll("(?<![\\p{Alnum}])_|_(?![\\p{Alnum}])", "\\\\_");
  }

  /**
   * A code span that holds any text: a fence longer than its longest run of backticks, {@code |}
   * escaped for tables.
   */
  static String code(String value) {
    if (value == null) {
      return "–";
    }
    String oneLine = value.replaceAll("\\R", " ");
    int longest = 0;
    Matcher run = BACKTICKS.matcher(oneLine);
    while (run.find()) {
      longest = Math.max(longest, run.group().length());
    }
    String fence = "`".repeat(longest + 1);
    String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return fence + pad + oneLine.replace("|", "\\|") + pad + fence;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
