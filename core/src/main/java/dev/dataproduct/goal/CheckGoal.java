package dev.dataproduct.goal;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.infra.catalog.CatalogQueries;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.logic.check.ChangeReport;
import dev.dataproduct.logic.check.CheckResult;
import dev.dataproduct.logic.check.ContractCheck;
import dev.dataproduct.logic.check.CurrentSources;
import dev.dataproduct.logic.publish.PublishedVersion;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code check}: the product against its previous release ({@link ContractCheck}), its input ports
 * against the upstream contracts it depends on, a first release against the history adopted from
 * before the plugin, and the catalog: who consumes the ports, and whether it already holds this
 * version with another contract.
 */
public final class CheckGoal {

  public static final String NAME = "check";

  private final BuildFacts facts;

  public CheckGoal(BuildFacts facts) {
    this.facts = facts;
  }

  /**
   * @param catalogRoot the catalog publish writes to, for the consumers and the published versions
   * @param publishes whether publish would publish this version (SNAPSHOTs only when asked to)
   */
  public GoalOutcome run(
      ProjectFiles files, ContractRules rules, Path catalogRoot, boolean publishes) {
    String version = facts.version();
    ValidationResult current = Judgement.validate(facts, Judgement.request(facts, files, rules));
    if (current.product() == null || current.hasErrors()) {
      // A contract that does not validate cannot be compared; say why here too, in case validate is
      // not bound.
      List<Finding> errors =
          current.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      Path report = Reports.write(files.reportDirectory(), NAME, current.product(), facts, errors);
      Reports.removeStale(files.reportDirectory(), ChangeReport.FILE_NAME);
      return new GoalOutcome(
          "Cannot compare "
              + facts.name()
              + " "
              + version
              + " with earlier releases: the contract has "
              + Counts.plural(errors.size(), "error"),
          errors,
          report,
          false);
    }
    RuleSettings settings = rules.rules().settings();
    DataProduct product = current.product();

    Baseline previous = new BaselineResolver(facts).resolve(rules.baseline());
    facts.log().debug(previous.exists() ? "Baseline: " + previous.source() : previous.whyNone());
    Contract contract =
        ContractBuilder.build(product, current.schemas(), version, previous.contract());
    // Adoption hook: a first release is checked against the history it had before the plugin
    // (dataproduct.history).
    AdoptedHistory adopted = facts.adoptedHistory(previous, product);
    contract = adopted.seed(contract);
    DirectoryCatalog catalog = new DirectoryCatalog(catalogRoot, facts.log(), facts.wording());
    CheckResult result =
        ContractCheck.check(
            previous.contract(),
            contract,
            new CurrentSources(product, current.schemas(), facts.versionPosition()),
            ReadOnce.upstreamContracts(facts),
            consumers(catalog, product),
            adopted.findingsFor(contract),
            settings);

    List<Finding> findings = new ArrayList<>(result.findings());
    findings.addAll(alreadyPublished(catalog, current, contract, files, publishes, settings));
    findings.sort(Findings.ORDER);
    Path report =
        Reports.write(
            files.reportDirectory(),
            NAME,
            product,
            facts,
            findings,
            settings,
            result.switchedOff());
    // Without a baseline the reason is the summary: a first release, or a build that asked for
    // none.
    String summary =
        (previous.exists()
                ? result.summaryLine()
                : adopted.isSet()
                    ? adopted.summaryLine(
                        product.name(),
                        version,
                        result.breakingChanges(),
                        result.count(Severity.WARNING))
                    : previous.whyNone())
            + Counts.switchedOff(result.switchedOff());
    Reports.writeMarkdown(
        files.reportDirectory(),
        ChangeReport.FILE_NAME,
        ChangeReport.markdown(summary, result, previous.contract(), contract, findings),
        "Contract changes for a pull-request comment",
        facts);
    return new GoalOutcome(summary, findings, report, true);
  }

  /**
   * Whether the catalog publish writes to already holds this version with other content: found
   * before anything is deployed, so the build stops before the jar is in a repository.
   */
  private List<Finding> alreadyPublished(
      DirectoryCatalog catalog,
      ValidationResult validated,
      Contract compared,
      ProjectFiles files,
      boolean publishes,
      RuleSettings settings) {
    Path contractDirectory = files.contractDirectory();
    if (!publishes) {
      new JudgedContracts(facts).packedCompared(files, true); // publish does not publish it
      facts
          .log()
          .debug(
              "Not looking for "
                  + facts.version()
                  + " in the catalog: SNAPSHOT versions are not published");
      return List.of();
    }
    if (!PublishRequest.isPacked(contractDirectory)) {
      new JudgedContracts(facts).packedCompared(files, true); // publish finds nothing to publish
      facts
          .log()
          .debug(
              "Not looking for "
                  + facts.version()
                  + " in the catalog: no packed contract in "
                  + contractDirectory);
      return List.of();
    }
    // The packed contract as publish sends it, without the report this check is still producing.
    PublishRequest request =
        PublishRequest.ofPackedContract(contractDirectory, null, true, facts.wording());
    packedAsCompared(compared, validated, files, request);
    return PublishedVersion.check(
        catalog, request, validated.product().node().positionOf("version"), settings);
  }

  /**
   * Whether the contract packed for publish (and the jar) is the one this check compared, noted for
   * publish ({@link JudgedContracts#packedCompared}). A contract generate packed in an earlier
   * build stays when generate is skipped or does not pack (it refuses a contract with errors at its
   * default rule levels unless validate passed these sources in the same build); passing the
   * sources must not let publish send that one unchecked.
   */
  private void packedAsCompared(
      Contract compared, ValidationResult validated, ProjectFiles files, PublishRequest packed) {
    List<String> differing =
        ContractWriter.notAsPacked(
            compared,
            validated.descriptorContent(),
            validated.product().node(),
            packed.contractFiles());
    new JudgedContracts(facts).packedCompared(files, differing.isEmpty());
    if (!differing.isEmpty()) {
      facts
          .log()
          .warn(
              "The contract packed in "
                  + Paths.relative(facts.baseDir(), files.contractDirectory())
                  + " is not the one these sources make, which "
                  + facts.wording().goal(NAME)
                  + " compared ("
                  + differing.get(0)
                  + (differing.size() == 1
                      ? " differs"
                      : " and " + Counts.plural(differing.size() - 1, "more file") + " differ")
                  + "): "
                  + facts.wording().goal(PublishGoal.NAME)
                  + " refuses to publish it. "
                  + JudgedContracts.notPackedBy(facts.wording()));
    }
  }

  /** The consumers of the product's ports that the catalog knows, by port. */
  private Map<String, List<CatalogQueries.Consumer>> consumers(
      DirectoryCatalog catalog, DataProduct product) {
    Map<String, List<CatalogQueries.Consumer>> consumers =
        CatalogQueries.of(catalog).consumersOf(product.domain(), product.name());
    facts
        .log()
        .debug(
            "Consumers of "
                + product.qualifiedName()
                + " in the catalog "
                + catalog.root()
                + ": "
                + consumers);
    return consumers;
  }
}
