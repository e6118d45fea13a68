package dev.dataproduct.maven;

import dev.dataproduct.goal.GenerateGoal;
import java.io.File;
import javax.inject.Inject;
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
 *       every output port's current key and value schemas, and every port's schema history, carried
 *       forward from the previous release's jar (for a first release, started from where {@code
 *       history} says the topic's history lived before the plugin). That is what the next release
 *       compares with ({@code dataproduct:check}) and what consumers read.
 *   <li>In a build that packages the jar, the contract in the open standards beside it (ODCS, ODPS,
 *       AsyncAPI, OpenLineage), under {@code META-INF/dataproduct/exports/}: see {@code exports}.
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

  public static final String GOAL = GenerateGoal.NAME;

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
   * <pre>
   * &lt;outputDirectory&gt;${project.build.directory}/generated-sources/dataproduct&lt;/outputDirectory&gt;
   * </pre>
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "dataproduct.generate.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/dataproduct")
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

  /**
   * When the contract's exports in the open standards (ODCS, ODPS, AsyncAPI, OpenLineage, under
   * {@code META-INF/dataproduct/exports/}) are packed beside it.
   *
   * <ul>
   *   <li>{@code package} (the default): in every build that may package the jar or publish it,
   *       that is every build but those whose phases all end before {@code package} ({@code mvn
   *       compile}, {@code mvn test}, {@code mvn generate-sources} as IDEs run it). Nothing in
   *       those reads the exports, and on a product with hundreds of ports they are the largest
   *       part of generation. Such a build removes exports packed earlier, so that none is ever
   *       older than the contract beside it; the next build that packages packs them again. A build
   *       that names a goal, or no phase at all (Maven embedded in an IDE without one), packs them.
   *   <li>{@code always}: in every build, for tools that read {@code target/classes} after a
   *       compile.
   * </ul>
   *
   * <pre>{@code <exports>always</exports>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.exports", defaultValue = "package")
  String exports;

  /**
   * The reproducible-build timestamp: the OpenLineage export's event time, so the packed contract
   * does not change between builds.
   */
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
   * <pre>{@code <optionalGettersForNullableFieldsOnly>true</optionalGettersForNullableFieldsOnly>}
   * </pre>
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

  @Inject
  public GenerateMojo(
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    super(GOAL, repositorySystem, settingsDecrypter, buildContext);
  }

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected void run() {
    // Registered first, so that a product with errors still compiles what it had (and says why not
    // more).
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    new GenerateGoal(facts())
        .run(
            CoreOptions.files(this),
            outputDirectory.toPath(),
            CoreOptions.codegen(this),
            baseline,
            CoreOptions.exports(this),
            CoreOptions.packExports(this),
            stamp -> CoreOptions.stampInputs(this, stamp));
  }
}
