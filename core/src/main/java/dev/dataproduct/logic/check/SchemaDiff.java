package dev.dataproduct.logic.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.Rule;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.apache.avro.Schema.Type;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * What changed between the baseline's schema of a port and the current one beyond what the wire
 * check sees: logical types, renames that only an alias saves, defaults and {@code pii} tags. Types
 * and fields are paired the way Avro resolves them (by name, then by the new side's aliases; union
 * branches by type and name), and each pair of named types is compared once. What Avro cannot pair
 * at all is left to the wire check.
 */
final class SchemaDiff {

  private final String portName;
  private final PortPart part;
  private final String baselineVersion;
  private final CurrentSources sources;
  private final Findings findings;
  private final Set<String> comparedNamedTypes = new HashSet<>();

  /** The field whose type is being compared, or none at the top level. */
  private record Where(String recordFullName, String fieldName) {}

  private SchemaDiff(
      String portName,
      PortPart part,
      String baselineVersion,
      CurrentSources sources,
      Findings findings) {
    this.portName = portName;
    this.part = part;
    this.baselineVersion = baselineVersion;
    this.sources = sources;
    this.findings = findings;
  }

  static void compare(
      String portName,
      PortPart part,
      Schema baseline,
      Schema current,
      String baselineVersion,
      CurrentSources sources,
      Findings findings) {
    new SchemaDiff(portName, part, baselineVersion, sources, findings)
        .compare(baseline, current, null);
  }

  private void compare(Schema old, Schema now, Where where) {
    if (old.getType() == Type.UNION || now.getType() == Type.UNION) {
      List<Schema> oldBranches = branches(old);
      for (Schema branch : branches(now)) {
        Schema counterpart = counterpart(branch, oldBranches);
        if (counterpart != null) {
          compare(counterpart, branch, where);
        }
      }
      return;
    }
    logicalType(old, now, where);
    if (old.getType() != now.getType()) {
      return;
    }
    switch (now.getType()) {
      case RECORD, ENUM, FIXED -> named(old, now);
      case ARRAY -> compare(old.getElementType(), now.getElementType(), where);
      case MAP -> compare(old.getValueType(), now.getValueType(), where);
      default -> {
        // primitives have nothing inside
      }
    }
  }

  private void named(Schema old, Schema now) {
    if (!comparedNamedTypes.add(old.getFullName() + " " + now.getFullName())) {
      return;
    }
    if (!old.getFullName().equals(now.getFullName())
        && now.getAliases().contains(old.getFullName())) {
      String kind = now.getType().getName();
      report(
          CompatRules.ALIAS_RENAME,
          sources.type(portName, part, now.getFullName()),
          "%s \"%s\" was \"%s\" in %s; only its alias lets readers of the new schema read old data, readers of the old schema cannot read the new name"
              .formatted(capitalized(kind), now.getFullName(), old.getFullName(), baselineVersion),
          "keep the name \"%s\" and drop the alias, or introduce the new %s on a new port"
              .formatted(old.getFullName(), kind),
          Texts.target(portName, part) + "/" + now.getFullName());
    }
    if (now.getType() == Type.RECORD) {
      for (Field field : now.getFields()) {
        Field previous = old.getField(field.name());
        if (previous == null) {
          previous = aliased(field, old);
          if (previous == null) {
            continue; // a new field: the wire check judges it
          }
          report(
              CompatRules.ALIAS_RENAME,
              sources.field(portName, part, now.getFullName(), field.name()),
              "Field \"%s\" of record \"%s\" was \"%s\" in %s; only its alias lets readers of the new schema read old data, readers of the old schema cannot read the new name"
                  .formatted(field.name(), now.getFullName(), previous.name(), baselineVersion),
              "keep the name \"%s\", or add \"%s\" as a new field with a default and deprecate \"%s\""
                  .formatted(previous.name(), field.name(), previous.name()),
              Texts.target(portName, part, now.getFullName(), field.name()));
        }
        fieldChanges(now, previous, field);
        compare(previous.schema(), field.schema(), new Where(now.getFullName(), field.name()));
      }
    }
  }

  private void fieldChanges(Schema record, Field previous, Field field) {
    String subject = "Field \"%s\" of record \"%s\"".formatted(field.name(), record.getFullName());
    SourcePosition at = sources.field(portName, part, record.getFullName(), field.name());
    String target = Texts.target(portName, part, record.getFullName(), field.name());
    if (previous.hasDefaultValue()) {
      JsonNode before = JacksonUtils.toJsonNode(previous.defaultVal());
      if (!field.hasDefaultValue()) {
        report(
            CompatRules.DEFAULT_CHANGED,
            at,
            "%s no longer has a default (it was %s in %s); readers of data without the field can no longer fill it in"
                .formatted(subject, before, baselineVersion),
            "keep \"default\": " + before,
            target);
      } else {
        JsonNode after = JacksonUtils.toJsonNode(field.defaultVal());
        if (!sameValue(before, after)) {
          report(
              CompatRules.DEFAULT_CHANGED,
              at,
              "%s changes its default from %s in %s to %s; readers fill in data without the field with the new value"
                  .formatted(subject, before, baselineVersion, after),
              "keep \"default\": %s, unless every consumer expects %s for records written without the field"
                  .formatted(before, after),
              target);
        }
      }
    }
    if (isPii(previous.getObjectProp("tags")) && !isPii(field.getObjectProp("tags"))) {
      report(
          CompatRules.PII_REMOVED,
          at,
          "%s was tagged pii in %s and no longer is; consumers stop treating its data as personal"
              .formatted(subject, baselineVersion),
          "keep \"tags\": [\"pii\"] on the field; if it really holds no personal data any more, waive this finding and say why",
          target);
    }
  }

  private void logicalType(Schema old, Schema now, Where where) {
    if (Objects.equals(logicalName(old), logicalName(now))) {
      return;
    }
    String before = describe(old);
    String after = describe(now);
    String subject =
        where == null
            ? "The " + part.word() + " schema"
            : "Field \"%s\" of record \"%s\"".formatted(where.fieldName(), where.recordFullName());
    String consequence;
    if (old.getLogicalType() == null) {
      consequence = "consumers now read the same values as " + now.getLogicalType().getName();
    } else if (now.getLogicalType() == null) {
      consequence =
          "consumers now get the raw "
              + now.getType().getName()
              + " instead of a "
              + old.getLogicalType().getName();
    } else if (old.getLogicalType() instanceof LogicalTypes.Decimal was
        && now.getLogicalType() instanceof LogicalTypes.Decimal is
        && was.getScale() == is.getScale()) {
      consequence =
          "values written with the old precision "
              + (is.getPrecision() < was.getPrecision()
                  ? "may not fit the new one"
                  : "fit, but consumers that size their columns by it must change");
    } else {
      consequence = "the same stored value now means something else";
    }
    SourcePosition at =
        where == null
            ? sources.schemaStart(portName, part)
            : sources.field(portName, part, where.recordFullName(), where.fieldName());
    report(
        CompatRules.LOGICAL_TYPE,
        at,
        "%s changes from %s in %s to %s; %s"
            .formatted(subject, before, baselineVersion, after, consequence),
        "keep %s%s; for values of another kind add a new field with a default and deprecate this one"
            .formatted(before, old.getLogicalType() == null ? " without a logical type" : ""),
        where == null
            ? Texts.target(portName, part)
            : Texts.target(portName, part, where.recordFullName(), where.fieldName()));
  }

  private void report(Rule rule, SourcePosition at, String message, String hint, String target) {
    findings.add(Finding.of(rule, at, message).withHint(hint).withTarget(target));
  }

  /**
   * A type with its logical type, e.g. {@code long (timestamp-millis)} or {@code bytes (decimal(10,
   * 2))}.
   */
  private static String describe(Schema schema) {
    String base =
        switch (schema.getType()) {
          case RECORD, ENUM, FIXED -> schema.getFullName();
          default -> schema.getType().getName();
        };
    String logical = logicalName(schema);
    return logical == null ? base : base + " (" + logical + ")";
  }

  /** The logical type with its parameters, e.g. {@code decimal(10, 2)}; null when there is none. */
  private static String logicalName(Schema schema) {
    LogicalType logical = schema.getLogicalType();
    if (logical == null) {
      return null;
    }
    return logical instanceof LogicalTypes.Decimal decimal
        ? "decimal(%d, %d)".formatted(decimal.getPrecision(), decimal.getScale())
        : logical.getName();
  }

  private static List<Schema> branches(Schema schema) {
    return schema.getType() == Type.UNION ? schema.getTypes() : List.of(schema);
  }

  /**
   * The old branch Avro would pair with {@code branch}: same type and, when named, same name or an
   * alias of it.
   */
  private static Schema counterpart(Schema branch, Collection<Schema> oldBranches) {
    for (Schema old : oldBranches) {
      if (old.getType() != branch.getType()) {
        continue;
      }
      boolean named =
          switch (branch.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
          };
      if (!named
          || old.getFullName().equals(branch.getFullName())
          || branch.getAliases().contains(old.getFullName())) {
        return old;
      }
    }
    return null;
  }

  private static Field aliased(Field field, Schema oldRecord) {
    for (String alias : field.aliases()) {
      Field old = oldRecord.getField(alias);
      if (old != null) {
        return old;
      }
    }
    return null;
  }

  /**
   * Equal JSON values; numbers compare by value, so a default of 0 stays 0 when int becomes long.
   */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean isPii(Object tags) {
    if (tags instanceof String text) {
      return text.trim().toLowerCase(Locale.ROOT).equals("pii");
    }
    if (tags instanceof Collection<?> list) {
      return list.stream().anyMatch(SchemaDiff::isPii);
    }
    return false;
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
