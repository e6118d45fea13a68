package dev.dataproduct.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a goal's three reports into a directory (the goals use {@code target/dataproduct/}),
 * creating it when needed.
 *
 * <p>Each file is written to a temporary file next to it and then moved into place, atomically
 * where the file system can, so a reader (a CI step, an IDE) never sees a half-written report and
 * a failed write leaves the previous report intact. A report that exists is replaced.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /** What writes one report's content to a stream. */
  @FunctionalInterface
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

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
          "Cannot create report directory " + directory + ": " + reason(e), directory, e);
    }
    String goal = input.goal();
    Path json = writeAtomically(directory.resolve(JsonReport.fileName(goal)), out -> JsonReport.write(input, out));
    Path junit = writeAtomically(directory.resolve(JUnitReport.fileName(goal)), out -> JUnitReport.write(input, out));
    Path sarif = writeAtomically(directory.resolve(SarifReport.fileName(goal)), out -> SarifReport.write(input, out));
    return new ReportFiles(json, junit, sarif);
  }

  /**
   * Writes one more report of a goal, {@code text} as UTF-8, into {@code directory} the same way:
   * a reader never sees half of it.
   *
   * @throws ReportWriteException when the directory cannot be created or the file cannot be written
   */
  public static Path writeText(Path directory, String fileName, String text) throws ReportWriteException {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ReportWriteException(
          "Cannot create report directory " + directory + ": " + reason(e), directory, e);
    }
    return writeAtomically(directory.resolve(fileName), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Path writeAtomically(Path target, Content content) throws ReportWriteException {
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      // Not Files.createTempFile: it makes the file owner-only, and the report would keep that.
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(out);
      }
      move(temporary, target);
      return target;
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new ReportWriteException("Cannot write report " + target + ": " + reason(e), target, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The write already failed; that is the error worth reporting.
    }
  }

  /** NIO exceptions often carry only a path as their message; say what happened instead. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way: " + ((FileSystemException) e).getFile();
    }
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
