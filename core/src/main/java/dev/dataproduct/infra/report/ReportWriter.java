package dev.dataproduct.infra.report;

import dev.dataproduct.support.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a goal's three reports into a directory (the goals use {@code target/dataproduct/}),
 * creating it when needed.
 *
 * <p>Each file is written to a temporary file next to it and then moved into place, atomically
 * where the file system can, so a reader (a CI step, an IDE) never sees a half-written report and a
 * failed write leaves the previous report intact. A report that exists is replaced.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * Writes {@code <goal>-report.json}, {@code TEST-dataproduct-<goal>.xml} and {@code <goal>.sarif}
   * into {@code directory}.
   *
   * @return the three files written
   * @throws ReportWriteException when the directory cannot be created or a file cannot be written;
   *     its message names the path and the reason
   */
  public static ReportFiles write(ReportInput input, Path directory) throws ReportWriteException {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ReportWriteException(
          "Cannot create report directory " + directory + ": " + FileTrees.reason(e), directory, e);
    }
    String goal = input.goal();
    Path json =
        writeAtomically(
            directory.resolve(JsonReport.fileName(goal)), out -> JsonReport.write(input, out));
    Path junit =
        writeAtomically(
            directory.resolve(JUnitReport.fileName(goal)), out -> JUnitReport.write(input, out));
    Path sarif =
        writeAtomically(
            directory.resolve(SarifReport.fileName(goal)), out -> SarifReport.write(input, out));
    return new ReportFiles(json, junit, sarif);
  }

  /**
   * Writes one more report of a goal, {@code text} as UTF-8, into {@code directory} the same way: a
   * reader never sees half of it.
   *
   * @throws ReportWriteException when the directory cannot be created or the file cannot be written
   */
  public static Path writeText(Path directory, String fileName, String text)
      throws ReportWriteException {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ReportWriteException(
          "Cannot create report directory " + directory + ": " + FileTrees.reason(e), directory, e);
    }
    return writeAtomically(
        directory.resolve(fileName), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Path writeAtomically(Path target, FileTrees.Content content)
      throws ReportWriteException {
    try {
      FileTrees.writeAtomically(target, content);
      return target;
    } catch (IOException e) {
      throw new ReportWriteException(
          "Cannot write report " + target + ": " + FileTrees.reason(e), target, e);
    }
  }
}
