package dev.dataproduct.maven;

import dev.dataproduct.catalog.CatalogQueries;
import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.check.CheckResult;
import dev.dataproduct.check.ContractCheck;
import dev.dataproduct.check.CurrentSources;
import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractBuilder;
import dev.dataproduct.contract.ContractReader;
import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.history.AdoptedHistory;
import dev.dataproduct.publish.PublishedVersion;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the product with its previous release, resolved from the Maven repositories as
 * japicmp does: each port's key and value at the port's declared compatibility level (Schema
 * Registry semantics, every incompatibility located in the candidate {@code .avsc}), meaning
 * beyond the wire (logical types, aliases, defaults, keys, {@code pii} tags, classification),
 * breaking changes to the descriptor, and the semantic-version rules. Waivers in the descriptor
 * accept a finding with a justification. Input ports are checked against the contracts of the
 * upstream products found on the dependency path. A first release has nothing to compare with
 * and passes, unless {@code history} names where the topic's history lived before the plugin (a
 * schema registry's subjects, a folder of {@code .avsc} versions): then its schemas are checked
 * against that history at each port's level. A release version the catalog already holds with another contract is an error here
 * ({@code CATALOG-VERSION-PUBLISHED}), before the {@code deploy} phase deploys the jar and only
 * then runs {@code publish}, which would refuse it.
 *
 * <p>It runs in the {@code process-sources} phase, right after {@code generate} has packed the
 * contract ({@code generate-sources}) and before anything is compiled or tested. A breaking change
 * usually breaks the product's own code as well: a removed field no longer compiles, a new
 * required field makes a test fail with {@code AvroMissingField}. The contract finding, which says
 * what broke, for which consumers, and what to do, is then the first failure of the build, not a
 * compiler error or a stack trace that hides it. Everything it needs exists at that point: the
 * validated sources, the packed contract, the baseline from the repositories and the catalog. So
 * {@code mvn compile} and {@code mvn test} judge the contract too; {@code -Ddataproduct.check.skip}
 * leaves it out of a quick local loop (and {@code publish} then refuses to publish).
 *
 * @since 0.1.0
 */
@Mojo(
    name = CheckMojo.GOAL,
    defaultPhase = LifecyclePhase.PROCESS_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractContractMojo {

  public static final String GOAL = "check";

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipCheck>true</skipCheck>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.check.skip", defaultValue = "false")
  private boolean skipCheck;

  private final SettingsDecrypter settingsDecrypter;

  @Inject
  public CheckMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
    super(repositorySystem);
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean skipGoal() {
    return skipCheck;
  }

  @Override
  protected void run() throws MojoFailureException {
    JudgedProduct judged = validateProduct();
    ValidationResult current = judged.validation();
    FindingsOutcome outcome = new FindingsOutcome(getLog(), maxPrintedFindings);
    if (current.product() == null || current.hasErrors()) {
      // A contract that does not validate cannot be compared; say why here too, in case validate is not bound.
      List<Finding> errors = current.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      File report = Reports.write(reportDirectory, GOAL, current.product(), project.getVersion(), plugin.getVersion(), errors);
      outcome.conclude(
          GOAL,
          "Cannot compare " + project.getArtifactId() + " " + project.getVersion() + " with earlier releases: the contract has "
              + Counts.plural(errors.size(), "error"),
          errors,
          failOnWarning,
          report);
      return;
    }

    Baseline previous = new BaselineResolver(repositorySystem, session.getRepositorySession(), project, getLog()).resolve(baseline);
    getLog().debug(previous.exists() ? "Baseline: " + previous.source() : previous.whyNone());
    Contract contract = ContractBuilder.build(current.product(), current.schemas(), project.getVersion(), previous.contract());
    // Adoption hook: a first release is checked against the history it had before the plugin (dataproduct.history).
    AdoptedHistory adopted = adoptedHistory(previous, current.product(), settingsDecrypter);
    contract = adopted.seed(contract);
    DirectoryCatalog catalog = new DirectoryCatalog(catalogRoot(), buildLog(), MavenWording.INSTANCE);
    CheckResult result =
        ContractCheck.check(
            previous.contract(), contract, new CurrentSources(current.product(), current.schemas(), PomVersion.position(project.getFile().toPath(), relative(project.getFile()))),
            upstreamContracts(),
            consumers(catalog, current.product()), judged.rules().settings());

    List<Finding> findings = new ArrayList<>(result.findings());
    findings.addAll(alreadyPublished(catalog, current.product(), judged.rules().settings()));
    findings.addAll(adoptedFindings(adopted, judged.rules().settings()));
    findings.sort(Findings.ORDER);
    File report = Reports.write(reportDirectory, GOAL, current.product(), project.getVersion(), plugin.getVersion(), findings);
    // Without a baseline the reason is the summary: a first release, or a build that asked for none.
    String summary = previous.exists() ? result.summaryLine()
        : adopted.isSet() ? adopted.summaryLine(current.product().name(), project.getVersion(), result.breakingChanges(), result.count(Severity.WARNING))
        : previous.whyNone();
    outcome.conclude(GOAL, summary, findings, failOnWarning, report);
    JudgedContracts.passed(project, GOAL, packedFingerprint());
  }

  /**
   * Whether the catalog {@code publish} writes to already holds this version with other content:
   * found here, at {@code process-sources}, the build stops before the packaging's {@code deploy:deploy},
   * which runs before {@code publish} in the {@code deploy} phase.
   */
  private List<Finding> alreadyPublished(DirectoryCatalog catalog, DataProduct product, RuleSettings settings) {
    if (!publishesThisVersion()) {
      getLog().debug("Not looking for " + project.getVersion() + " in the catalog: SNAPSHOT versions are not published");
      return List.of();
    }
    if (!PublishRequest.isPacked(contractDirectory.toPath())) {
      getLog().debug("Not looking for " + project.getVersion() + " in the catalog: no packed contract in " + contractDirectory);
      return List.of();
    }
    // The packed contract as publish sends it, without the report this check is still producing.
    PublishRequest request = PublishRequest.ofPackedContract(contractDirectory.toPath(), null, true, MavenWording.INSTANCE);
    return PublishedVersion.check(catalog, request, product.node().positionOf("version"), settings);
  }

  /** The problems in a history folder, at the levels this build runs the rules with. */
  private static List<Finding> adoptedFindings(AdoptedHistory adopted, RuleSettings settings) {
    Findings findings = new Findings(settings);
    findings.addAll(adopted.findings());
    return findings.all();
  }

  /** The consumers of the product's ports that the catalog knows, by port. */
  private Map<String, List<CatalogQueries.Consumer>> consumers(DirectoryCatalog catalog, DataProduct product) {
    Map<String, List<CatalogQueries.Consumer>> consumers = CatalogQueries.of(catalog).consumersOf(product.domain(), product.name());
    getLog().debug("Consumers of " + product.qualifiedName() + " in the catalog " + catalog.root() + ": " + consumers);
    return consumers;
  }

  /**
   * The contracts of the products this one depends on: jars that carry META-INF/dataproduct or, in
   * a reactor built only up to {@code compile} or {@code test} (check runs at {@code
   * process-sources}), the upstream module's classes directory, where its generate packed it.
   */
  private List<Contract> upstreamContracts() {
    List<Contract> upstreams = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      File file = artifact.getFile();
      if (file != null && ContractReader.hasContract(file.toPath())) {
        upstreams.add(ContractReader.read(file.toPath()));
        getLog().debug("Upstream contract: " + artifact);
      }
    }
    return upstreams;
  }
}
