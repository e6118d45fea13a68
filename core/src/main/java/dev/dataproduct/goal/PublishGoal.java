package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.backstage.BackstagePublication;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistrySubject;
import dev.dataproduct.infra.report.JsonReport;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.logic.publish.BackstageTarget;
import dev.dataproduct.logic.publish.CatalogTarget;
import dev.dataproduct.logic.publish.Publication;
import dev.dataproduct.logic.publish.PublishPlan;
import dev.dataproduct.logic.publish.PublishTarget;
import dev.dataproduct.logic.publish.RegistryTarget;
import dev.dataproduct.logic.publish.Release;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code publish}: the packed contract into the catalog and, where one is configured, its schemas
 * into the schema registry, through {@link Publication}: every target checks first, and only when
 * all accept does each write. The front end makes sure first that {@code validate} and {@code
 * check} passed this very contract in the same build.
 */
public final class PublishGoal {

  public static final String NAME = "publish";

  /**
   * How publishing ended when it did not publish.
   *
   * @param refusal a target refused the version as a whole (the catalog holds it with other
   *     content): the build fails with this line
   * @param rejected a target rejected parts of it, as located findings to report and fail on
   */
  public record Outcome(Optional<String> refusal, Optional<GoalOutcome> rejected) {}

  private final BuildFacts facts;

  public PublishGoal(BuildFacts facts) {
    this.facts = facts;
  }

  /**
   * @param registryUrl the schema registry to register in, or {@code null} / blank for none
   * @param backstage the Backstage catalog to publish into, or {@code null} for none
   * @param label the release as messages name it, e.g. {@code orders 1.2.0}
   */
  public Outcome run(
      ProjectFiles files,
      Path catalogRoot,
      String registryUrl,
      BackstagePublication.Settings backstage,
      boolean dryRun,
      String label) {
    // check passed exactly this packed contract (the front end made sure), so it is read once and
    // trusted.
    Contract contract = ContractReader.read(files.contractDirectory());
    if (!Exports.packedIn(files.contractDirectory())) {
      // The catalog lists them and Backstage shows the AsyncAPI document: a release without them
      // would be published short of what every other release has.
      throw new BuildError(
          "Cannot publish "
              + label
              + ": the contract packed in "
              + Paths.relative(facts.baseDir(), files.contractDirectory())
              + " has no exports in the open standards (generate packs them only in a build that"
              + " packages the jar); "
              + facts.wording().packExports());
    }
    Path checkReport = files.reportDirectory().resolve(JsonReport.fileName(CheckGoal.NAME));
    PublishRequest request =
        PublishRequest.ofPackedContract(contract, files.contractDirectory(), checkReport, dryRun);
    RegistryClient client = registryClient(registryUrl);
    // Findings about the registry point into the project's descriptor, so it is read with its
    // positions.
    DataProduct located = client == null ? null : locatedProduct(files.descriptor());
    List<PublishTarget> others = new ArrayList<>();
    if (client != null) {
      others.add(new RegistryTarget(client, RegistrySubject.of(contract, located), facts.log()));
    }
    if (backstage != null) {
      others.add(new BackstageTarget(new BackstagePublication(backstage, facts.log())));
    }

    Publication.Outcome outcome =
        new Publication(
                new CatalogTarget(new DirectoryCatalog(catalogRoot, facts.log(), facts.wording())),
                others)
            .publish(new Release(request, contract, label));

    // Notes include what this publish repaired after an earlier crash, refused or not.
    // Once targets wrote, their notes supersede what their checks saw.
    if (outcome.written().isEmpty()) {
      outcome.checked().forEach(plan -> plan.notes().forEach(facts.log()::warn));
    } else {
      outcome.written().forEach(written -> written.notes().forEach(facts.log()::warn));
    }
    if (outcome.refused()) {
      return new Outcome(outcome.stopped().map(PublishPlan::refusal), Optional.empty());
    }
    List<Finding> rejections = outcome.rejections();
    Path report = Reports.write(files.reportDirectory(), NAME, located, facts, rejections);
    if (outcome.rejected()) {
      return new Outcome(
          Optional.empty(),
          Optional.of(
              new GoalOutcome(
                  outcome.stopped().orElseThrow().refusal(), rejections, report, false)));
    }
    outcome.written().forEach(written -> written.details().forEach(facts.log()::info));
    facts.log().info(outcome.summary());
    return new Outcome(Optional.empty(), Optional.empty());
  }

  /** The registry's client, or {@code null} when no registry is configured. */
  private RegistryClient registryClient(String registryUrl) {
    if (registryUrl == null || registryUrl.isBlank()) {
      facts
          .log()
          .debug(
              "No "
                  + facts.wording().registryUrlOption()
                  + ": the schemas are not registered in a schema registry");
      return null;
    }
    return new RegistryClient(
        registryUrl,
        facts.registryCredentials(),
        RegistryClient.Options.defaults(),
        facts.log(),
        facts.wording());
  }

  /**
   * The product as the project's descriptor has it, with positions for findings. validate passed
   * this very descriptor in this build, so reading it is enough.
   */
  private DataProduct locatedProduct(Path descriptor) {
    String shown = Paths.relative(facts.baseDir(), descriptor);
    try {
      YamlLoadResult loaded = new YamlLoader().load(descriptor, shown, facts.wording());
      return DescriptorReader.read(
          loaded
              .document()
              .orElseThrow(
                  () ->
                      new BuildError(
                          shown
                              + " changed since "
                              + facts.wording().goal(ValidateGoal.NAME)
                              + " passed it; run the build again")));
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read " + shown + ": " + e.getMessage() + "; check its permissions", e);
    }
  }
}
