package dev.dataproduct.logic.check;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of comparing a product with its previous release.
 *
 * @param productName the product's name
 * @param version the version checked
 * @param baselineVersion the release it was compared with, or {@code null} for a first release
 * @param findings every finding, sorted by position, with waivers and the major-version rule
 *     applied
 * @param portsCompared output ports present in both releases (a renamed port counts once)
 * @param breakingChanges breaking findings at ERROR before a new major version allowed them, waived
 *     ones not counted
 * @param breakingAllowed whether a new major version allowed the breaking changes
 * @param switchedOff rule ID to the number of findings its level {@code off} dropped, by rule ID
 */
public record CheckResult(
    String productName,
    String version,
    String baselineVersion,
    List<Finding> findings,
    int portsCompared,
    int breakingChanges,
    boolean breakingAllowed,
    Map<String, Integer> switchedOff) {

  public CheckResult {
    findings = List.copyOf(findings);
    switchedOff = Collections.unmodifiableMap(new TreeMap<>(switchedOff));
  }

  public boolean isFirstRelease() {
    return baselineVersion == null;
  }

  public long count(Severity severity) {
    return Counts.of(findings, severity);
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * The goal's one INFO line, e.g. {@code Compared orders 1.2.0 with 1.1.0: 2 output ports, 1
   * breaking change, 0 warnings}; for a first release {@code No earlier release of orders to
   * compare 1.0.0 with; this is the first release}.
   */
  public String summaryLine() {
    if (isFirstRelease()) {
      return "No earlier release of %s to compare %s with; this is the first release"
          .formatted(productName, version);
    }
    String allowed =
        breakingAllowed && breakingChanges > 0
            ? " allowed by the major version "
                + ReleaseVersion.parse(version)
                    .map(ReleaseVersion::major)
                    .map(String::valueOf)
                    .orElse(version)
            : "";
    return "Compared %s %s with %s: %s, %s%s, %s"
        .formatted(
            productName,
            version,
            baselineVersion,
            Counts.plural(portsCompared, "output port"),
            Counts.plural(breakingChanges, "breaking change"),
            allowed,
            Counts.plural(count(Severity.WARNING), "warning"));
  }
}
