package dev.dataproduct.catalog;

import dev.dataproduct.catalog.CatalogEntry.Field;
import dev.dataproduct.catalog.CatalogEntry.Port;
import dev.dataproduct.catalog.CatalogEntry.SchemaSummary;
import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.compat.CompatibilityResult;
import dev.dataproduct.schema.StandaloneSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What changed from one published version of a product to the next, per port: fields added,
 * removed and changed (from the catalog's summaries), and the compatibility verdict, found by
 * checking the published schemas against each other at the port's level as the check goal does.
 */
final class VersionChanges {

  /** How a field changed: {@code added}, {@code removed}, {@code type changed} or {@code default changed}. */
  record FieldChange(String part, String field, String change, String detail) {}

  /**
   * One port's changes.
   *
   * @param change {@code added}, {@code removed} or {@code changed}
   * @param verdict {@code compatible}, {@code breaking} or {@code unknown} (a schema could not be read)
   * @param explanation the verdict in words
   */
  record PortChange(String port, String change, String verdict, String explanation, List<FieldChange> fields) {

    boolean hasFields() {
      return !fields.isEmpty();
    }

    /** One line for the product page's version table. */
    String summary() {
      if (!"changed".equals(change)) {
        return "Port " + port + " " + change;
      }
      long added = fields.stream().filter(f -> f.change().equals("added")).count();
      long removed = fields.stream().filter(f -> f.change().equals("removed")).count();
      long changed = fields.size() - added - removed;
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
      return port + ": " + (counts.isEmpty() ? "no field changed" : "fields " + String.join(", ", counts)) + "; " + explanation;
    }
  }

  private VersionChanges() {}

  /**
   * The changes from {@code previous} to {@code current}, one per port that is new, gone, or whose
   * fields, compatibility level or schemas differ; {@code schema} gives a version's published
   * {@code ports/<port>/<part>.avsc} ({@code part} {@code key} or {@code value}), or {@code null}.
   */
  static List<PortChange> between(CatalogEntry previous, CatalogEntry current, BiFunction<CatalogEntry, String, byte[]> schema) {
    Map<String, Port> before = byName(previous);
    Map<String, Port> after = byName(current);
    List<PortChange> changes = new ArrayList<>();
    before.keySet().stream().filter(p -> !after.containsKey(p))
        .forEach(p -> changes.add(new PortChange(p, "removed", "breaking", "its consumers lose their data", List.of())));
    after.forEach((name, port) -> {
      Port old = before.get(name);
      if (old == null) {
        changes.add(new PortChange(name, "added", "compatible", "a new port breaks no one", List.of()));
        return;
      }
      List<FieldChange> fields = new ArrayList<>();
      fields("key", old.key(), port.key(), fields);
      fields("value", old.value(), port.value(), fields);
      String[] verdict = verdict(previous, current, port, schema);
      boolean schemasEqual = verdict == null;
      if (fields.isEmpty() && schemasEqual && Objects.equals(old.compatibility(), port.compatibility())) {
        return;
      }
      if (!Objects.equals(old.compatibility(), port.compatibility())) {
        fields.add(new FieldChange("port", "compatibility", "level changed", old.compatibility() + " → " + port.compatibility()));
      }
      changes.add(new PortChange(name, "changed", verdict == null ? "compatible" : verdict[0],
          verdict == null ? "schemas unchanged" : verdict[1], fields));
    });
    return changes;
  }

  /** {verdict, explanation} for a port's schemas, or {@code null} when both are byte for byte the same. */
  private static String[] verdict(CatalogEntry previous, CatalogEntry current, Port port, BiFunction<CatalogEntry, String, byte[]> schema) {
    CompatibilityLevel level = CompatibilityLevel.parse(port.compatibility()).orElse(null);
    if (level == null) {
      return new String[] {"unknown", "the compatibility level " + port.compatibility() + " is not one the check knows"};
    }
    boolean same = true;
    List<String> broken = new ArrayList<>();
    for (String part : List.of("key", "value")) {
      String path = "ports/" + port.name() + "/" + part + ".avsc";
      byte[] was = schema.apply(previous, path);
      byte[] now = schema.apply(current, path);
      if (was == null && now == null) {
        continue;
      }
      if (was != null && now != null && Arrays.equals(was, now)) {
        continue;
      }
      same = false;
      if (was == null || now == null) {
        if ("key".equals(part)) {
          broken.add(was == null ? "the key was added" : "the key was removed");
          continue;
        }
        return new String[] {"unknown", "the published value schema of " + (was == null ? previous.version() : current.version()) + " is missing"};
      }
      StandaloneSchema old = StandaloneSchema.parse(new String(was, StandardCharsets.UTF_8), path);
      StandaloneSchema candidate = StandaloneSchema.parse(new String(now, StandardCharsets.UTF_8), path);
      if (old.schema() == null || candidate.schema() == null) {
        return new String[] {"unknown", "a published " + part + " schema cannot be read"};
      }
      CompatibilityResult result = AvroCompatibility.check(candidate.schema(), List.of(old.schema()), level);
      result.incompatibilities().forEach(i -> broken.add(i.message()));
    }
    if (same) {
      return null;
    }
    if (broken.isEmpty()) {
      return new String[] {"compatible", level + " compatible with " + previous.version()};
    }
    return new String[] {"breaking", "not " + level + " compatible with " + previous.version() + ": " + broken.get(0)
        + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more)" : "")};
  }

  private static void fields(String part, SchemaSummary before, SchemaSummary after, List<FieldChange> changes) {
    Map<String, Field> old = fields(before);
    Map<String, Field> now = fields(after);
    old.forEach((name, field) -> {
      if (!now.containsKey(name)) {
        changes.add(new FieldChange(part, name, "removed", field.type()));
      }
    });
    now.forEach((name, field) -> {
      Field was = old.get(name);
      if (was == null) {
        changes.add(new FieldChange(part, name, "added", field.type() + (field.defaultValue() == null ? ", no default" : ", default " + field.defaultValue())));
      } else if (!Objects.equals(was.type(), field.type())) {
        changes.add(new FieldChange(part, name, "type changed", was.type() + " → " + field.type()));
      } else if (!Objects.equals(was.defaultValue(), field.defaultValue())) {
        changes.add(new FieldChange(part, name, "default changed", orNone(was.defaultValue()) + " → " + orNone(field.defaultValue())));
      }
    });
  }

  private static String orNone(String text) {
    return text == null ? "none" : text;
  }

  private static Map<String, Port> byName(CatalogEntry e) {
    Map<String, Port> ports = new LinkedHashMap<>();
    e.ports().stream().filter(p -> p.name() != null).forEach(p -> ports.put(p.name(), p));
    return ports;
  }

  private static Map<String, Field> fields(SchemaSummary schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    if (schema != null) {
      schema.fields().forEach(f -> fields.put(f.name(), f));
    }
    return fields;
  }
}
