package dev.dataproduct.maven;

import dev.dataproduct.catalog.CatalogLocation;
import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.catalog.PublishResult;
import dev.dataproduct.report.JsonReport;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.artifact.ArtifactUtils;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the product version to the catalog: one immutable folder with the descriptor, the
 * schemas and their history, the compatibility report of {@code check} and the waivers, plus the
 * catalog's index and HTML pages. Publishes only a contract that passed {@code validate} and
 * {@code check} in the same build, unchanged since. Publishing a version again with the same
 * content does nothing and says so; with other content it is refused, naming what differs.
 *
 * <p>A refused re-publish is a BUILD FAILURE ({@code MojoFailureException}): the catalog works,
 * but the build's contract contradicts what was released under its version, and only a change to
 * the project (a new version) resolves it, as with any other contract violation. An unreachable
 * or unwritable catalog, or a build that did not judge the contract, is a BUILD ERROR.
 *
 * @since 0.1.0
 */
@Mojo(name = PublishMojo.GOAL, defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends AbstractDataProductMojo {

  public static final String GOAL = "publish";

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipPublish>true</skipPublish>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.skip", defaultValue = "false")
  private boolean skipPublish;

  /**
   * The catalog to publish to: a directory path (relative to the project's base directory) or a
   * {@code file:} URL. Default: <code>${user.home}/.dataproduct/catalog</code>. A team shares a catalog
   * by pointing every build at a shared file system.
   *
   * <pre>{@code <catalog>/mnt/mesh/catalog</catalog>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = CatalogLocation.PROPERTY)
  private String catalog;

  /**
   * Publishes SNAPSHOT versions too; by default they are skipped with a message. A published
   * version never changes, so a SNAPSHOT published once is refused when its content changes.
   *
   * <pre>{@code <publishSnapshots>true</publishSnapshots>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.snapshots", defaultValue = "false")
  private boolean publishSnapshots;

  /**
   * Prints what would be written to the catalog and changes nothing.
   *
   * <pre>{@code <dryRun>true</dryRun>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.dryRun", defaultValue = "false")
  private boolean dryRun;

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean skipGoal() {
    return skipPublish;
  }

  @Override
  protected void run() throws MojoFailureException {
    String what = project.getArtifactId() + " " + project.getVersion();
    if (ArtifactUtils.isSnapshot(project.getVersion()) && !publishSnapshots) {
      getLog().info("Not publishing " + what + ": SNAPSHOT versions are not published; set dataproduct.publish.snapshots=true to publish them");
      return;
    }
    JudgedContracts.require(project, ValidateMojo.GOAL, sourcesFingerprint(), what);
    JudgedContracts.require(project, CheckMojo.GOAL, packedFingerprint(), what);

    Path report = new File(reportDirectory, JsonReport.fileName(CheckMojo.GOAL)).toPath();
    PublishRequest request = PublishRequest.ofPackedContract(contractDirectory.toPath(), report, dryRun);
    Path root = CatalogLocation.resolve(catalog, project.getBasedir().toPath(), Path.of(System.getProperty("user.home")));
    PublishResult result = new DirectoryCatalog(root, buildLog()).publish(request);
    result.notes().forEach(note -> getLog().warn("Catalog " + root + ": " + note));
    if (result.refused()) {
      throw new MojoFailureException(result.message());
    }
    if (result.dryRun()) {
      result.files().forEach(file -> getLog().info("  would write " + file));
    }
    getLog().info(result.message());
  }
}
