package dev.dataproduct.maven;

import dev.dataproduct.goal.JudgedContracts;
import dev.dataproduct.goal.ProjectFiles;
import dev.dataproduct.goal.PublishGoal;
import java.io.File;
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
 * catalog's index and HTML pages. Where a schema registry is configured, registers each port's key
 * and value schemas there first, at the port's compatibility level; a schema the registry's own
 * check rejects is a finding, and then nothing is registered or published. Where Backstage is
 * configured ({@code backstageUrl}), publishes the version into its software catalog too. Every
 * target is checked before any is written. Publishes only a contract that passed {@code validate}
 * and {@code check} in the same build, unchanged since. Publishing a version again with the same
 * content does nothing and says so; with other content it is refused, naming what differs.
 *
 * <p>A refused re-publish is a BUILD FAILURE ({@code MojoFailureException}): the catalog works, but
 * the build's contract contradicts what was released under its version, and only a change to the
 * project (a new version) resolves it, as with any other contract violation. An unreachable or
 * unwritable catalog, or a build that did not judge the contract, is a BUILD ERROR.
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
   * Prints what would be written to the catalog and registered in the schema registry, and changes
   * nothing (the registry is only read: current levels, its compatibility check, which schemas it
   * already holds).
   *
   * <pre>{@code <dryRun>true</dryRun>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.dryRun", defaultValue = "false")
  boolean dryRun;

  /**
   * The base URL of a Backstage backend whose software catalog the product is published into, e.g.
   * {@code https://backstage.example.com}. The product becomes a System, a Component and one API of
   * type asyncapi per output port (its owner team a Group, its domain a Domain); input ports become
   * the Component's consumesApis. The entities are written as YAML into {@code backstageEntities},
   * which a web server serves at {@code backstageEntitiesUrl}, and each file is registered once as
   * a url location. None by default: nothing goes to Backstage.
   *
   * <pre>{@code <backstageUrl>https://backstage.example.com</backstageUrl>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.url")
  String backstageUrl;

  /**
   * The {@code <server>} in {@code settings.xml} whose {@code <password>} is a static token that
   * Backstage accepts ({@code backend.auth.externalAccess}); required with {@code backstageUrl}.
   *
   * <pre>{@code <backstageServerId>backstage</backstageServerId>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.serverId")
  String backstageServerId;

  /**
   * The folder the Backstage entity files are written to; a web server serves it to Backstage at
   * {@code backstageEntitiesUrl}. Required with {@code backstageUrl}.
   *
   * <pre>{@code <backstageEntities>/srv/www/backstage-entities</backstageEntities>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.entities")
  File backstageEntities;

  /**
   * The URL at which Backstage reads {@code backstageEntities}; its host must be in Backstage's
   * {@code backend.reading.allow}. Required with {@code backstageUrl}.
   *
   * <pre>
   * {@code <backstageEntitiesUrl>https://entities.example.com/backstage/</backstageEntitiesUrl>}
   * </pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.entitiesUrl")
  String backstageEntitiesUrl;

  /**
   * How long, in seconds, publish waits for Backstage to show the version it wrote before it takes
   * the files and locations back and fails.
   *
   * <pre>{@code <backstageWaitSeconds>120</backstageWaitSeconds>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.waitSeconds", defaultValue = "120")
  int backstageWaitSeconds;

  @Inject
  public PublishMojo(
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    super(GOAL, repositorySystem, settingsDecrypter, buildContext);
  }

  @Override
  protected boolean skipGoal() {
    return skipPublish;
  }

  @Override
  protected void run() throws MojoFailureException {
    String what = project.getArtifactId() + " " + project.getVersion();
    if (!CoreOptions.publishesThisVersion(this)) {
      getLog()
          .info(
              "Not publishing "
                  + what
                  + ": SNAPSHOT versions are not published; set dataproduct.publish.snapshots=true to publish them");
      return;
    }
    ProjectFiles files = CoreOptions.files(this);
    new JudgedContracts(facts()).requireJudged(files);
    PublishGoal.Outcome outcome =
        new PublishGoal(facts())
            .run(
                files,
                CoreOptions.catalogRoot(this),
                registryUrl,
                CoreOptions.backstage(this),
                dryRun,
                what);
    if (outcome.refusal().isPresent()) {
      throw new MojoFailureException(outcome.refusal().get());
    }
    if (outcome.rejected().isPresent()) {
      report(outcome.rejected().get(), Integer.MAX_VALUE, false);
    }
  }
}
