package dev.dataproduct.logic.importing;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The import goal's use case: read the source, report every finding, write the files all or
 * nothing. Exactly one source: ODCS contract files, or a schema registry.
 *
 * @param odcs the ODCS contracts, in port order; empty to read a registry
 * @param registry the registry client, when importing from one (built only when used)
 * @param domain the product's domain, for a registry import
 * @param name the product's name, for a registry import
 * @param topicPrefix the registry's topics to import, by prefix; {@code null} for all
 * @param directory where the descriptor and {@code src/main/avro} are written
 */
public record ProductImport(
    List<Path> odcs,
    Supplier<RegistryClient> registry,
    String domain,
    String name,
    String topicPrefix,
    Path directory) {

  /**
   * @return the files written, relative to {@code directory}
   * @throws BuildError when the source cannot be used (its findings are logged first), a file
   *     exists already, or writing fails
   */
  public List<String> run(BuildLog log) {
    ImportResult result;
    if (!odcs.isEmpty()) {
      Path here = Path.of("").toAbsolutePath();
      try {
        result = OdcsImport.read(odcs, file -> display(here, file));
      } catch (IOException e) {
        throw new BuildError(
            "Cannot read the ODCS contracts "
                + odcs
                + ": "
                + e.getMessage()
                + "; check that they are readable",
            e);
      }
    } else {
      if (registry == null || domain == null || name == null) {
        throw new BuildError(
            "Nothing to import from: name ODCS contract files, or a schema registry with the product's domain and name");
      }
      result = RegistryImport.read(registry.get(), domain, name, topicPrefix);
    }
    for (Finding finding : result.findings()) {
      if (finding.severity() == Severity.ERROR) {
        log.error(finding.format());
      } else {
        log.warn(finding.format());
      }
    }
    List<String> written = ImportWriter.write(result, directory);
    written.forEach(path -> log.info("  wrote " + path));
    return written;
  }

  private static String display(Path here, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here)
        ? here.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }
}
