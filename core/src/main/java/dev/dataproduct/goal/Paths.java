package dev.dataproduct.goal;

import java.io.File;
import java.nio.file.Path;

/** Paths as the goals' messages show them. */
final class Paths {

  private Paths() {}

  /** {@code file} relative to the project's base directory, with {@code /}. */
  static String relative(Path baseDir, Path file) {
    return baseDir.relativize(file.toAbsolutePath()).toString().replace(File.separatorChar, '/');
  }
}
