package dev.dataproduct.goal;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.logic.codegen.CodeGenerator;
import dev.dataproduct.logic.codegen.CodegenOptions;
import dev.dataproduct.logic.codegen.CodegenResult;
import dev.dataproduct.logic.codegen.GenerationStamp;
import dev.dataproduct.logic.codegen.RuntimeDependencies;
import dev.dataproduct.logic.codegen.UpstreamProduct;
import dev.dataproduct.logic.export.ExportSettings;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code generate}: the product's Java sources ({@link CodeGenerator}) and its contract packed for
 * the jar, with the schema history carried from the baseline (or, for a first release, started from
 * the history adopted from before the plugin). A product with errors generates nothing.
 */
public final class GenerateGoal {

  public static final String NAME = "generate";

  /** What the summary says of a run that did not pack the exports. */
  public static final String EXPORTS_LEFT_OUT =
      "the exports in the open standards are packed by a build that packages the jar";

  private final BuildFacts facts;

  public GenerateGoal(BuildFacts facts) {
    this.facts = facts;
  }

  /**
   * Generates with nothing but the core's own inputs in the stamp (for front ends with no code or
   * options of their own).
   */
  public void run(
      ProjectFiles files, Path outputDirectory, CodegenOptions options, String baseline) {
    run(files, outputDirectory, options, baseline, ExportSettings.NONE, true, stamp -> {});
  }

  /**
   * @param outputDirectory where the Java sources go
   * @param baseline the baseline option, as {@link BaselineResolver#resolve} reads it
   * @param exportSettings what the exports in the open standards name that the descriptor does not
   * @param packExports whether to pack the exports: only a jar or a catalog reads them, so a front
   *     end whose build stops before either (a compile, a test run) leaves them out; they are
   *     removed then, so that none is ever older than the contract beside it
   * @param frontEndInputs adds to the stamp what only the front end knows it read (its own code,
   *     its options), so that a change there runs generate in full
   */
  public void run(
      ProjectFiles files,
      Path outputDirectory,
      CodegenOptions options,
      String baseline,
      ExportSettings exportSettings,
      boolean packExports,
      Consumer<GenerationStamp> frontEndInputs) {
    BuildLog log = facts.log();
    String version = facts.version();
    GenerationStamp stamp =
        stamp(files, outputDirectory, options, baseline).setting("exports", exportSettings);
    frontEndInputs.accept(stamp);
    // A run that left the exports out is current for a build that needs none; one that needs them
    // runs in full to pack them (the stamp covers the packed files, so present means current).
    if (stamp.isCurrent() && (!packExports || Exports.packedIn(files.contractDirectory()))) {
      log.info(
          "Generated sources and packed contract of "
              + facts.name()
              + " "
              + version
              + " are current: no input changed since the last build ("
              + Paths.relative(facts.baseDir(), outputDirectory)
              + ")");
      return;
    }
    // Asked before the stamp goes: outputs nobody touched since the last run need not be read.
    boolean outputsAsRecorded = stamp.outputsAsRecorded();
    stamp.discard();
    ValidationResult product =
        Judgement.validate(
            facts,
            Judgement.withBuildFacts(
                facts,
                ValidationRequest.of(
                    facts.baseDir(), files.descriptor(), files.schemaDirectory(), version)));
    long errors = product.count(Severity.ERROR);
    // Errors at the default rule levels: a build that lowers a rule (validate's rules, a mesh
    // policy) has validate's verdict on these very sources, and generate follows it.
    boolean validated =
        errors > 0
            && product.product() != null
            && new JudgedContracts(facts).passedAsNow(ValidateGoal.NAME, files);
    if (product.product() == null || (errors > 0 && !validated)) {
      log.warn(
          "Not generating sources nor packing the contract: the data product has "
              + Counts.plural(errors, "error")
              + "; run "
              + facts.wording().goal(ValidateGoal.NAME)
              + " to see them");
      return;
    }
    RuntimeDependencies.missing(compileLibraries())
        .ifPresent(
            problem -> {
              throw new BuildError(problem);
            });

    List<UpstreamProduct> upstreams = upstreamProducts();
    CodegenResult generated =
        new CodeGenerator(options, facts.wording())
            .generate(
                product.product(),
                product.schemas(),
                version,
                upstreams,
                outputDirectory,
                outputsAsRecorded);
    generated.notes().forEach(log::warn);
    if (generated.changed()) {
      facts.refresh(outputDirectory);
    }

    Baseline previous = new BaselineResolver(facts).resolve(baseline);
    Contract contract =
        ContractBuilder.build(product.product(), product.schemas(), version, previous.contract());
    // Adoption hook: a first release's history starts from where it lived before the plugin
    // (dataproduct.history).
    AdoptedHistory adopted = facts.adoptedHistory(previous, product.product());
    contract = adopted.seed(contract);
    if (!adopted.findings().isEmpty()) {
      // The same versions check compares with; check reports the problems and fails the build on
      // them.
      log.warn(
          "Packed only the readable versions of "
              + adopted.source()
              + ": it has "
              + Counts.plural(adopted.findings().size(), "problem")
              + " that "
              + facts.wording().goal(CheckGoal.NAME)
              + " reports");
    }
    // The contract in the open standards, packed beside it (dev.dataproduct.logic.export).
    SortedMap<String, ContractWriter.Content> exports =
        packExports
            ? Exports.contents(
                contract,
                upstreams.stream().map(UpstreamProduct::contract).toList(),
                exportSettings)
            : new TreeMap<>();
    ContractWriter.Result packed =
        // The descriptor as validated: the same bytes, and not parsed again.
        ContractWriter.writeWith(
            contract,
            product.descriptorContent(),
            product.product().node(),
            exports,
            files.contractDirectory());
    if (packed.changed()) {
      facts.refresh(files.contractDirectory());
    }

    CodegenResult.Counts counts = generated.counts();
    log.info(
        "Generated "
            + product.product().name()
            + " "
            + version
            + " into "
            + Paths.relative(facts.baseDir(), outputDirectory)
            + ": "
            + Counts.plural(counts.avroClasses(), "Avro class", "Avro classes")
            + ", "
            + Counts.plural(counts.producers(), "producer")
            + ", "
            + Counts.plural(counts.consumers(), "consumer")
            + (counts.upstreamConsumers() > 0
                ? ", " + Counts.plural(counts.upstreamConsumers(), "upstream consumer")
                : "")
            + changes(generated.written().size(), generated.deleted().size(), generated.changed())
            + "; packed the contract into "
            + ContractLayout.DIRECTORY
            + ": "
            + Counts.plural(contract.ports().size(), "output port")
            + (previous.exists()
                ? ", schema history carried from " + previous.version()
                : adopted.versions() > 0
                    ? ", schema history started from " + adopted.source()
                    : ", no earlier release")
            + changes(packed.written().size(), packed.deleted().size(), packed.changed())
            + (packExports ? "" : "; " + EXPORTS_LEFT_OUT));
    contract.ports().values().stream()
        .filter(port -> version.equals(port.transitiveFrom()) && previous.exists())
        .forEach(
            port ->
                log.info(
                    "Port \""
                        + port.portName()
                        + "\": "
                        + version
                        + " breaks the releases before it, as its major version allows;"
                        + " its transitive history starts again here, so later releases are compared with "
                        + version
                        + " and those after it"));
    stamp.record();
  }

  /**
   * What a run reads, for skipping a run with nothing changed: the sources by content, the options,
   * the compile dependencies and a baseline path by identity. The baseline is looked up again (a
   * newer release may have appeared).
   */
  private GenerationStamp stamp(
      ProjectFiles files, Path outputDirectory, CodegenOptions options, String baseline) {
    GenerationStamp stamp =
        new CodeGenerator(options, facts.wording())
            .stamp(
                files.reportDirectory().resolve("generate.stamp"),
                List.of(outputDirectory, files.contractDirectory()),
                files.descriptor(),
                files.schemaDirectory(),
                facts.version())
            .lateSetting(
                "baseline",
                () -> {
                  Baseline previous = new BaselineResolver(facts).resolve(baseline);
                  return previous.exists() ? previous.source() + " " + previous.version() : "none";
                });
    for (BuildFacts.Dependency dependency : facts.dependencies()) {
      if (dependency.compile()) {
        stamp.identity(
            dependency.name(),
            dependency.file() == null ? Path.of(dependency.name()) : dependency.file());
      }
    }
    if (baseline != null && BaselineResolver.looksLikePath(baseline.strip())) {
      stamp.identity("baseline path", facts.baseDir().resolve(baseline.strip()).normalize());
    }
    return stamp;
  }

  /** {@code groupId:artifactId} of every library the generated sources compile against. */
  private Set<String> compileLibraries() {
    Set<String> libraries = new TreeSet<>();
    facts.dependencies().stream()
        .filter(BuildFacts.Dependency::compile)
        .forEach(d -> libraries.add(d.groupId() + ":" + d.artifactId()));
    return libraries;
  }

  /**
   * The data products on the compile classpath: jars (or, in a reactor, classes directories) that
   * carry a contract.
   */
  private List<UpstreamProduct> upstreamProducts() {
    return ReadOnce.upstreams(facts, BuildFacts.Dependency::compile).stream()
        .map(upstream -> new UpstreamProduct(upstream.contract(), upstream.file()))
        .toList();
  }

  private static String changes(int written, int deleted, boolean changed) {
    return changed ? " (" + written + " written, " + deleted + " removed)" : " (unchanged)";
  }
}
