package dev.dataproduct.finding;

import dev.dataproduct.rules.Severity;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Counting findings for summary lines: "0 errors, 1 warning". */
public final class Counts {

  private Counts() {}

  public static long of(Collection<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** {@code "1 warning"}, {@code "2 warnings"}. */
  public static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code "1 class"}, {@code "2 classes"}: for nouns whose plural is not just an added s. */
  public static String plural(long n, String noun, String nouns) {
    return n + " " + (n == 1 ? noun : nouns);
  }

  /**
   * The clause a summary line ends with when rules switched off dropped findings, such as {@code ";
   * not reported, their rules switched off: COMPAT-DEFAULT-CHANGED (1 finding),
   * GOVERNANCE-FIELD-DOC (2 findings)"}; empty when none was dropped. A switched-off rule is
   * something the build did not check, so a build that passes says so.
   *
   * @param dropped rule ID to the number of findings dropped, in the order to name them
   */
  public static String switchedOff(Map<String, Integer> dropped) {
    if (dropped.isEmpty()) {
      return "";
    }
    return "; not reported, their rules switched off: "
        + dropped.entrySet().stream()
            .map(rule -> rule.getKey() + " (" + plural(rule.getValue(), "finding") + ")")
            .collect(Collectors.joining(", "));
  }

  /** {@code "0 errors, 1 warning"}. */
  public static String errorsAndWarnings(Collection<Finding> findings) {
    return plural(of(findings, Severity.ERROR), "error")
        + ", "
        + plural(of(findings, Severity.WARNING), "warning");
  }
}
