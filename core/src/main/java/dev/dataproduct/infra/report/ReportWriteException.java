package dev.dataproduct.infra.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report could not be written. Checked on purpose: it is a build error (the file system), never a
 * contract violation, and the caller should say so, e.g. as a {@code MojoExecutionException}. The
 * message names the file and the reason and reads well on its own.
 */
public final class ReportWriteException extends IOException {

  private final Path path;

  ReportWriteException(String message, Path path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The file or directory that could not be written. */
  public Path path() {
    return path;
  }
}
