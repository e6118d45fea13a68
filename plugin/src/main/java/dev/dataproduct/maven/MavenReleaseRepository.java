package dev.dataproduct.maven;

import dev.dataproduct.goal.ReleaseRepository;
import dev.dataproduct.support.BuildError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The project's releases through Maven's resolver, from the project's repositories (so it works
 * offline from the local repository): the version and artifact look-ups behind the core's {@link
 * dev.dataproduct.goal.BaselineResolver}, which decides what the answers mean.
 */
final class MavenReleaseRepository implements ReleaseRepository {

  /** An HTTP status saying the credentials were missing, wrong, or not allowed to read. */
  private static final Pattern REFUSED = Pattern.compile("\\b(401|403)\\b|Unauthorized|Forbidden");

  private final RepositorySystem repositorySystem;
  private final RepositorySystemSession session;
  private final MavenProject project;

  MavenReleaseRepository(
      RepositorySystem repositorySystem, RepositorySystemSession session, MavenProject project) {
    this.repositorySystem = repositorySystem;
    this.session = session;
    this.project = project;
  }

  @Override
  public String coordinates() {
    return project.getGroupId() + ":" + project.getArtifactId();
  }

  @Override
  public Versions versions(String range) {
    Artifact artifact =
        new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", range);
    VersionRangeRequest request =
        new VersionRangeRequest(artifact, project.getRemoteProjectRepositories(), null);
    // A "not found" Maven cached within a repository's update interval (a day by default) is no
    // answer about a release deployed since, say from another machine: ask again (once per build).
    RepositorySystemSession asking =
        new DefaultRepositorySystemSession(session)
            .setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS);
    VersionRangeResult result;
    try {
      result = repositorySystem.resolveVersionRange(asking, request);
    } catch (VersionRangeResolutionException e) {
      throw new BuildError(
          "dataproduct.baseline: \""
              + range
              + "\" is not a version range Maven understands: "
              + e.getMessage(),
          e);
    }
    failOnUnreachableRepository(result);
    List<String> versions = new ArrayList<>();
    for (Version version : result.getVersions()) { // ascending, as the port promises
      versions.add(version.toString());
    }
    // Offline, Maven answers for a remote repository only from the metadata the local repository
    // cached of it in an earlier online build; a repository with nothing cached was not asked.
    Set<String> notAsked = new LinkedHashSet<>();
    for (Exception e : result.getExceptions()) {
      if (causedBy(e, RepositoryOfflineException.class)
          && e instanceof MetadataTransferException transfer
          && transfer.getRepository() != null) {
        notAsked.add(transfer.getRepository().getId());
      }
    }
    List<RemoteRepository> repositories = project.getRemoteProjectRepositories();
    return new Versions(
        versions,
        repositories.stream()
            .filter(r -> !notAsked.contains(r.getId()))
            .map(MavenReleaseRepository::describe)
            .toList(),
        repositories.stream()
            .filter(r -> notAsked.contains(r.getId()))
            .map(MavenReleaseRepository::describe)
            .toList());
  }

  /**
   * A repository that could not be asked is an error, never a silent first release: the baseline
   * might be there. Missing metadata means the repository answered and holds no release (HTTP 404);
   * a repository that failed, refused the credentials or could not be reached did not answer. An
   * offline build's repositories are reported as not asked.
   */
  private static void failOnUnreachableRepository(VersionRangeResult result) {
    for (Exception e : result.getExceptions()) {
      if (e instanceof MetadataNotFoundException || causedBy(e, RepositoryOfflineException.class)) {
        continue;
      }
      ArtifactRepository failed =
          e instanceof MetadataTransferException transfer ? transfer.getRepository() : null;
      String repository = failed == null ? "a repository" : describe(failed);
      String cause = rootMessage(e);
      String check =
          REFUSED.matcher(cause).find()
              ? "the repository refused the request: check the <server> with id "
                  + (failed == null ? "of the repository" : failed.getId())
                  + " in settings.xml (its username and password or token)"
              : "check the repository and your network";
      throw new BuildError(
          "Cannot look up earlier releases in "
              + repository
              + ": "
              + cause
              + "; "
              + check
              + ", or "
              + MavenWording.INSTANCE.setBaseline(),
          e);
    }
  }

  @Override
  public Fetched fetch(String version, String why) {
    ArtifactRequest request =
        new ArtifactRequest(
            new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", version),
            project.getRemoteProjectRepositories(),
            null);
    try {
      var result = repositorySystem.resolveArtifact(session, request);
      String from =
          result.getRepository() == null
              ? "the local repository"
              : describe(result.getRepository());
      return new Fetched(result.getArtifact().getFile().toPath(), from);
    } catch (ArtifactResolutionException e) {
      List<RemoteRepository> repositories = project.getRemoteProjectRepositories();
      throw new BuildError(
          "Cannot fetch the baseline "
              + coordinates()
              + ":"
              + version
              + " ("
              + why
              + ") from "
              + (repositories.isEmpty()
                  ? "no remote repository"
                  : repositories.stream()
                      .map(MavenReleaseRepository::describe)
                      .collect(Collectors.joining(", ")))
              + ": "
              + rootMessage(e),
          e);
    }
  }

  private static String describe(ArtifactRepository repository) {
    return repository instanceof RemoteRepository remote
        ? remote.getId() + " (" + remote.getUrl() + ")"
        : repository.getId();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first line of the innermost message in {@code e}'s causes: the most precise one (Maven
   * wraps it in "Could not transfer ..."). A cause without a message is passed over, so Maven 4's
   * transport says "Connection to ... refused" rather than the bare {@code ClosedChannelException}
   * beneath it; the innermost class name only when no cause has a message of its own.
   */
  static String rootMessage(Throwable e) {
    String message = null;
    Throwable innermost = e;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // a cause loop ends
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      innermost = t;
      // new Exception(cause) takes the cause's toString() for a message: not one of its own.
      String own = t.getMessage();
      if (own != null && !own.isBlank() && !own.equals(String.valueOf(t.getCause()))) {
        message = own;
      }
    }
    if (message == null) {
      return innermost.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
