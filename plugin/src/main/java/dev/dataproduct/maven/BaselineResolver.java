package dev.dataproduct.maven;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractReader;
import dev.dataproduct.core.BuildError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.RemoteRepository;
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
 */
final class BaselineResolver {

  static final String NONE = "none";
  private static final String CONTEXT_KEY = BaselineResolver.class.getName();

  private final RepositorySystem repositorySystem;
  private final RepositorySystemSession session;
  private final MavenProject project;

  BaselineResolver(RepositorySystem repositorySystem, RepositorySystemSession session, MavenProject project) {
    this.repositorySystem = repositorySystem;
    this.session = session;
    this.project = project;
  }

  /** The baseline for {@code option}, resolved at most once per project and option in a build. */
  Baseline resolve(String option) {
    String key = CONTEXT_KEY + ":" + (option == null ? "" : option.trim());
    synchronized (project) {
      Object cached = project.getContextValue(key);
      if (cached instanceof Baseline baseline) {
        return baseline;
      }
      Baseline baseline = resolveUncached(option == null ? "" : option.trim());
      project.setContextValue(key, baseline);
      return baseline;
    }
  }

  private Baseline resolveUncached(String option) {
    String ga = project.getGroupId() + ":" + project.getArtifactId();
    if (option.equalsIgnoreCase(NONE)) {
      return Baseline.none("dataproduct.baseline is none: nothing to compare " + project.getArtifactId() + " " + project.getVersion() + " with");
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
    Optional<String> newest = newestRelease(range, pattern);
    if (newest.isEmpty()) {
      String where = option.isEmpty() ? "below " + project.getVersion() : "matching " + option;
      return Baseline.none(
          "No earlier release of " + ga + " " + where + " in " + describe(project.getRemoteProjectRepositories()) + " or the local repository; this is the first release");
    }
    return fetch(newest.get(), "the newest release below " + project.getVersion());
  }

  private Optional<String> newestRelease(String range, Pattern pattern) {
    Artifact artifact = new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", range);
    VersionRangeRequest request = new VersionRangeRequest(artifact, project.getRemoteProjectRepositories(), null);
    VersionRangeResult result;
    try {
      result = repositorySystem.resolveVersionRange(session, request);
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
    return releases.stream().max(Comparator.naturalOrder()).map(Version::toString);
  }

  /**
   * A repository that could not be asked is an error, never a silent first release: the
   * baseline might be there. Missing metadata is fine (nothing was released there yet), and so
   * is a repository skipped because the build is offline.
   */
  private static void failOnUnreachableRepository(VersionRangeResult result) {
    for (Exception e : result.getExceptions()) {
      if (e instanceof MetadataNotFoundException || causedBy(e, RepositoryOfflineException.class)) {
        continue;
      }
      String repository =
          e instanceof MetadataTransferException transfer && transfer.getRepository() != null
              ? describe(transfer.getRepository())
              : "a repository";
      throw new BuildError(
          "Cannot look up earlier releases in " + repository + ": " + rootMessage(e)
              + "; check the repository and your network, or set -Ddataproduct.baseline=<version|none>", e);
    }
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

  private static boolean looksLikePath(String option) {
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
