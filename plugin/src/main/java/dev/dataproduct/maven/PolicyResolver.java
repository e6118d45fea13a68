package dev.dataproduct.maven;

import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.model.policy.PolicyLoader;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Finds the mesh policy a build names: a local file, or an artifact from the project's
 * repositories.
 */
final class PolicyResolver {

  private PolicyResolver() {}

  static Policy resolve(
      PolicyArtifact artifact,
      File policyFile,
      RepositorySystem repositorySystem,
      MavenSession session,
      MavenProject project) {
    if (policyFile != null) {
      return PolicyLoader.load(policyFile.toPath(), policyFile.getName());
    }
    // Maven may hand over an empty bean when <policy> is not configured at all.
    if (artifact == null || artifact.isEmpty()) {
      return Policy.NONE;
    }
    if (!artifact.isComplete()) {
      throw new BuildError(
          "<policy> needs groupId, artifactId and version, e.g. -Ddataproduct.policy=com.acme.platform:mesh-policy:1.2.0");
    }
    ArtifactRequest request =
        new ArtifactRequest(
            new DefaultArtifact(
                artifact.getGroupId(), artifact.getArtifactId(), "jar", artifact.getVersion()),
            project.getRemoteProjectRepositories(),
            null);
    try {
      ArtifactResult result =
          repositorySystem.resolveArtifact(session.getRepositorySession(), request);
      return PolicyLoader.load(result.getArtifact().getFile().toPath(), artifact.toString());
    } catch (ArtifactResolutionException e) {
      String repositories =
          project.getRemoteProjectRepositories().stream()
              .map(r -> r.getId() + " (" + r.getUrl() + ")")
              .collect(Collectors.joining(", "));
      throw new BuildError(
          "Cannot resolve policy "
              + artifact
              + " from the local repository or "
              + (repositories.isEmpty() ? "any remote repository" : repositories)
              + ": "
              + firstLine(e.getMessage()),
          e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
