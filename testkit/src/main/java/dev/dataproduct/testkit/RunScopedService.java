package dev.dataproduct.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the test kits' JUnit extensions share: one service of a kind for the whole run, started by
 * the first test that asks for it and stopped when the run ends, with its files in a new folder of
 * its own.
 */
public final class RunScopedService {

  /** The system property naming the folder the services' files go under. */
  public static final String DIRECTORY_PROPERTY = "dataproduct.testkit.directory";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunScopedService.class);

  private RunScopedService() {}

  /**
   * The run's {@code type} service, started with a new folder named {@code folderPrefix...} under
   * {@code target/dataproduct-testkit} of the working directory (or under the folder {@value
   * #DIRECTORY_PROPERTY} names) the first time it is asked for.
   *
   * @param what the service in words, for the message when its folder cannot be made
   */
  public static <T extends AutoCloseable> T get(
      ExtensionContext context,
      Class<T> type,
      String folderPrefix,
      String what,
      Function<Path, T> start) {
    // The root context's store lives as long as the run and closes what it holds (AutoCloseable) at
    // its end.
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(type, key -> start.apply(newDirectory(folderPrefix, what)), type);
  }

  private static Path newDirectory(String prefix, String what) {
    Path base = Paths.get(System.getProperty(DIRECTORY_PROPERTY, "target/dataproduct-testkit"));
    try {
      Files.createDirectories(base);
      return Files.createTempDirectory(base.toAbsolutePath(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot make a folder for the "
              + what
              + " under "
              + base.toAbsolutePath()
              + ": "
              + e.getMessage()
              + "; check that it is writable, or name another with -D"
              + DIRECTORY_PROPERTY,
          e);
    }
  }
}
