package dev.dataproduct.maven;

import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.report.ReportFiles;
import dev.dataproduct.report.ReportInput;
import dev.dataproduct.report.ReportWriteException;
import dev.dataproduct.report.ReportWriter;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.util.List;

/** Writes a goal's JSON, JUnit XML and SARIF reports; a failure to write them is a build error. */
final class Reports {

  private Reports() {}

  /** Writes the reports and returns the JSON one, which the failure message points to. */
  static File write(File directory, String goal, DataProduct product, String version, String pluginVersion, List<Finding> findings) {
    String name = product == null ? null : product.name();
    try {
      ReportFiles files = ReportWriter.write(ReportInput.of(goal, name, version, pluginVersion, findings), directory.toPath());
      return files.json().toFile();
    } catch (ReportWriteException e) {
      throw new BuildError(e.getMessage() + "; check that the build directory is writable", e);
    }
  }
}
