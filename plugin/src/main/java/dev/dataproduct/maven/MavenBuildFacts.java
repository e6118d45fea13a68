package dev.dataproduct.maven;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.goal.Baseline;
import dev.dataproduct.goal.BuildFacts;
import dev.dataproduct.goal.ReleaseRepository;
import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;

/** The build facts of a Mojo's project and session, for the core's goals. */
final class MavenBuildFacts implements BuildFacts {

  private final AbstractDataProductMojo mojo;
  private final BuildLog log;

  MavenBuildFacts(AbstractDataProductMojo mojo) {
    this.mojo = mojo;
    this.log = new MavenBuildLog(mojo.getLog());
  }

  @Override
  public Path baseDir() {
    return mojo.project.getBasedir().toPath();
  }

  @Override
  public String name() {
    return mojo.project.getArtifactId();
  }

  @Override
  public String version() {
    return mojo.project.getVersion();
  }

  @Override
  public String toolVersion() {
    return mojo.plugin.getVersion();
  }

  @Override
  public Wording wording() {
    return MavenWording.INSTANCE;
  }

  @Override
  public BuildLog log() {
    return log;
  }

  @Override
  public <T> T once(String key, Class<T> type, Supplier<T> compute) {
    return PerProject.once(mojo.project, key, type, compute);
  }

  @Override
  public ReleaseRepository releases() {
    return new MavenReleaseRepository(
        mojo.repositorySystem, mojo.session.getRepositorySession(), mojo.project);
  }

  @Override
  public AdoptedHistory adoptedHistory(Baseline previous, DataProduct product) {
    return new AdoptedHistoryResolver(mojo.project, mojo.session, mojo.settingsDecrypter, log)
        .resolve(mojo.history, mojo.registryUrl, mojo.registryServerId, previous, product);
  }

  @Override
  public RegistryCredentials registryCredentials() {
    return RegistryServers.credentials(mojo.registryServerId, mojo.session, mojo.settingsDecrypter);
  }

  @Override
  public List<Dependency> dependencies() {
    return mojo.project.getArtifacts().stream()
        .map(
            a ->
                new Dependency(
                    a.toString(),
                    a.getGroupId(),
                    a.getArtifactId(),
                    a.getFile() == null ? null : a.getFile().toPath(),
                    a.getArtifactHandler() != null
                        && a.getArtifactHandler().isAddedToClasspath()
                        && isCompileScope(a.getScope())))
        .toList();
  }

  private static boolean isCompileScope(String scope) {
    return scope == null
        || Artifact.SCOPE_COMPILE.equals(scope)
        || Artifact.SCOPE_PROVIDED.equals(scope)
        || Artifact.SCOPE_SYSTEM.equals(scope);
  }

  @Override
  public SourcePosition versionPosition() {
    File pom = mojo.project.getFile();
    String shown =
        baseDir()
            .relativize(pom.toPath().toAbsolutePath())
            .toString()
            .replace(File.separatorChar, '/');
    return PomVersion.position(pom.toPath(), shown);
  }

  @Override
  public boolean showsMarkers() {
    return mojo.session.getSystemProperties().containsKey("m2e.version")
        || mojo.session.getUserProperties().containsKey("m2e.version");
  }

  @Override
  public void mark(List<Path> files, List<Finding> findings) {
    FindingsOutcome.mark(
        mojo.buildContext,
        mojo.project.getBasedir(),
        files.stream().map(Path::toFile).toList(),
        findings);
  }

  @Override
  public void refresh(Path directory) {
    mojo.buildContext.refresh(directory.toFile());
  }
}
