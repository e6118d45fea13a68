package dev.dataproduct.maven;

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
