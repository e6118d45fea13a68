package dev.dataproduct.maven;

import dev.dataproduct.backstage.BackstagePublication;
import dev.dataproduct.backstage.MinimalAsyncApi;
import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.catalog.PublishResult;
import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractReader;
import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.descriptor.model.DescriptorReader;
import dev.dataproduct.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.descriptor.yaml.YamlLoader;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.publish.Publication;
import dev.dataproduct.registry.RegistryClient;
import dev.dataproduct.registry.RegistryCredentials;
import dev.dataproduct.registry.RegistryPublication;
import dev.dataproduct.registry.RegistrySubject;
import dev.dataproduct.report.JsonReport;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Publishes the product version to the catalog: one immutable folder with the descriptor, the
 * schemas and their history, the compatibility report of {@code check} and the waivers, plus the
 * catalog's index and HTML pages. Where a schema registry is configured, registers each port's
 * key and value schemas there first, at the port's compatibility level; a schema the registry's
 * own check rejects is a finding, and then nothing is registered or published. Where Backstage is
 * configured ({@code backstageUrl}), publishes the version into its software catalog too: checked
 * before anything is published, written after the catalog (see {@link BackstagePublication}). Publishes only a contract that passed {@code validate} and
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

  /**
   * The base URL of a Backstage backend whose software catalog the product is published into, e.g.
   * {@code https://backstage.example.com}. The product becomes a System, a Component and one API of
   * type asyncapi per output port (its owner team a Group, its domain a Domain); input ports become
   * the Component's consumesApis. The entities are written as YAML into {@code backstageEntities},
   * which a web server serves at {@code backstageEntitiesUrl}, and each file is registered once as a
   * url location. None by default: nothing goes to Backstage.
   *
   * <pre>{@code <backstageUrl>https://backstage.example.com</backstageUrl>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.url")
  private String backstageUrl;

  /**
   * The {@code <server>} in {@code settings.xml} whose {@code <password>} is a static token that
   * Backstage accepts ({@code backend.auth.externalAccess}); required with {@code backstageUrl}.
   *
   * <pre>{@code <backstageServerId>backstage</backstageServerId>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.serverId")
  private String backstageServerId;

  /**
   * The folder the Backstage entity files are written to; a web server serves it to Backstage at
   * {@code backstageEntitiesUrl}. Required with {@code backstageUrl}.
   *
   * <pre>{@code <backstageEntities>/srv/www/backstage-entities</backstageEntities>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.entities")
  private File backstageEntities;

  /**
   * The URL at which Backstage reads {@code backstageEntities}; its host must be in Backstage's
   * {@code backend.reading.allow}. Required with {@code backstageUrl}.
   *
   * <pre>{@code <backstageEntitiesUrl>https://entities.example.com/backstage/</backstageEntitiesUrl>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.entitiesUrl")
  private String backstageEntitiesUrl;

  /**
   * How long, in seconds, publish waits for Backstage to show the version it wrote before it takes
   * the files and locations back and fails.
   *
   * <pre>{@code <backstageWaitSeconds>120</backstageWaitSeconds>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.backstage.waitSeconds", defaultValue = "120")
  private int backstageWaitSeconds;

  private final SettingsDecrypter settingsDecrypter;

  @Inject
  public PublishMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
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

    // check passed exactly this packed contract (the fingerprint says so), so it is read once and trusted.
    Contract contract = ContractReader.read(contractDirectory.toPath());
    Path checkReport = new File(reportDirectory, JsonReport.fileName(CheckMojo.GOAL)).toPath();
    PublishRequest request = PublishRequest.ofPackedContract(contract, contractDirectory.toPath(), checkReport, dryRun);
    Path root = catalogRoot();
    BackstagePublication backstage = backstage();
    // Read-only, before anything is published: Backstage answers, takes the token, and does not hold this version otherwise.
    // TODO(merge): MinimalAsyncApi is a stand-in for h-standards' dev.dataproduct.export.AsyncApiExport.
    BackstagePublication.Plan backstagePlan = backstage == null ? null : backstage.check(contract, () -> MinimalAsyncApi.of(contract));
    if (backstagePlan != null && backstagePlan.refused()) {
      throw new MojoFailureException(backstagePlan.message());
    }
    RegistryClient client = registryClient();
    // Findings about the registry point into the project's descriptor, so it is read with its positions.
    DataProduct located = client == null ? null : locatedProduct();
    List<RegistrySubject> subjects = client == null ? List.of() : RegistrySubject.of(contract, located);

    Publication.Outcome outcome = new Publication(new DirectoryCatalog(root, buildLog(), MavenWording.INSTANCE),
        client == null ? null : new RegistryPublication(client, buildLog())).publish(request, subjects);

    PublishResult result = outcome.catalog();
    // Notes include what this publish repaired after an earlier crash, refused or not.
    result.notes().forEach(note -> getLog().warn("Catalog " + root + ": " + note));
    if (result.refused()) {
      throw new MojoFailureException(result.message());
    }
    File report = Reports.write(reportDirectory, GOAL, located, project.getVersion(), plugin.getVersion(), outcome.rejections());
    if (outcome.rejected()) {
      new FindingsOutcome(getLog(), Integer.MAX_VALUE).conclude(GOAL,
          "The schema registry at " + client.url() + " rejects " + outcome.rejections().size() + " of " + Counts.plural(subjects.size(), "schema")
              + " of " + what + "; no schema was registered, nothing was published",
          outcome.rejections(), false, report);
    }
    if (result.dryRun()) {
      result.files().forEach(file -> getLog().info("  would write " + file));
    }
    getLog().info(result.message() + outcome.registry().map(r -> "; schema registry " + client.url() + ", " + r.summary()).orElse(""));
    if (backstagePlan != null) {
      publishToBackstage(backstage, backstagePlan, result);
    }
  }

  /** Writes what the check planned, after the catalog: Backstage shows only versions the catalog holds. */
  private void publishToBackstage(BackstagePublication backstage, BackstagePublication.Plan plan, PublishResult published) {
    if (dryRun) {
      plan.files().keySet().forEach(file -> getLog().info("  would write " + file));
      plan.unregistered().forEach(target -> getLog().info("  would register the location " + target));
      getLog().info("Backstage " + backstage.url() + ": " + plan.message() + (plan.nothingToDo() ? "; nothing to do" : "; dry run, nothing written"));
      return;
    }
    BackstagePublication.Result written;
    try {
      written = backstage.write(plan);
    } catch (BuildError e) {
      throw new BuildError("Not published to Backstage (" + published.message() + "): " + e.getMessage(), e);
    }
    getLog().info("Backstage " + backstage.url() + ": " + plan.message() + "; "
        + (plan.nothingToDo() ? "nothing to do" : written.summary() + ", Backstage shows " + plan.product() + " " + plan.newest()));
  }

  /** The Backstage target, or {@code null} when no Backstage is configured. */
  private BackstagePublication backstage() {
    if (backstageUrl == null || backstageUrl.isBlank()) {
      getLog().debug("No dataproduct.backstage.url: the product is not published to Backstage");
      return null;
    }
    if (backstageEntities == null || backstageEntitiesUrl == null || backstageEntitiesUrl.isBlank()) {
      throw new BuildError("dataproduct.backstage.url is set, but not dataproduct.backstage.entities and dataproduct.backstage.entitiesUrl:"
          + " give the folder the entity files are written to and the URL at which Backstage reads it");
    }
    String token = RegistryServers.bearerToken(backstageServerId, "dataproduct.backstage.serverId", session, settingsDecrypter);
    return new BackstagePublication(new BackstagePublication.Settings(backstageUrl.strip(), token,
        "the <server> \"" + backstageServerId.strip() + "\" in settings.xml", backstageEntities.toPath().toAbsolutePath().normalize(),
        backstageEntitiesUrl.strip(), Duration.ofSeconds(backstageWaitSeconds)), buildLog());
  }

  /** The registry's client, or {@code null} when no registry is configured. */
  private RegistryClient registryClient() {
    if (registryUrl == null || registryUrl.isBlank()) {
      getLog().debug("No dataproduct.registry.url: the schemas are not registered in a schema registry");
      return null;
    }
    RegistryCredentials credentials = RegistryServers.credentials(registryServerId, session, settingsDecrypter);
    return new RegistryClient(registryUrl, credentials, RegistryClient.Options.defaults(), buildLog(), MavenWording.INSTANCE);
  }

  /**
   * The product as the project's descriptor has it, with positions for findings. validate passed
   * this very descriptor in this build (see {@link JudgedContracts}), so reading it is enough.
   */
  private DataProduct locatedProduct() {
    String shown = relative(descriptor);
    try {
      YamlLoadResult loaded = new YamlLoader().load(descriptor.toPath(), shown, MavenWording.INSTANCE);
      return DescriptorReader.read(loaded.document().orElseThrow(
          () -> new BuildError(shown + " changed since dataproduct:validate passed it; run the build again")));
    } catch (IOException e) {
      throw new BuildError("Cannot read " + shown + ": " + e.getMessage() + "; check its permissions", e);
    }
  }
}
