package dev.dataproduct.infra.catalog;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.compat.ContractChanges;
import dev.dataproduct.compat.ContractChanges.PortChange;
import dev.dataproduct.compat.ContractChanges.PortSchemas;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.schema.StandaloneSchema;
import dev.dataproduct.support.BuildError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * What changed from one published version of a product to the next ({@link ContractChanges}, as the
 * check goal reports it), from the schemas each version's folder holds. A port at a transitive
 * level is judged against every release its history holds, as check judges it: the history comes
 * from the previous version's published contract ({@code contract/contract.json}), and when that
 * cannot be read the port's verdict is unknown rather than a comparison with the previous version
 * only.
 */
final class VersionChanges {

  private VersionChanges() {}

  /** The changes from {@code previous} to {@code current}, from their folders in {@code files}. */
  static List<PortChange> between(
      CatalogEntry previous, CatalogEntry current, CatalogSite.VersionFiles files) {
    Set<String> transitive =
        current.ports().stream()
            .filter(
                p ->
                    p.name() != null
                        && CompatibilityLevel.parse(p.compatibility())
                            .map(CompatibilityLevel::isTransitive)
                            .orElse(false))
            .map(Port::name)
            .collect(Collectors.toSet());
    Contract history = transitive.isEmpty() ? null : readContract(previous, files);
    return ContractChanges.between(
        previous.version(),
        ports(previous, files, transitive, history),
        ports(current, files, Set.of(), null));
  }

  /** The version's published contract with its schema history, or {@code null} when unreadable. */
  private static Contract readContract(CatalogEntry e, CatalogSite.VersionFiles files) {
    try {
      return files.contract(e);
    } catch (BuildError unreadable) {
      return null;
    }
  }

  /**
   * The ports of {@code e}; those named in {@code withHistory} carry the releases a transitive
   * level compares with, from {@code contract} ({@code e}'s own).
   */
  private static List<PortSchemas> ports(
      CatalogEntry e, CatalogSite.VersionFiles files, Set<String> withHistory, Contract contract) {
    List<PortSchemas> ports = new ArrayList<>();
    for (Port port : e.ports()) {
      if (port.name() == null) {
        continue;
      }
      String keyPath = "ports/" + port.name() + "/key.avsc";
      String valuePath = "ports/" + port.name() + "/value.avsc";
      byte[] key = files.contractFile(e, keyPath);
      byte[] value = files.contractFile(e, valuePath);
      Schema keySchema = key == null ? null : parse(key, keyPath);
      Schema valueSchema = value == null ? null : parse(value, valuePath);
      String unreadable =
          value == null
              ? "the published value schema of " + e.version() + " is missing"
              : valueSchema == null
                  ? "a published value schema cannot be read"
                  : key != null && keySchema == null
                      ? "a published key schema cannot be read"
                      : null;
      PortContract history =
          contract == null || !withHistory.contains(port.name())
              ? null
              : contract.ports().get(port.name());
      if (unreadable == null && withHistory.contains(port.name()) && history == null) {
        unreadable =
            "the schema history of "
                + e.version()
                + " cannot be read from its published contract, so the transitive level cannot be judged";
      }
      ports.add(
          new PortSchemas(
              port.name(),
              port.compatibility(),
              keySchema,
              valueSchema,
              history == null ? List.of() : history.keyReleases(e.version()),
              history == null ? List.of() : history.valueReleases(e.version()),
              unreadable));
    }
    return ports;
  }

  private static Schema parse(byte[] bytes, String path) {
    return StandaloneSchema.parse(new String(bytes, StandardCharsets.UTF_8), path).schema();
  }

  /** One line for the product page's version table. */
  static String summary(PortChange change) {
    if (!"changed".equals(change.change())) {
      return "Port " + change.port() + " " + change.change();
    }
    long added = change.fields().stream().filter(f -> f.change().equals("added")).count();
    long removed = change.fields().stream().filter(f -> f.change().equals("removed")).count();
    long changed = change.fields().size() - added - removed;
    List<String> counts = new ArrayList<>();
    if (added > 0) {
      counts.add(added + " added");
    }
    if (removed > 0) {
      counts.add(removed + " removed");
    }
    if (changed > 0) {
      counts.add(changed + " changed");
    }
    return change.port()
        + ": "
        + (counts.isEmpty() ? "no field changed" : "fields " + String.join(", ", counts))
        + "; "
        + change.explanation();
  }
}
