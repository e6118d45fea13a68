package dev.dataproduct.maven;

import dev.dataproduct.goal.PublishGoal;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * Publishes the product version to the catalog: one immutable folder with the descriptor, the
 * schemas and their history, the compatibility report of {@code check} and the waivers, plus the
 * catalog's index and HTML pages. Where a schema registry is configured, registers each port's
 * key and value schemas there first, at the port's compatibility level; a schema the registry's
 * own check rejects is a finding, and then nothing is registered or published. Publishes only a contract that passed {@code validate} and
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

  public static final String GOAL = PublishGoal.NAME;

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
   * Prints what would be written to the catalog and registered in the schema registry, and
   * changes nothing (the registry is only read: current levels, its compatibility check, which
   * schemas it already holds).
   *
   * <pre>{@code <dryRun>true</dryRun>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.dryRun", defaultValue = "false")
  private boolean dryRun;

  @Inject
  public PublishMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter, BuildContext buildContext) {
    super(repositorySystem, settingsDecrypter, buildContext);
  }

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
    if (!publishesThisVersion()) {
      getLog().info("Not publishing " + what + ": SNAPSHOT versions are not published; set dataproduct.publish.snapshots=true to publish them");
      return;
    }
    JudgedContracts.require(project, ValidateMojo.GOAL, this::sourcesFingerprint, what);
    JudgedContracts.require(project, CheckMojo.GOAL, this::packedFingerprint, what);
    PublishGoal.Outcome outcome = new PublishGoal(facts()).run(files(), catalogRoot(), registryUrl, dryRun, what);
    if (outcome.refusal().isPresent()) {
      throw new MojoFailureException(outcome.refusal().get());
    }
    if (outcome.rejected().isPresent()) {
      report(outcome.rejected().get(), Integer.MAX_VALUE, false);
    }
  }
}
