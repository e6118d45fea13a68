package dev.dataproduct.maven;

import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.logic.importing.ProductImport;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Adopts the plugin from what a team already has: writes a {@code dataproduct.yaml} and the {@code
 * .avsc} files under {@code src/main/avro} from ODCS v3 contracts, or from the subjects of a schema
 * registry (each topic with a {@code <topic>-value} subject becomes an output port, its {@code
 * <topic>-key} subject the key). Needs no project:
 *
 * <pre>
 * {@code mvn dev.dataproduct:dataproduct-maven-plugin:import -Ddataproduct.import.odcs=orders.odcs.yaml
 * mvn dev.dataproduct:dataproduct-maven-plugin:import -Ddataproduct.registry.url=http://registry:8081 \
 *     -Ddataproduct.import.domain=sales -Ddataproduct.import.name=orders -Ddataproduct.import.topicPrefix=sales.orders.}
 * </pre>
 *
 * <p>What has no place in the descriptor is reported as an {@code IMPORT-UNMAPPED} warning with the
 * file and line (or the registry subject) it comes from; a source that cannot make a product is an
 * {@code IMPORT-SOURCE} error. Files are written all or nothing, and an existing file is never
 * overwritten: the goal fails and writes nothing instead.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /**
   * ODCS v3 contract files (YAML or JSON), comma-separated; their schema objects become the output
   * ports, in order.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.import.odcs")
  List<File> odcs;

  /**
   * The schema registry to import from, when no ODCS contract is named (a Confluent-compatible API,
   * as for publish).
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.registry.url")
  String registryUrl;

  /**
   * The {@code <server>} in {@code settings.xml} with the registry's credentials, as for publish.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.registry.serverId")
  String registryServerId;

  /**
   * The product's domain, for a registry import.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.import.domain")
  String domain;

  /**
   * The product's name, for a registry import.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.import.name")
  String name;

  /**
   * Only the registry's topics starting with this ({@code sales.orders.}); all topics by default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.import.topicPrefix")
  String topicPrefix;

  /**
   * Where {@code dataproduct.yaml} and {@code src/main/avro} are written; the current directory by
   * default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.import.directory", defaultValue = "${basedir}")
  File directory;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  private final SettingsDecrypter settingsDecrypter;

  @Inject
  public ImportMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public void execute() throws MojoExecutionException {
    MavenBuildLog log = new MavenBuildLog(getLog());
    try {
      ProductImport request =
          new ProductImport(
              odcs == null ? List.of() : odcs.stream().map(File::toPath).toList(),
              registryUrl == null || registryUrl.isBlank()
                  ? null
                  : () ->
                      new RegistryClient(
                          registryUrl,
                          RegistryServers.credentials(registryServerId, session, settingsDecrypter),
                          RegistryClient.Options.defaults(),
                          log,
                          MavenWording.INSTANCE),
              domain,
              name,
              topicPrefix,
              directory.toPath());
      List<String> written = request.run(log);
      getLog()
          .info(
              "Imported "
                  + written.size()
                  + " files into "
                  + directory
                  + "; run mvn dataproduct:validate to check them");
    } catch (BuildError e) {
      throw new MojoExecutionException(e.getMessage(), getLog().isDebugEnabled() ? e : null);
    }
  }
}
