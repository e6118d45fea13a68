package dev.dataproduct.logic.importing;

import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an import's files into a project directory, all or nothing: every file is written into a
 * staging folder beside them first, an existing file is never overwritten, and the files are moved
 * into place only when all of them are ready. A failure leaves the directory as it was.
 */
public final class ImportWriter {

  private ImportWriter() {}

  /**
   * @return the paths written, relative to {@code directory}, sorted
   * @throws BuildError when a file exists already, when the result has errors, or on an I/O error
   */
  public static List<String> write(ImportResult result, Path directory) {
    if (result.hasErrors() || result.files().isEmpty()) {
      throw new BuildError(
          "Nothing was imported: the source has problems (listed above); nothing was written to "
              + directory);
    }
    List<String> existing =
        result.files().keySet().stream().filter(p -> Files.exists(directory.resolve(p))).toList();
    if (!existing.isEmpty()) {
      throw new BuildError(
          "Nothing was imported: "
              + String.join(", ", existing)
              + " already exist"
              + (existing.size() == 1 ? "s" : "")
              + " in "
              + directory
              + "; the import never overwrites a file. Import into an empty directory, or move them away");
    }
    Path staging = null;
    List<Path> moved = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      staging = Files.createTempDirectory(directory, ".dataproduct-import-");
      for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      for (String path : result.files().keySet()) {
        Path target = directory.resolve(path);
        Files.createDirectories(target.getParent());
        move(staging.resolve(path), target);
        moved.add(target);
      }
      return List.copyOf(result.files().keySet());
    } catch (IOException e) {
      // Take back what was moved, so that the directory is as it was.
      for (Path file : moved) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // Reported below with the first failure.
        }
      }
      throw new BuildError(
          "Nothing was imported into "
              + directory
              + ": "
              + e
              + "; check that the directory is writable",
          e);
    } finally {
      delete(staging);
    }
  }

  /**
   * Moves without replacing (no REPLACE_EXISTING): a file that appeared meanwhile is a failure, not
   * overwritten.
   */
  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to);
  }

  private static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // A staging folder left behind holds only copies; it names itself .dataproduct-import-*.
    }
  }
}
