package dev.dataproduct.logic.codegen;

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
 * @param counts how many classes of each kind were generated
 * @param notes input ports that got no consumer, each with why and what to do
 */
public record CodegenResult(
    Path outputDirectory,
    String javaPackage,
    List<String> written,
    List<String> unchanged,
    List<String> deleted,
    Counts counts,
    List<String> notes) {

  /**
   * @param avroClasses Avro classes of the product's own schemas
   * @param producers one per output port
   * @param consumers one per output port
   * @param upstreamConsumers one per input port whose upstream is on the dependency path
   */
  public record Counts(int avroClasses, int producers, int consumers, int upstreamConsumers) {}

  public CodegenResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
    notes = List.copyOf(notes);
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
