package dev.dataproduct.finding;

import java.util.Objects;

/**
 * Where a finding points: a path relative to the project base directory (always with {@code /}) and
 * a 1-based line and column. Line or column 0 means "unknown", e.g. for a file that does not exist.
 */
public record SourcePosition(String path, int line, int column)
    implements Comparable<SourcePosition> {

  public SourcePosition {
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A position for a whole file, without line or column. */
  public static SourcePosition file(String path) {
    return new SourcePosition(path, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  /**
   * {@code path:line:column}, as compilers print it; unknown parts print as 1 so IDEs still link.
   */
  @Override
  public String toString() {
    return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
  }

  @Override
  public int compareTo(SourcePosition other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
