package dev.dataproduct.maven;

import dev.dataproduct.codegen.CodeGenerator;
import dev.dataproduct.codegen.CodegenOptions;
import dev.dataproduct.codegen.CodegenResult;
import dev.dataproduct.codegen.RuntimeDependencies;
import dev.dataproduct.codegen.UpstreamProduct;
import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractBuilder;
import dev.dataproduct.contract.ContractLayout;
import dev.dataproduct.contract.ContractReader;
import dev.dataproduct.contract.ContractWriter;
import dev.dataproduct.export.ExportSettings;
import dev.dataproduct.export.Exports;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Severity;
import dev.dataproduct.history.AdoptedHistory;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.validate.ProductValidator;
import dev.dataproduct.validate.ValidationRequest;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * Generates the product's Java sources and packs its contract into the jar.
 *
 * <ul>
 *   <li>An Avro class for every named type in {@code src/main/avro}, with the options users know
 *       from {@code avro-maven-plugin}.
 *   <li>For every output port, a typed producer and a typed consumer in {@code javaPackage}; for
 *       every input port whose upstream product's jar is a dependency, a typed consumer in its
 *       {@code upstream} subpackage, built on the classes in that jar.
 *   <li>The contract under {@code META-INF/dataproduct/}: the descriptor (its version filled in),
 *       every output port's current key and value schemas, and every port's schema history,
 *       carried forward from the previous release's jar (for a first release, started from
 *       where {@code history} says the topic's history lived before the plugin). That is what the next release compares
 *       with ({@code dataproduct:check}) and what consumers read.
 * </ul>
 *
 * <p>The generated code needs {@code org.apache.avro:avro} and {@code
 * org.apache.kafka:kafka-clients} as dependencies of the product, and nothing else. Only what
 * changed is written: a rebuild with nothing changed writes no file, and files generated before
 * that are no longer generated are removed.
 *
 * @since 0.1.0
 */
@Mojo(
    name = GenerateMojo.GOAL,
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractDataProductMojo {

  public static final String GOAL = "generate";

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipGenerate>true</skipGenerate>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  /**
   * Where the Java sources are generated; it is added to the project's compile source roots. The
   * goal owns the files it generated there (listed in {@code .dataproduct-generated}) and leaves
   * any other file alone.
   *
   * <pre>&lt;outputDirectory&gt;${project.build.directory}/generated-sources/dataproduct&lt;/outputDirectory&gt;</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.generate.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/dataproduct")
  File outputDirectory;

  /**
   * The Java package of the producers and consumers; the runtime support they share goes into its
   * {@code runtime} subpackage, the consumers of input ports into its {@code upstream} subpackage.
   * Avro classes keep their schema's namespace. Default: {@code dataproduct.<domain>.<name>} with
   * everything but letters and digits left out, such as {@code dataproduct.sales.orders}.
   *
   * <pre>{@code <javaPackage>com.example.orders.kafka</javaPackage>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.javaPackage")
  String javaPackage;

  /**
   * The Java type of Avro strings: {@code String}, {@code CharSequence} or {@code Utf8}. As {@code
   * avro-maven-plugin}'s {@code stringType}, but the default is {@code String}.
   *
   * <pre>{@code <stringType>CharSequence</stringType>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.stringType", defaultValue = "String")
  String stringType;

  /**
   * Whether {@code decimal} fields are {@link java.math.BigDecimal} (the default) rather than
   * {@link java.nio.ByteBuffer}. As {@code avro-maven-plugin}'s {@code enableDecimalLogicalType},
   * but on by default.
   *
   * <pre>{@code <enableDecimalLogicalType>false</enableDecimalLogicalType>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.enableDecimalLogicalType", defaultValue = "true")
  boolean enableDecimalLogicalType;

  /**
   * The Kafka bootstrap servers ({@code host:port[,host:port]}) the product's topics live on, named
   * by the exports in the open standards packed beside the contract: ODCS {@code servers}, the
   * AsyncAPI server and the OpenLineage dataset namespace {@code kafka://<first server>}. Without
   * it the exports name no server and OpenLineage uses {@code kafka://unknown}. Every product of a
   * cluster should give the same value, so lineage tools join their datasets.
   *
   * <pre>{@code <bootstrapServers>kafka-1.example.com:9092</bootstrapServers>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.kafka.bootstrapServers")
  String bootstrapServers;

  /**
   * The schema registry's vendor ({@code confluent}, {@code apicurio}, ...), for the AsyncAPI
   * export's Kafka server binding (with {@code registryUrl}). None by default.
   *
   * <pre>{@code <registryVendor>apicurio</registryVendor>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.registry.vendor")
  String registryVendor;

  /** The reproducible-build timestamp: the OpenLineage export's event time, so the packed contract does not change between builds. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  /**
   * Whether records get a {@code getOptional<Field>()} beside every getter. Default {@code false}.
   *
   * <pre>{@code <createOptionalGetters>true</createOptionalGetters>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.createOptionalGetters", defaultValue = "false")
  boolean createOptionalGetters;

  /**
   * Whether getters return {@link java.util.Optional}. Default {@code false}.
   *
   * <pre>{@code <gettersReturnOptional>true</gettersReturnOptional>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.gettersReturnOptional", defaultValue = "false")
  boolean gettersReturnOptional;

  /**
   * Whether {@code createOptionalGetters} and {@code gettersReturnOptional} apply to nullable
   * fields only. Default {@code false}.
   *
   * <pre>{@code <optionalGettersForNullableFieldsOnly>true</optionalGettersForNullableFieldsOnly>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.optionalGettersForNullableFieldsOnly", defaultValue = "false")
  boolean optionalGettersForNullableFieldsOnly;

  /**
   * Whether records have setters. Default {@code true}.
   *
   * <pre>{@code <createSetters>false</createSetters>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.createSetters", defaultValue = "true")
  boolean createSetters;

  /**
   * The visibility of record fields: {@code private} (the default) or {@code public}.
   *
   * <pre>{@code <fieldVisibility>public</fieldVisibility>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.fieldVisibility", defaultValue = "private")
  String fieldVisibility;

  private final RepositorySystem repositorySystem;
  private final BuildContext buildContext;
  private final SettingsDecrypter settingsDecrypter;

  @Inject
  public GenerateMojo(RepositorySystem repositorySystem, BuildContext buildContext, SettingsDecrypter settingsDecrypter) {
    this.repositorySystem = repositorySystem;
    this.buildContext = buildContext;
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected void run() {
    // Registered first, so that a product with errors still compiles what it had (and says why not more).
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    ValidationResult product =
        new ProductValidator(buildLog(), MavenWording.INSTANCE)
            .validate(ValidationRequest.of(project.getBasedir().toPath(), descriptor.toPath(), schemaDirectory.toPath(), project.getVersion()));
    long errors = product.count(Severity.ERROR);
    if (product.product() == null || errors > 0) {
      getLog().warn("Not generating sources nor packing the contract: the data product has " + Counts.plural(errors, "error")
          + "; run dataproduct:validate to see them");
      return;
    }
    RuntimeDependencies.missing(compileClasspath()).ifPresent(problem -> {
      throw new BuildError(problem);
    });

    List<UpstreamProduct> upstreams = upstreamProducts();
    CodegenResult generated = new CodeGenerator(options(), MavenWording.INSTANCE)
        .generate(product.product(), product.schemas(), project.getVersion(), upstreams, outputDirectory.toPath());
    generated.notes().forEach(note -> getLog().warn(note));
    if (generated.changed()) {
      buildContext.refresh(outputDirectory);
    }

    Baseline previous = new BaselineResolver(repositorySystem, session.getRepositorySession(), project, getLog()).resolve(baseline);
    Contract contract = ContractBuilder.build(product.product(), product.schemas(), project.getVersion(), previous.contract());
    // Adoption hook: a first release's history starts from where it lived before the plugin (dataproduct.history).
    AdoptedHistory adopted = adoptedHistory(previous, product.product(), settingsDecrypter);
    contract = adopted.seed(contract);
    if (!adopted.findings().isEmpty()) {
      // The same versions check compares with; check reports the problems and fails the build on them.
      getLog().warn("Packed only the readable versions of " + adopted.source() + ": it has " + Counts.plural(adopted.findings().size(), "problem")
          + " that dataproduct:check reports");
    }
    // Export hook: the contract in the open standards, packed beside it (dev.dataproduct.export).
    SortedMap<String, byte[]> exports = Exports.files(contract, upstreams.stream().map(UpstreamProduct::contract).toList(),
        new ExportSettings(bootstrapServers, registryUrl, registryVendor, ExportSettings.eventTimeOf(outputTimestamp)));
    ContractWriter.Result packed = ContractWriter.write(contract, readDescriptor(), exports, contractDirectory.toPath());
    if (packed.changed()) {
      buildContext.refresh(contractDirectory);
    }

    CodegenResult.Counts counts = generated.counts();
    getLog().info(
        "Generated " + product.product().name() + " " + project.getVersion() + " into " + relative(outputDirectory) + ": "
            + Counts.plural(counts.avroClasses(), "Avro class", "Avro classes") + ", "
            + Counts.plural(counts.producers(), "producer") + ", "
            + Counts.plural(counts.consumers(), "consumer")
            + (counts.upstreamConsumers() > 0 ? ", " + Counts.plural(counts.upstreamConsumers(), "upstream consumer") : "")
            + changes(generated.written().size(), generated.deleted().size(), generated.changed())
            + "; packed the contract into " + ContractLayout.DIRECTORY + ": " + Counts.plural(contract.ports().size(), "output port")
            + (previous.exists() ? ", schema history carried from " + previous.version()
                : adopted.versions() > 0 ? ", schema history started from " + adopted.source() : ", no earlier release")
            + changes(packed.written().size(), packed.deleted().size(), packed.changed()));
    contract.ports().values().stream()
        .filter(port -> project.getVersion().equals(port.transitiveFrom()) && previous.exists())
        .forEach(port -> getLog().info(
            "Port \"" + port.portName() + "\": " + project.getVersion() + " breaks the releases before it, as its major version allows;"
                + " its transitive history starts again here, so later releases are compared with " + project.getVersion() + " and those after it"));
  }

  private CodegenOptions options() {
    return new CodegenOptions(
        javaPackage == null || javaPackage.isBlank() ? null : javaPackage.strip(),
        CodegenOptions.stringType(stringType, "<stringType> (-Ddataproduct.stringType)"),
        enableDecimalLogicalType,
        createOptionalGetters,
        gettersReturnOptional,
        optionalGettersForNullableFieldsOnly,
        createSetters,
        CodegenOptions.fieldVisibility(fieldVisibility, "<fieldVisibility> (-Ddataproduct.fieldVisibility)"));
  }

  /** {@code groupId:artifactId} of every library the generated sources compile against. */
  private Set<String> compileClasspath() {
    Set<String> libraries = new TreeSet<>();
    for (Artifact artifact : compileArtifacts()) {
      libraries.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
    }
    return libraries;
  }

  /** The dependencies the generated sources compile against. */
  private List<Artifact> compileArtifacts() {
    return project.getArtifacts().stream()
        .filter(artifact -> artifact.getArtifactHandler().isAddedToClasspath() && isCompileScope(artifact.getScope()))
        .toList();
  }

  private static boolean isCompileScope(String scope) {
    return scope == null || Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_PROVIDED.equals(scope) || Artifact.SCOPE_SYSTEM.equals(scope);
  }

  /** The data products on the compile classpath: jars (or, in a reactor, classes directories) that carry a contract. */
  private List<UpstreamProduct> upstreamProducts() {
    List<UpstreamProduct> upstreams = new ArrayList<>();
    for (Artifact artifact : compileArtifacts()) {
      File file = artifact.getFile();
      if (file != null && ContractReader.hasContract(file.toPath())) {
        upstreams.add(UpstreamProduct.read(file.toPath()));
        getLog().debug("Upstream data product: " + artifact);
      }
    }
    return upstreams;
  }

  private static String changes(int written, int deleted, boolean changed) {
    return changed ? " (" + written + " written, " + deleted + " removed)" : " (unchanged)";
  }

  private byte[] readDescriptor() {
    Path path = descriptor.toPath();
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BuildError("Cannot read " + relative(descriptor) + ": " + e.getMessage(), e);
    }
  }
}
