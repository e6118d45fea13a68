package dev.dataproduct.finding;

import dev.dataproduct.rules.Severity;
import java.util.Collection;

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

  /** {@code "0 errors, 1 warning"}. */
  public static String errorsAndWarnings(Collection<Finding> findings) {
    return plural(of(findings, Severity.ERROR), "error")
        + ", "
        + plural(of(findings, Severity.WARNING), "warning");
  }
}
