package dev.dataproduct.maven;

import dev.dataproduct.goal.BuildFacts;
import dev.dataproduct.goal.GoalOutcome;
import dev.dataproduct.goal.JudgedContracts;
import dev.dataproduct.infra.catalog.CatalogLocation;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.support.BuildError;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal shares: the skip switches, the descriptor's location, and the one place where
 * core errors become Maven outcomes. Subclasses bind their own parameters and implement {@link
 * #run()}: call their core goal ({@code dev.dataproduct.goal}) with {@link #facts()} and the
 * options {@link CoreOptions} makes of the parameters, and report its outcome.
 */
abstract class AbstractDataProductMojo extends AbstractMojo {

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The running build. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /**
   * Skips every goal of this plugin.
   *
   * <pre>{@code <skip>true</skip>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The data product descriptor.
   *
   * <pre>&lt;descriptor&gt;${project.basedir}/contract/dataproduct.yaml&lt;/descriptor&gt;</pre>
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "dataproduct.descriptor",
      defaultValue = "${project.basedir}/dataproduct.yaml")
  protected File descriptor;

  /**
   * The root of the Avro schema files; schema references in the descriptor are relative to it.
   *
   * <pre>&lt;schemaDirectory&gt;${project.basedir}/src/main/avro&lt;/schemaDirectory&gt;</pre>
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "dataproduct.schemaDirectory",
      defaultValue = "${project.basedir}/src/main/avro")
  protected File schemaDirectory;

  /**
   * Where the goals write their JSON, JUnit XML and SARIF reports.
   *
   * <pre>&lt;reportDirectory&gt;${project.build.directory}/dataproduct&lt;/reportDirectory&gt;
   * </pre>
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "dataproduct.reportDirectory",
      defaultValue = "${project.build.directory}/dataproduct")
  protected File reportDirectory;

  /**
   * The release to compare with and carry schema history from. Empty (the default) means the newest
   * release of this {@code groupId:artifactId} below the project version, resolved from the
   * project's repositories. Otherwise: {@code none}, an exact version ({@code 1.4.0}), a pattern
   * ({@code 1.*}), a Maven version range ({@code [1.0,2.0)}), or the path of a jar or directory
   * holding a contract.
   *
   * <p>A baseline that cannot be established fails the build; it is never taken for a first
   * release. That is the case when a repository cannot be reached, fails, or refuses the
   * credentials, and when the build is offline ({@code -o}) and the local repository holds nothing
   * cached from the remote repositories about this product's releases (build online once, and Maven
   * caches it). Only when the repositories answered and hold no earlier release, or with {@code
   * none}, is it a first release.
   *
   * <pre>{@code <baseline>1.4.0</baseline>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.baseline")
  protected String baseline;

  /**
   * Where the schema history from before the plugin lives, for a product adopted on topics that
   * already have one: {@code registry} for every version of each output port's subjects ({@code
   * <topic>-key}, {@code <topic>-value}) in the registry {@code registryUrl} names, with the
   * credentials of {@code registryServerId}; or a folder, relative to the project, laid out as
   * {@code <port>/value/<version>.avsc} and {@code <port>/key/<version>.avsc}. None by default.
   *
   * <p>It is read only when the baseline has no earlier release built by the plugin: that first
   * release is checked against this history at each port's compatibility level, and its packed
   * contract starts its history from it, so later releases check against those versions too. Once
   * such a release exists its packed history holds it all, and this option is not read; it may stay
   * in the POM. A registry that cannot be read fails the build; a subject it does not have is a
   * port without earlier history. A folder named {@code registry} is given as {@code ./registry}.
   *
   * <pre>{@code <history>registry</history>}</pre>
   *
   * or {@code <history>src/main/history</history>}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.history")
  protected String history;

  /**
   * The schema registry to register the schemas in: the base URL of any Confluent-compatible REST
   * API (Confluent, Apicurio's {@code /apis/ccompat/v7}, Karapace, Redpanda). None by default: then
   * only the catalog is written. For each port the subjects {@code <topic>-key} and {@code
   * <topic>-value} get the port's compatibility level, the registry's own check, and the schema (a
   * schema already registered adds no version). HTTPS uses the JVM's truststore. {@code generate}
   * and {@code check} read its subjects when {@code history} is {@code registry}. A URL with {@code
   * user:password@} is refused before any request: credentials go in a {@code <server>} of {@code
   * settings.xml}, named by {@code registryServerId}.
   *
   * <pre>{@code <registryUrl>https://registry.example.com</registryUrl>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.registry.url")
  protected String registryUrl;

  /**
   * The {@code <server>} in {@code settings.xml} that holds the registry's credentials (never the
   * POM): {@code <username>} and {@code <password>} for basic auth, or only a {@code <password>}
   * for a bearer token. Encrypted passwords are decrypted as Maven does. None by default.
   *
   * <pre>{@code <registryServerId>schema-registry</registryServerId>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.registry.serverId")
  protected String registryServerId;

  /**
   * Where the contract is written; the jar plugin packs it from there, and {@code publish}
   * publishes it.
   *
   * <pre>
   * &lt;contractDirectory&gt;${project.build.outputDirectory}/META-INF/dataproduct&lt;/contractDirectory&gt;
   * </pre>
   *
   * @since 0.1.0
   */
  @Parameter(
      defaultValue = "${project.build.outputDirectory}/" + ContractLayout.DIRECTORY,
      readonly = true)
  protected File contractDirectory;

  /**
   * The catalog: a directory path (relative to the project's base directory) or a {@code file:}
   * URL. Default: <code>${user.home}/.dataproduct/catalog</code>. {@code publish} writes each
   * released version there; {@code check} reads who consumes this product's ports from it, and
   * whether it already holds this version with another contract (a catalog that does not exist
   * knows no consumers and no versions). A team shares a catalog by pointing every build at a
   * shared file system.
   *
   * <pre>{@code <catalog>/mnt/mesh/catalog</catalog>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = CatalogLocation.PROPERTY)
  protected String catalog;

  /**
   * Publishes SNAPSHOT versions too; by default they are skipped with a message. A published
   * version never changes, so a SNAPSHOT published once is refused when its content changes. {@code
   * check} reads the same switch: it looks in the catalog for the versions {@code publish} would
   * publish.
   *
   * <pre>{@code <publishSnapshots>true</publishSnapshots>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.publish.snapshots", defaultValue = "false")
  protected boolean publishSnapshots;

  /** This plugin, for its version in reports. */
  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  private final String goal;
  final RepositorySystem repositorySystem;
  final SettingsDecrypter settingsDecrypter;
  final BuildContext buildContext;

  /**
   * @param goal this goal's name, e.g. {@code validate}
   */
  protected AbstractDataProductMojo(
      String goal,
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    this.goal = goal;
    this.repositorySystem = repositorySystem;
    this.settingsDecrypter = settingsDecrypter;
    this.buildContext = buildContext;
  }

  /** Whether this goal's own skip switch, {@code dataproduct.<goal>.skip}, is set. */
  protected abstract boolean skipGoal();

  /** The goal's work, once skipping has been decided. */
  protected abstract void run() throws MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      String by = skip ? "dataproduct.skip" : MavenWording.INSTANCE.skipOption(goal);
      getLog().info("Skipping dataproduct:" + goal + " because " + by + " is true");
      if (!skip) {
        // Whatever this goal passed earlier in the build no longer counts for publish.
        new JudgedContracts(facts()).skipped(goal);
      }
      return;
    }
    try {
      run();
    } catch (BuildError e) {
      // The message is the whole story for the user; Maven would append the cause's message to it,
      // so the cause (and its stack) is kept for debug runs only.
      throw new MojoExecutionException(e.getMessage(), getLog().isDebugEnabled() ? e : null);
    }
  }

  /** What the core's goals ask the build. */
  protected BuildFacts facts() {
    return new MavenBuildFacts(this);
  }

  /** Prints a goal's outcome and fails the build when its findings break it. */
  protected void report(GoalOutcome outcome, int maxPrinted, boolean failOnWarning)
      throws MojoFailureException {
    new FindingsOutcome(getLog(), maxPrinted).conclude(goal, outcome, failOnWarning);
  }
}
