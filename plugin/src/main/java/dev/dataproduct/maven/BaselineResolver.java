package dev.dataproduct.maven;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractReader;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.MetadataTransferException;
import org.eclipse.aether.transfer.RepositoryOfflineException;
import org.eclipse.aether.version.Version;

/**
 * Finds the release to compare with, as japicmp does: by default the newest release of the same
 * {@code groupId:artifactId} below the project version, from the project's repositories through
 * Maven's resolver (so it works offline from the local repository). The result is kept in the
 * project's context, so {@code generate} and {@code check} resolve it once per build.
 *
 * <p>The {@code dataproduct.baseline} option may instead be {@code none}, an exact version, a
 * version pattern ({@code 1.*}), a Maven version range ({@code [1.0,2.0)}), or a path to a jar or
 * directory holding a contract.
 *
 * <p>It fails closed: a baseline that could not be established is a build error, never a first
 * release. "First release" is said only when the repositories answered and hold no earlier
 * release, or when {@code none} was asked for. Offline, Maven answers from what the local
 * repository cached of each remote repository; with nothing cached from any of them, nothing
 * answered.
 */
final class BaselineResolver {

  static final String NONE = "none";
  private static final String CONTEXT_KEY = BaselineResolver.class.getName();
  /** An HTTP status saying the credentials were missing, wrong, or not allowed to read. */
  private static final Pattern REFUSED = Pattern.compile("\\b(401|403)\\b|Unauthorized|Forbidden");

  private final RepositorySystem repositorySystem;
  private final RepositorySystemSession session;
  private final MavenProject project;
  private final Log log;

  BaselineResolver(RepositorySystem repositorySystem, RepositorySystemSession session, MavenProject project, Log log) {
    this.repositorySystem = repositorySystem;
    this.session = session;
    this.project = project;
    this.log = log;
  }

  /** The baseline for {@code option}, resolved at most once per project and option in a build. */
  Baseline resolve(String option) {
    String trimmed = option == null ? "" : option.trim();
    return PerProject.once(project, CONTEXT_KEY + ":" + trimmed, Baseline.class, () -> resolveUncached(trimmed));
  }

  private Baseline resolveUncached(String option) {
    String ga = project.getGroupId() + ":" + project.getArtifactId();
    if (option.equalsIgnoreCase(NONE)) {
      return Baseline.none(
          "dataproduct.baseline is none: nothing to compare " + project.getArtifactId() + " " + project.getVersion() + " with; it is checked and packed as a first release");
    }
    if (looksLikePath(option)) {
      Path path = project.getBasedir().toPath().resolve(option).normalize();
      if (!Files.exists(path)) {
        throw new BuildError("dataproduct.baseline points at " + path + ", which does not exist; give a jar or a directory holding META-INF/dataproduct");
      }
      Contract contract = ContractReader.read(path);
      return new Baseline(contract, contract.version(), path.toString(), null);
    }
    String range;
    Pattern pattern = null;
    if (option.isEmpty()) {
      range = "(," + project.getVersion() + ")";
    } else if (option.startsWith("[") || option.startsWith("(")) {
      range = option;
    } else if (option.contains("*")) {
      range = "(," + project.getVersion() + ")";
      pattern = Pattern.compile(Pattern.quote(option).replace("*", "\\E.*\\Q"));
    } else {
      return fetch(option, "dataproduct.baseline " + option);
    }
    Lookup lookup = newestRelease(range, pattern);
    if (lookup.newest().isEmpty()) {
      String where = option.isEmpty() ? "below " + project.getVersion() : "matching " + option;
      return Baseline.none("No earlier release of " + ga + " " + where + " in " + lookup.answered() + " or the local repository; this is the first release");
    }
    return fetch(lookup.newest().get(), "the newest release below " + project.getVersion());
  }

  /** The newest earlier release the repositories hold, and which repositories answered. */
  private record Lookup(Optional<String> newest, String answered) {}

  private Lookup newestRelease(String range, Pattern pattern) {
    Artifact artifact = new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", range);
    VersionRangeRequest request = new VersionRangeRequest(artifact, project.getRemoteProjectRepositories(), null);
    // A "not found" Maven cached within a repository's update interval (a day by default) is no
    // answer about a release deployed since, say from another machine: ask again (once per build).
    RepositorySystemSession asking = new DefaultRepositorySystemSession(session).setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS);
    VersionRangeResult result;
    try {
      result = repositorySystem.resolveVersionRange(asking, request);
    } catch (VersionRangeResolutionException e) {
      throw new BuildError("dataproduct.baseline: \"" + range + "\" is not a version range Maven understands: " + e.getMessage(), e);
    }
    failOnUnreachableRepository(result);
    List<Version> releases = new ArrayList<>();
    for (Version version : result.getVersions()) {
      String text = version.toString();
      if (!text.endsWith("-SNAPSHOT") && !text.equals(project.getVersion()) && (pattern == null || pattern.matcher(text).matches())) {
        releases.add(version);
      }
    }
    Optional<String> newest = releases.stream().max(Comparator.naturalOrder()).map(Version::toString);
    return new Lookup(newest, answeredBy(result, releases));
  }

  /**
   * A repository that could not be asked is an error, never a silent first release: the
   * baseline might be there. Missing metadata means the repository answered and holds no
   * release (HTTP 404); a repository that failed, refused the credentials or could not be
   * reached did not answer.
   */
  private static void failOnUnreachableRepository(VersionRangeResult result) {
    for (Exception e : result.getExceptions()) {
      if (e instanceof MetadataNotFoundException || causedBy(e, RepositoryOfflineException.class)) {
        continue; // an offline build's repositories are judged in answeredBy
      }
      ArtifactRepository failed = e instanceof MetadataTransferException transfer ? transfer.getRepository() : null;
      String repository = failed == null ? "a repository" : describe(failed);
      String cause = rootMessage(e);
      String check =
          REFUSED.matcher(cause).find()
              ? "the repository refused the request: check the <server> with id " + (failed == null ? "of the repository" : failed.getId())
                  + " in settings.xml (its username and password or token)"
              : "check the repository and your network";
      throw new BuildError(
          "Cannot look up earlier releases in " + repository + ": " + cause + "; " + check + ", or set -Ddataproduct.baseline=<version|path|none>", e);
    }
  }

  /**
   * Which repositories answered, for messages; fails when none did. Online, every remote
   * repository answered (failOnUnreachableRepository saw to that). Offline, Maven answers for a
   * remote repository only from the metadata the local repository cached of it in an earlier
   * online build; a repository with nothing cached was not asked. When no remote repository
   * was, the baseline is unknown: releases installed into the local repository alone need not
   * be the newest, so they do not settle it either.
   */
  private String answeredBy(VersionRangeResult result, List<Version> releases) {
    List<RemoteRepository> repositories = project.getRemoteProjectRepositories();
    Set<String> notAsked = new LinkedHashSet<>();
    for (Exception e : result.getExceptions()) {
      if (causedBy(e, RepositoryOfflineException.class) && e instanceof MetadataTransferException transfer && transfer.getRepository() != null) {
        notAsked.add(transfer.getRepository().getId());
      }
    }
    if (notAsked.isEmpty()) {
      return describe(repositories);
    }
    List<RemoteRepository> cached = repositories.stream().filter(r -> !notAsked.contains(r.getId())).toList();
    List<RemoteRepository> skipped = repositories.stream().filter(r -> notAsked.contains(r.getId())).toList();
    String ga = project.getGroupId() + ":" + project.getArtifactId();
    if (cached.isEmpty()) {
      String installed =
          releases.isEmpty()
              ? ""
              : " (the local repository holds " + releases.stream().map(Version::toString).collect(Collectors.joining(", "))
                  + " installed by a build on this machine, which need not be the newest release)";
      throw new BuildError(
          "Cannot establish the baseline of " + ga + " " + project.getVersion() + ": the build is offline and the local repository holds"
              + " nothing cached from " + describe(skipped) + " about the releases of " + ga + installed
              + "; a baseline that cannot be established is not a first release. Build online once (without -o) so that Maven"
              + " caches what the repositories hold, or set -Ddataproduct.baseline=<version|path|none>");
    }
    log.info(
        "Offline: the releases of " + ga + " are those the local repository cached from " + describe(cached)
            + " in an earlier online build; not asked: " + describe(skipped));
    return describe(cached) + " (cached in the local repository; offline)";
  }

  private Baseline fetch(String version, String why) {
    ArtifactRequest request =
        new ArtifactRequest(
            new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", version), project.getRemoteProjectRepositories(), null);
    File jar;
    String from;
    try {
      var result = repositorySystem.resolveArtifact(session, request);
      jar = result.getArtifact().getFile();
      from = result.getRepository() == null ? "the local repository" : describe(result.getRepository());
    } catch (ArtifactResolutionException e) {
      throw new BuildError(
          "Cannot fetch the baseline " + project.getGroupId() + ":" + project.getArtifactId() + ":" + version + " (" + why + ") from "
              + describe(project.getRemoteProjectRepositories()) + ": " + rootMessage(e), e);
    }
    Contract contract = ContractReader.read(jar.toPath());
    return new Baseline(contract, version, project.getGroupId() + ":" + project.getArtifactId() + ":" + version + " from " + from, null);
  }

  static boolean looksLikePath(String option) {
    return option.endsWith(".jar") || option.contains("/") || option.contains(File.separator) || option.equals(".");
  }

  private static String describe(List<RemoteRepository> repositories) {
    return repositories.isEmpty() ? "no remote repository" : repositories.stream().map(BaselineResolver::describe).collect(Collectors.joining(", "));
  }

  private static String describe(ArtifactRepository repository) {
    return repository instanceof RemoteRepository remote ? remote.getId() + " (" + remote.getUrl() + ")" : repository.getId();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
