package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a goal that judges the contract leaves for its front end to report: one summary line, the
 * findings, and where the full report is. The front end prints them and fails the build on errors
 * (or warnings, when asked to).
 *
 * @param summary the goal's one INFO line, e.g. {@code Validated orders 1.2.0: 2 ports, 3 schemas,
 *     0 errors, 1 warning}
 * @param report the JSON report, for the "and N more" line and the failure message
 * @param judged whether the goal judged the contract; {@code false} when it could not (check of a
 *     contract that does not validate), so passing it proves nothing
 */
public record GoalOutcome(String summary, List<Finding> findings, Path report, boolean judged) {

  public GoalOutcome {
    findings = List.copyOf(findings);
  }
}
