package dev.dataproduct.goal;

import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.report.ReportFiles;
import dev.dataproduct.report.ReportInput;
import dev.dataproduct.report.ReportWriteException;
import dev.dataproduct.report.ReportWriter;
import dev.dataproduct.support.BuildError;
import java.nio.file.Path;
import java.util.List;

/** Writes a goal's JSON, JUnit XML and SARIF reports; a failure to write them is a build error. */
final class Reports {

  private Reports() {}

  /** Writes the reports and returns the JSON one, which the failure message points to. */
  static Path write(Path directory, String goal, DataProduct product, BuildFacts facts, List<Finding> findings) {
    String name = product == null ? null : product.name();
    try {
      ReportFiles files = ReportWriter.write(ReportInput.of(goal, name, facts.version(), facts.toolVersion(), findings), directory);
      return files.json();
    } catch (ReportWriteException e) {
      throw new BuildError(e.getMessage() + "; check that the build directory is writable", e);
    }
  }
}
