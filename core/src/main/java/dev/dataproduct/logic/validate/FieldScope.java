package dev.dataproduct.logic.validate;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.schema.SchemaSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Which schema fields the field-level rules (documentation, and naming where a rule names fields)
 * hold: every field, or only those that are new or changed since a baseline, so that a team can
 * adopt the plugin on thousands of undocumented legacy fields and still hold every new one.
 *
 * <p>A field is unchanged when the baseline's contract has a record of the same full name with a
 * field of the same name, the same type (named types compared by name, so a change inside a nested
 * record is that record's change, not this field's) and the same default. Anything else, including
 * every field of a type the baseline's ports do not carry, is new.
 */
public final class FieldScope {

  /** Every field is held to the rules; the default. */
  public static final FieldScope ALL = new FieldScope(null, null);

  /** The baseline's records by full name; {@code null} for {@link #ALL}. */
  private final Map<String, Schema> baselineRecords;

  private final String baselineVersion;

  private FieldScope(Map<String, Schema> baselineRecords, String baselineVersion) {
    this.baselineRecords = baselineRecords;
    this.baselineVersion = baselineVersion;
  }

  /**
   * Only fields new or changed since {@code baseline}; with no baseline (a first release, or {@code
   * none}) every field is new.
   */
  public static FieldScope changedSince(Contract baseline) {
    Map<String, Schema> records = new TreeMap<>();
    if (baseline != null) {
      Deque<Schema> todo = new ArrayDeque<>();
      for (PortContract port : baseline.ports().values()) {
        Optional.ofNullable(port.key()).ifPresent(todo::add);
        todo.add(port.value());
      }
      while (!todo.isEmpty()) {
        Schema schema = todo.pop();
        switch (schema.getType()) {
          case RECORD -> {
            if (records.putIfAbsent(schema.getFullName(), schema) == null) {
              schema.getFields().forEach(f -> todo.push(f.schema()));
            }
          }
          case ARRAY -> todo.push(schema.getElementType());
          case MAP -> todo.push(schema.getValueType());
          case UNION -> schema.getTypes().forEach(todo::push);
          default -> {}
        }
      }
    }
    return new FieldScope(records, baseline == null ? null : baseline.version());
  }

  /** Whether every field is held. */
  public boolean isAll() {
    return baselineRecords == null;
  }

  /** The baseline's version, or {@code null} when there is none or every field is held. */
  public String baselineVersion() {
    return baselineVersion;
  }

  /**
   * Whether field {@code fieldName} of record {@code recordFullName}, as {@code schemas} define it
   * now, is held to the rules.
   */
  boolean holds(SchemaSet schemas, String recordFullName, String fieldName) {
    if (baselineRecords == null) {
      return true;
    }
    Schema before = baselineRecords.get(recordFullName);
    Schema.Field was = before == null ? null : before.getField(fieldName);
    Schema.Field is =
        schemas
            .namedType(recordFullName)
            .filter(s -> s.getType() == Schema.Type.RECORD)
            .map(s -> s.getField(fieldName))
            .orElse(null);
    return was == null
        || is == null
        || !sameShape(was.schema(), is.schema())
        || !Objects.equals(was.defaultVal(), is.defaultVal());
  }

  /** What validation results depend on, for the validation cache. */
  String fingerprint() {
    if (baselineRecords == null) {
      return "all";
    }
    return "changed since "
        + baselineVersion
        + ": "
        + baselineRecords.values().stream().map(Schema::toString).collect(Collectors.joining("\n"));
  }

  private static boolean sameShape(Schema a, Schema b) {
    if (a.getType() != b.getType()) {
      return false;
    }
    return switch (a.getType()) {
      case RECORD, ENUM, FIXED -> a.getFullName().equals(b.getFullName());
      case ARRAY -> sameShape(a.getElementType(), b.getElementType());
      case MAP -> sameShape(a.getValueType(), b.getValueType());
      case UNION -> {
        if (a.getTypes().size() != b.getTypes().size()) {
          yield false;
        }
        for (int i = 0; i < a.getTypes().size(); i++) {
          if (!sameShape(a.getTypes().get(i), b.getTypes().get(i))) {
            yield false;
          }
        }
        yield true;
      }
      default -> a.equals(b);
    };
  }
}
