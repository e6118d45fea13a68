package dev.dataproduct.compat;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.apache.avro.SchemaCompatibility;

/** Turns Avro's terse incompatibilities into messages that name what changed and how to fix it. */
final class Explanations {

  private static final String PROMOTIONS =
      "int to long, float or double; long to float or double; float to double; string to bytes and back";

  private Explanations() {}

  static Incompatibility explain(
      Direction direction,
      int previousIndex,
      SchemaCompatibility.Incompatibility found,
      SchemaLocation at) {
    boolean backward = direction == Direction.BACKWARD;
    Schema reader = found.getReaderFragment();
    Schema writer = found.getWriterFragment();
    Schema candidate = backward ? reader : writer;
    Schema previous = backward ? writer : reader;
    String message;
    String hint;
    switch (found.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> {
        String field = found.getMessage(); // Avro's message is the reader field's name
        if (backward) {
          message =
              "Field \"%s\" of record \"%s\" is not in the previous schema and has no default, so the new schema cannot read data written with the previous one"
                  .formatted(field, candidate.getFullName());
          hint =
              "add a \"default\" to field \"%s\" (for an optional field: a [\"null\", ...] union with \"default\": null), or an alias naming the previous field if it was renamed"
                  .formatted(field);
        } else {
          message =
              "Field \"%s\" was removed from record \"%s\", but the previous schema has no default for it, so its readers cannot read data written with the new schema"
                  .formatted(field, candidate.getFullName());
          hint =
              "keep field \"%s\"; a field can only be removed once the schemas its readers use give it a default"
                  .formatted(field);
        }
      }
      case TYPE_MISMATCH -> {
        if (backward) {
          message =
              "%s has type %s in the new schema, which cannot read %s written with the previous schema"
                  .formatted(subject(at), describe(reader), describe(writer));
          hint =
              "keep type %s, or change it only to a type Avro promotes it to (%s)"
                  .formatted(describe(writer), PROMOTIONS);
        } else {
          message =
              "%s is written as %s by the new schema, which readers using the previous schema (%s) cannot read"
                  .formatted(subject(at), describe(writer), describe(reader));
          hint =
              "keep type %s, or change it only to a type Avro promotes to it (%s)"
                  .formatted(describe(reader), PROMOTIONS);
        }
      }
      case MISSING_UNION_BRANCH -> {
        Schema branch = writerBranch(found);
        if (backward) {
          message =
              "%s is the union %s in the new schema, which has no branch that reads %s written with the previous schema"
                  .formatted(subject(at), describe(reader), describe(branch));
          hint =
              "keep a branch that reads %s in the union (the same type, a compatible version of it, or a type it promotes to)"
                  .formatted(describe(branch));
        } else {
          message =
              "%s can hold %s in the new schema, which the previous schema's union %s cannot read"
                  .formatted(subject(at), describe(branch), describe(reader));
          hint =
              "write only types that %s can read (the same types, compatible versions of them, or types that promote to them)"
                  .formatted(describe(reader));
        }
      }
      case MISSING_ENUM_SYMBOLS -> {
        String symbols = found.getMessage(); // Avro's message lists the symbols, e.g. [B, C]
        if (backward) {
          message =
              "Enum \"%s\"%s lacks symbols %s that data written with the previous schema can hold"
                  .formatted(candidate.getFullName(), inField(at), symbols);
          hint =
              "add %s back, or give the enum a \"default\" symbol that unknown symbols are read as"
                  .formatted(symbols);
        } else {
          message =
              "Enum \"%s\"%s adds symbols %s, which readers using the previous schema cannot read: its enum has no \"default\""
                  .formatted(candidate.getFullName(), inField(at), symbols);
          hint =
              "remove %s; to add symbols later, first release the enum with a \"default\" symbol"
                  .formatted(symbols);
        }
      }
      case NAME_MISMATCH -> {
        String kind = kind(candidate);
        if (backward) {
          message =
              "%s \"%s\"%s does not match \"%s\" of the previous schema"
                  .formatted(kind, candidate.getFullName(), inField(at), previous.getFullName());
          hint =
              "keep the name \"%s\", or add \"%s\" to the \"aliases\" of \"%s\""
                  .formatted(
                      previous.getFullName(), previous.getFullName(), candidate.getFullName());
        } else {
          message =
              "%s \"%s\" of the previous schema is named \"%s\"%s in the new schema, so readers using the previous schema cannot read it"
                  .formatted(kind, previous.getFullName(), candidate.getFullName(), inField(at));
          hint =
              "keep the name \"%s\"; aliases in the new schema do not help readers of the previous one"
                  .formatted(previous.getFullName());
        }
      }
      case FIXED_SIZE_MISMATCH -> {
        message =
            "Fixed \"%s\"%s has size %d in the new schema but %d in the previous schema"
                .formatted(
                    candidate.getFullName(),
                    inField(at),
                    candidate.getFixedSize(),
                    previous.getFixedSize());
        hint =
            "keep size %d; the size of a fixed type cannot change"
                .formatted(previous.getFixedSize());
      }
      default -> {
        message = "%s: %s".formatted(subject(at), found.getMessage());
        hint = "make the change compatible, or publish it on a new port";
      }
    }
    return new Incompatibility(direction, previousIndex, found.getType(), message, hint, at);
  }

  /** Avro cannot compare at all when a reader field's aliases match more than one writer field. */
  static Incompatibility unresolvable(
      Direction direction, int previousIndex, AvroRuntimeException failure) {
    String reason = String.valueOf(failure.getMessage());
    int schemaDump = reason.indexOf('{');
    if (schemaDump > 0) {
      reason = reason.substring(0, schemaDump).trim();
    }
    String reading =
        direction == Direction.BACKWARD
            ? "the new schema reading data written with the previous one"
            : "the previous schema reading data written with the new one";
    return new Incompatibility(
        direction,
        previousIndex,
        null,
        "Avro cannot resolve " + reading + ": " + reason,
        "make every field's aliases match at most one field of the other schema",
        SchemaLocation.ROOT);
  }

  /**
   * The writer type the reader's union cannot read: the writer itself, or the branch Avro's path
   * ends with.
   */
  private static Schema writerBranch(SchemaCompatibility.Incompatibility found) {
    Schema writer = found.getWriterFragment();
    if (writer.getType() != Type.UNION) {
      return writer;
    }
    String[] steps = CandidateLocator.steps(found.getLocation());
    int branch =
        steps.length == 0
            ? -1
            : CandidateLocator.index(steps[steps.length - 1], writer.getTypes().size());
    return branch < 0 ? writer : writer.getTypes().get(branch);
  }

  private static String subject(SchemaLocation at) {
    if (at.fieldName() == null) {
      return at.pointer().isEmpty() ? "The schema" : "The type at " + at.pointer();
    }
    String field = "Field \"%s\" of record \"%s\"".formatted(at.fieldName(), at.recordName());
    return at.pointer().endsWith("/type") ? field : field + " (at " + at.pointer() + ")";
  }

  private static String inField(SchemaLocation at) {
    return at.fieldName() == null
        ? ""
        : " (field \"%s\" of record \"%s\")".formatted(at.fieldName(), at.recordName());
  }

  private static String kind(Schema named) {
    String type = named.getType().getName();
    return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
  }

  /** A short description of a type: its full name, its primitive name, or its shape. */
  static String describe(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getFullName();
      case ARRAY -> "array of " + describe(schema.getElementType());
      case MAP -> "map of " + describe(schema.getValueType());
      case UNION ->
          schema.getTypes().stream()
              .map(Explanations::describe)
              .collect(Collectors.joining(", ", "[", "]"));
      default ->
          schema.getLogicalType() == null
              ? schema.getName()
              : schema.getName() + " (" + schema.getLogicalType().getName() + ")";
    };
  }
}
