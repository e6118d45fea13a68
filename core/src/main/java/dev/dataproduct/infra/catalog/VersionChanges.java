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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    List<PortSchemas> before = ports(previous, files);
    List<PortSchemas> after = ports(current, files);
    Map<String, PortSchemas> now = new HashMap<>();
    after.forEach(p -> now.put(p.name(), p));
    // Only a changed schema is compared, so only then is the history read.
    Set<String> judgedOnHistory = new HashSet<>();
    for (PortSchemas was : before) {
      PortSchemas is = now.get(was.name());
      if (is != null
          && CompatibilityLevel.parse(is.compatibility())
              .map(CompatibilityLevel::isTransitive)
              .orElse(false)
          && (!Objects.equals(was.key(), is.key()) || !Objects.equals(was.value(), is.value()))) {
        judgedOnHistory.add(was.name());
      }
    }
    if (!judgedOnHistory.isEmpty()) {
      Contract published = readContract(previous, files);
      before =
          before.stream()
              .map(
                  p ->
                      judgedOnHistory.contains(p.name())
                          ? withHistory(p, published, previous.version())
                          : p)
              .toList();
    }
    return ContractChanges.between(previous.version(), before, after);
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
   * {@code port} of the release {@code version} with the schemas a transitive level compares the
   * next release with ({@link PortContract#keyReleases}, as check takes them), from {@code
   * published}, that release's contract; without them, a port whose verdict cannot be judged.
   */
  private static PortSchemas withHistory(PortSchemas port, Contract published, String version) {
    if (port.unreadable() != null) {
      return port;
    }
    PortContract history = published == null ? null : published.ports().get(port.name());
    return history == null
        ? new PortSchemas(
            port.name(),
            port.compatibility(),
            port.key(),
            port.value(),
            "the schema history of "
                + version
                + " cannot be read from its published contract, so the transitive level cannot be judged")
        : new PortSchemas(
            port.name(),
            port.compatibility(),
            port.key(),
            port.value(),
            history.keyReleases(version),
            history.valueReleases(version),
            null);
  }

  private static List<PortSchemas> ports(CatalogEntry e, CatalogSite.VersionFiles files) {
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
      ports.add(
          new PortSchemas(port.name(), port.compatibility(), keySchema, valueSchema, unreadable));
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
