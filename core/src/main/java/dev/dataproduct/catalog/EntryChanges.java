package dev.dataproduct.catalog;

import dev.dataproduct.catalog.CatalogEntry.Field;
import dev.dataproduct.catalog.CatalogEntry.Port;
import dev.dataproduct.catalog.CatalogEntry.SchemaSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a product as the catalog summarises them: ports added and
 * removed, and per port its compatibility level and its key's and value's fields added, removed,
 * retyped or given another default. A summary for readers of the pages; whether a change is
 * compatible is the check goal's verdict, in the version's compatibility report.
 */
final class EntryChanges {

  private EntryChanges() {}

  /** One line per change from {@code previous} to {@code current}; "No change to ports or fields." when there is none. */
  static List<String> between(CatalogEntry previous, CatalogEntry current) {
    List<String> changes = new ArrayList<>();
    Map<String, Port> before = byName(previous);
    Map<String, Port> after = byName(current);
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p -> changes.add("Port " + p + " removed"));
    after.keySet().stream().filter(p -> !before.containsKey(p)).forEach(p -> changes.add("Port " + p + " added"));
    after.forEach((name, port) -> {
      Port old = before.get(name);
      if (old == null) {
        return;
      }
      if (!Objects.equals(old.compatibility(), port.compatibility())) {
        changes.add(name + ": compatibility " + old.compatibility() + " → " + port.compatibility());
      }
      fields(name + " key", old.key(), port.key(), changes);
      fields(name + " value", old.value(), port.value(), changes);
    });
    return changes.isEmpty() ? List.of("No change to ports or fields.") : changes;
  }

  private static void fields(String where, SchemaSummary before, SchemaSummary after, List<String> changes) {
    Map<String, Field> old = fields(before);
    Map<String, Field> now = fields(after);
    old.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> changes.add(where + ": field " + f + " removed"));
    now.forEach((name, field) -> {
      Field was = old.get(name);
      if (was == null) {
        changes.add(where + ": field " + name + " added (" + field.type() + (field.defaultValue() == null ? "" : ", default " + field.defaultValue()) + ")");
      } else if (!Objects.equals(was.type(), field.type())) {
        changes.add(where + ": field " + name + " type " + was.type() + " → " + field.type());
      } else if (!Objects.equals(was.defaultValue(), field.defaultValue())) {
        changes.add(where + ": field " + name + " default " + orNone(was.defaultValue()) + " → " + orNone(field.defaultValue()));
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
