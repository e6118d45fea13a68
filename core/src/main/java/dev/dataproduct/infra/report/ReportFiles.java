package dev.dataproduct.infra.report;

import java.nio.file.Path;
import java.util.List;

/** The files {@link ReportWriter} wrote. */
public record ReportFiles(Path json, Path junitXml, Path sarif) {

  /** All three, in the order JSON, JUnit XML, SARIF. */
  public List<Path> all() {
    return List.of(json, junitXml, sarif);
  }
}
