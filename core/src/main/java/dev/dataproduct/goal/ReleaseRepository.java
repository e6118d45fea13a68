package dev.dataproduct.goal;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a build tool keeps a product's releases (Maven: the project's repositories through its
 * resolver). Only the look-ups live behind this port; what the answers mean (which release is the
 * baseline, when there is none, when that cannot be told) is decided by {@link BaselineResolver}.
 */
public interface ReleaseRepository {

  /** The product's coordinates as messages name them, e.g. {@code com.example:orders}. */
  String coordinates();

  /**
   * The versions of the product the repositories hold within {@code range}, and who answered.
   *
   * @param range a version range in the build tool's syntax, e.g. {@code (,1.2.0)}
   * @throws dev.dataproduct.support.BuildError when a repository could not be asked (it failed,
   *     refused the credentials or could not be reached) or the range is not understood
   */
  Versions versions(String range);

  /**
   * The file of one release.
   *
   * @param why why this version, for the message when it cannot be fetched
   * @throws dev.dataproduct.support.BuildError when it cannot be fetched
   */
  Fetched fetch(String version, String why);

  /**
   * What the repositories answered.
   *
   * @param versions every version in the range, in ascending order, snapshots included
   * @param answered the repositories that answered, as messages name them (every remote one when
   *     the build is online)
   * @param notAsked the repositories that were not asked: the build is offline and nothing of
   *     theirs is cached
   */
  record Versions(List<String> versions, List<String> answered, List<String> notAsked) {
    public Versions {
      versions = List.copyOf(versions);
      answered = List.copyOf(answered);
      notAsked = List.copyOf(notAsked);
    }
  }

  /**
   * @param file the release's jar
   * @param from where it came from, e.g. {@code central (https://...)} or {@code the local
   *     repository}
   */
  record Fetched(Path file, String from) {}
}
