package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import dev.dataproduct.support.log.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A front end without a build tool: a project is a directory, its releases are folders of a
 * releases directory ({@code <releases>/<version>/META-INF/dataproduct}, as generate packs a
 * classes directory), and a build is one instance of this class. What the Maven plugin gets from
 * Maven, this gets from its constructor; the log keeps every line for the tests to read.
 */
final class DirectoryProject implements BuildFacts {

  final Path baseDir;
  final String name;
  final String version;
  final Path releasesDir;
  private final RecordingLog log = new RecordingLog();
  final List<String> lines = log.lines;
  final List<String> fetched = new ArrayList<>();
  private final Map<String, Object> build = new HashMap<>();

  /**
   * Whether a validation is kept for the other goals of the build; off, each goal validates for
   * itself (as before issue 10).
   */
  boolean keepValidations = true;

  private final List<Dependency> dependencies;

  /**
   * Repositories besides the releases folder that the build could not ask (offline, nothing of
   * theirs cached), as messages name them.
   */
  List<String> notAsked = List.of();

  /**
   * @param releasesDir where earlier releases are, or {@code null} for a build whose repositories
   *     cannot be asked
   */
  DirectoryProject(Path baseDir, String name, String version, Path releasesDir) {
    this(
        baseDir,
        name,
        version,
        releasesDir,
        List.of(
            // What generated sources compile against: as a Maven project declares them.
            new Dependency(
                "org.apache.avro:avro:jar:1.12.2:compile", "org.apache.avro", "avro", null, true),
            new Dependency(
                "org.apache.kafka:kafka-clients:jar:4.4.0:compile",
                "org.apache.kafka",
                "kafka-clients",
                null,
                true)));
  }

  DirectoryProject(
      Path baseDir, String name, String version, Path releasesDir, List<Dependency> dependencies) {
    this.baseDir = baseDir.toAbsolutePath();
    this.name = name;
    this.version = version;
    this.releasesDir = releasesDir;
    this.dependencies = dependencies;
  }

  /** The same project in the next build: nothing kept from this one. */
  DirectoryProject nextBuild(String nextVersion) {
    return new DirectoryProject(baseDir, name, nextVersion, releasesDir, dependencies);
  }

  ProjectFiles files() {
    return new ProjectFiles(
        baseDir.resolve("dataproduct.yaml"),
        baseDir.resolve("src/main/avro"),
        baseDir.resolve("target/dataproduct"),
        baseDir.resolve("target/classes/META-INF/dataproduct"));
  }

  /**
   * The lines logged at {@code level} ({@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR}).
   */
  List<String> logged(String level) {
    return log.logged(level);
  }

  @Override
  public Path baseDir() {
    return baseDir;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public String toolVersion() {
    return "test";
  }

  @Override
  public Wording wording() {
    return TestWording.MAVEN_WORDS;
  }

  @Override
  public BuildLog log() {
    return log;
  }

  @Override
  public <T> T once(String key, Class<T> type, Supplier<T> compute) {
    if (!keepValidations && key.startsWith(Judgement.class.getName())) {
      return compute.get();
    }
    Object kept = build.get(key);
    if (type.isInstance(kept)) {
      return type.cast(kept);
    }
    T value = compute.get();
    build.put(key, value);
    return value;
  }

  @Override
  public ReleaseRepository releases() {
    return new ReleaseRepository() {
      @Override
      public String coordinates() {
        return "com.example:" + name;
      }

      @Override
      public Versions versions(String range) {
        if (releasesDir == null) {
          return new Versions(List.of(), List.of(), List.of("releases (not reachable)"));
        }
        if (!range.startsWith("(,") || !range.endsWith(")")) {
          throw new BuildError("this front end reads ranges (,<version>) only, not " + range);
        }
        String below = range.substring(2, range.length() - 1);
        try (Stream<Path> folders =
            Files.exists(releasesDir) ? Files.list(releasesDir) : Stream.empty()) {
          List<String> versions =
              folders
                  .map(p -> p.getFileName().toString())
                  .filter(v -> VERSIONS.compare(v, below) < 0)
                  .sorted(VERSIONS)
                  .toList();
          return new Versions(versions, List.of("releases (" + releasesDir + ")"), notAsked);
        } catch (IOException e) {
          throw new BuildError("Cannot list " + releasesDir + ": " + e.getMessage(), e);
        }
      }

      @Override
      public Fetched fetch(String release, String why) {
        Path folder = releasesDir == null ? null : releasesDir.resolve(release);
        if (folder == null || !Files.isDirectory(folder)) {
          throw new BuildError(
              "Cannot fetch the baseline " + coordinates() + ":" + release + " (" + why + ")");
        }
        fetched.add(release);
        return new Fetched(folder, "releases (" + releasesDir + ")");
      }
    };
  }

  /** Dotted numbers, compared number by number: enough for the tests' versions. */
  private static final Comparator<String> VERSIONS =
      (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
          int c =
              Integer.compare(
                  i < x.length ? Integer.parseInt(x[i]) : 0,
                  i < y.length ? Integer.parseInt(y[i]) : 0);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  @Override
  public AdoptedHistory adoptedHistory(Baseline previous, DataProduct product) {
    return AdoptedHistory.none();
  }

  @Override
  public RegistryCredentials registryCredentials() {
    return RegistryCredentials.none();
  }

  @Override
  public List<Dependency> dependencies() {
    return dependencies;
  }

  @Override
  public SourcePosition versionPosition() {
    return SourcePosition.file("dataproduct.yaml");
  }

  @Override
  public boolean showsMarkers() {
    return false;
  }

  @Override
  public void mark(List<Path> files, List<Finding> findings) {}

  @Override
  public void refresh(Path directory) {}
}
