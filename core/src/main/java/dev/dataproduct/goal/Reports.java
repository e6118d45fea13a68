package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.report.ReportFiles;
import dev.dataproduct.infra.report.ReportInput;
import dev.dataproduct.infra.report.ReportWriteException;
import dev.dataproduct.infra.report.ReportWriter;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a goal's JSON, JUnit XML and SARIF reports, and the Markdown ones; a failure to write them
 * is a build error.
 */
final class Reports {

  private Reports() {}

  /** Writes the reports and returns the JSON one, which the failure message points to. */
  static Path write(
      Path directory, String goal, DataProduct product, BuildFacts facts, List<Finding> findings) {
    String name = product == null ? null : product.name();
    try {
      ReportFiles files =
          ReportWriter.write(
              ReportInput.of(goal, name, facts.version(), facts.toolVersion(), findings),
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
