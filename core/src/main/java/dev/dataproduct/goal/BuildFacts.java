package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What only the build tool knows, as the goals need it: the project, its words and log, its
 * repositories and dependencies, what it keeps for the length of a build, and the IDE. The Maven
 * plugin implements it over the Mojo's project and session; a test or another front end over a
 * directory and its arguments. Options (paths, switches) are not here: each goal takes them as
 * arguments.
 */
public interface BuildFacts {

  /** The project's base directory; finding paths are relative to it. */
  Path baseDir();

  /** The project's name as the build tool knows it, e.g. Maven's artifactId. */
  String name();

  /** The version being built. */
  String version();

  /**
   * The version of the front end, for reports and cache keys: another version may have other rules.
   */
  String toolVersion();

  /** How the front end names its options and commands in messages. */
  Wording wording();

  BuildLog log();

  /**
   * The value kept under {@code key} for the rest of this build, computed first when there is none:
   * what several goals of one build would otherwise work out again (the baseline, a validation). A
   * key must name everything its value depends on, so a changed input never meets a stale value.
   * ({@link JudgedContracts} keeps its ledger here too: the one kept value the goals change.)
   */
  <T> T once(String key, Class<T> type, Supplier<T> compute);

  /** Where the product's earlier releases are looked up. */
  ReleaseRepository releases();

  /**
   * The history from before the plugin that the build names, to start a first release from; none
   * once {@code previous} is a release built by the plugin.
   */
  AdoptedHistory adoptedHistory(Baseline previous, DataProduct product);

  /** The credentials the schema registry is sent, from the build tool's own secret store. */
  RegistryCredentials registryCredentials();

  /** The project's resolved dependencies; upstream products are those that carry a contract. */
  List<Dependency> dependencies();

  /**
   * Where the build file gives the version, for findings about it; the start of the build file when
   * it cannot be told.
   */
  SourcePosition versionPosition();

  /** Whether findings are shown as IDE markers; only then does a goal list the files it marks. */
  boolean showsMarkers();

  /** Replaces the markers on {@code files} with {@code findings}. */
  void mark(List<Path> files, List<Finding> findings);

  /** Tells the IDE that a directory's files changed. */
  void refresh(Path directory);

  /**
   * A resolved dependency.
   *
   * @param name as debug messages show it, e.g. {@code com.example:orders:jar:1.0.0:compile}
   * @param file its jar, or in a multi-module build its classes directory; {@code null} when
   *     unresolved
   * @param compile whether the generated sources compile against it
   */
  record Dependency(String name, String groupId, String artifactId, Path file, boolean compile) {}
}
