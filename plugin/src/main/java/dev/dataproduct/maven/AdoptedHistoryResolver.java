package dev.dataproduct.maven;

import dev.dataproduct.goal.Baseline;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistryHistory;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.model.history.HistoryFolder;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Reads the history from before the plugin that {@code dataproduct.history} names, for a build
 * whose baseline has no earlier release built by the plugin: {@code registry} (the subjects of the
 * registry {@code publish} registers in, with the same {@code settings.xml} credentials) or a
 * folder of {@code .avsc} versions. Once a release built by the plugin exists, its packed history
 * already starts from this one, so the option is not read again and may stay in the POM. The result
 * is kept in the project's context, so {@code generate} and {@code check} read it once per build.
 */
final class AdoptedHistoryResolver {

  static final String REGISTRY = "registry";
  private static final String CONTEXT_KEY = AdoptedHistoryResolver.class.getName();

  private final MavenProject project;
  private final MavenSession session;
  private final SettingsDecrypter decrypter;
  private final BuildLog log;

  AdoptedHistoryResolver(
      MavenProject project, MavenSession session, SettingsDecrypter decrypter, BuildLog log) {
    this.project = project;
    this.session = session;
    this.decrypter = decrypter;
    this.log = log;
  }

  /**
   * The history {@code option} names, or none when it is not set or {@code previous} is a release
   * built by the plugin.
   */
  AdoptedHistory resolve(
      String option,
      String registryUrl,
      String registryServerId,
      Baseline previous,
      DataProduct product) {
    if (option == null || option.isBlank()) {
      return AdoptedHistory.none();
    }
    String key = CONTEXT_KEY + ":" + option.strip() + ":" + registryUrl + ":" + previous.version();
    return PerProject.once(
        project,
        key,
        AdoptedHistory.class,
        () -> resolveUncached(option.strip(), registryUrl, registryServerId, previous, product));
  }

  private AdoptedHistory resolveUncached(
      String option,
      String registryUrl,
      String registryServerId,
      Baseline previous,
      DataProduct product) {
    if (previous.exists()) {
      log.info(
          "Not reading dataproduct.history="
              + option
              + ": the baseline "
              + previous.source()
              + " was built by the plugin, and its packed history already holds what came before");
      return AdoptedHistory.none();
    }
    AdoptedHistory history;
    if (option.equalsIgnoreCase(REGISTRY)) {
      if (registryUrl == null || registryUrl.isBlank()) {
        throw new BuildError(
            "dataproduct.history=registry reads the schema registry publish registers in, but dataproduct.registry.url is not set;"
                + " set <registryUrl> (and <registryServerId> for credentials), or point dataproduct.history at a folder of .avsc versions");
      }
      RegistryClient client =
          new RegistryClient(
              registryUrl,
              RegistryServers.credentials(registryServerId, session, decrypter),
              RegistryClient.Options.defaults(),
              log,
              MavenWording.INSTANCE);
      history = RegistryHistory.read(client, product, log);
    } else {
      Path folder = project.getBasedir().toPath().resolve(option).normalize();
      history = HistoryFolder.read(folder, display(folder), product);
    }
    log.info(
        "History before the first release with the plugin (dataproduct.history): "
            + history.versions()
            + " schema version(s) of "
            + history.ports().size()
            + " port(s) in "
            + history.source());
    return history;
  }

  private String display(Path folder) {
    Path base = project.getBasedir().toPath();
    return (folder.startsWith(base) ? base.relativize(folder) : folder)
        .toString()
        .replace('\\', '/');
  }
}
