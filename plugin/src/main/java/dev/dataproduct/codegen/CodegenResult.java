package dev.dataproduct.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What generating did, each list of paths relative to the output directory, sorted.
 *
 * @param outputDirectory where the sources are
 * @param javaPackage the package of the port classes
 * @param written files created or changed
 * @param unchanged files that already had the right content and were left alone
 * @param deleted files generated before that are no longer generated, removed
 */
public record CodegenResult(Path outputDirectory, String javaPackage, List<String> written, List<String> unchanged, List<String> deleted) {

  public CodegenResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }

  /** Whether anything on disk changed. */
  public boolean changed() {
    return !written.isEmpty() || !deleted.isEmpty();
  }

  /** Every generated file, written or unchanged. */
  public int fileCount() {
    return written.size() + unchanged.size();
  }
}
