package dev.dataproduct.infra.catalog;

import dev.dataproduct.compat.ContractChanges;
import dev.dataproduct.compat.ContractChanges.PortChange;
import dev.dataproduct.compat.ContractChanges.PortSchemas;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.model.schema.StandaloneSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.avro.Schema;

/**
 * What changed from one published version of a product to the next ({@link ContractChanges}, as the
 * check goal reports it), from the schemas each version's folder holds.
 */
final class VersionChanges {

  private VersionChanges() {}

  /**
   * The changes from {@code previous} to {@code current}; {@code schema} gives a version's
   * published {@code ports/<port>/<part>.avsc} ({@code part} {@code key} or {@code value}), or
   * {@code null}.
   */
  static List<PortChange> between(
      CatalogEntry previous,
      CatalogEntry current,
      BiFunction<CatalogEntry, String, byte[]> schema) {
    return ContractChanges.between(
        previous.version(), ports(previous, schema), ports(current, schema));
  }

  private static List<PortSchemas> ports(
      CatalogEntry e, BiFunction<CatalogEntry, String, byte[]> schema) {
    List<PortSchemas> ports = new ArrayList<>();
    for (Port port : e.ports()) {
      if (port.name() == null) {
        continue;
      }
      String keyPath = "ports/" + port.name() + "/key.avsc";
      String valuePath = "ports/" + port.name() + "/value.avsc";
      byte[] key = schema.apply(e, keyPath);
      byte[] value = schema.apply(e, valuePath);
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
