package dev.dataproduct.model.schema;

import static dev.dataproduct.model.schema.LocatedJson.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Checks field defaults against the field's resolved type. Follows Avro 1.12's own check, with
 * three additions that readers in other languages and older Avro versions rely on: a union's
 * default must match its <em>first</em> branch, an enum default must be one of the symbols, and a
 * fixed default must have the fixed size.
 */
final class DefaultValues {

  /** What is wrong, at the JSON value inside the default that is wrong. */
  record Problem(String pointer, String message, String hint) {}

  private DefaultValues() {}

  /** The first problem of {@code value} (at {@code pointer}) as a value of {@code type}. */
  static Optional<Problem> check(Schema type, JsonNode value, String pointer) {
    switch (type.getType()) {
      case UNION:
        return checkUnion(type, value, pointer);
      case RECORD:
        return checkRecord(type, value, pointer);
      case ARRAY:
        if (!value.isArray()) {
          return mismatch(type, value, pointer);
        }
        for (int i = 0; i < value.size(); i++) {
          Optional<Problem> problem = check(type.getElementType(), value.get(i), child(pointer, i));
          if (problem.isPresent()) {
            return problem;
          }
        }
        return Optional.empty();
      case MAP:
        if (!value.isObject()) {
          return mismatch(type, value, pointer);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          Optional<Problem> problem =
              check(type.getValueType(), entry.getValue(), child(pointer, entry.getKey()));
          if (problem.isPresent()) {
            return problem;
          }
        }
        return Optional.empty();
      case ENUM:
        if (!value.isTextual()) {
          return mismatch(type, value, pointer);
        }
        if (!type.getEnumSymbols().contains(value.asText())) {
          return Optional.of(
              new Problem(
                  pointer,
                  render(value)
                      + " is not a symbol of enum \""
                      + type.getFullName()
                      + "\" "
                      + type.getEnumSymbols(),
                  "Use one of the symbols " + type.getEnumSymbols() + "."));
        }
        return Optional.empty();
      case FIXED:
        if (!value.isTextual()) {
          return mismatch(type, value, pointer);
        }
        if (value.asText().length() != type.getFixedSize()) {
          return Optional.of(
              new Problem(
                  pointer,
                  render(value)
                      + " has "
                      + value.asText().length()
                      + " bytes but fixed \""
                      + type.getFullName()
                      + "\" has "
                      + type.getFixedSize(),
                  "Write exactly "
                      + type.getFixedSize()
                      + " characters (\\u0000 to \\u00ff, one per byte)."));
        }
        return Optional.empty();
      default:
        return matchesPrimitive(type, value) ? Optional.empty() : mismatch(type, value, pointer);
    }
  }

  private static Optional<Problem> checkUnion(Schema union, JsonNode value, String pointer) {
    if (union.getTypes().isEmpty()) {
      return Optional.of(
          new Problem(
              pointer,
              "an empty union has no values, so it cannot have a default",
              "Remove \"default\" or add types to the union."));
    }
    Schema first = union.getTypes().get(0);
    Optional<Problem> againstFirst = check(first, value, pointer);
    if (againstFirst.isEmpty()) {
      return againstFirst;
    }
    for (Schema later : union.getTypes().subList(1, union.getTypes().size())) {
      if (check(later, value, pointer).isEmpty()) {
        String reordered =
            "["
                + describe(later)
                + ", "
                + union.getTypes().stream()
                    .filter(s -> s != later)
                    .map(DefaultValues::describe)
                    .collect(Collectors.joining(", "))
                + "]";
        return Optional.of(
            new Problem(
                pointer,
                render(value)
                    + " matches the union branch "
                    + describe(later)
                    + ", but a union's default must match its first branch ("
                    + describe(first)
                    + ")",
                "Put "
                    + describe(later)
                    + " first: "
                    + reordered
                    + ", or use a default of type "
                    + describe(first)
                    + "."));
      }
    }
    Problem problem = againstFirst.get();
    return Optional.of(
        new Problem(
            problem.pointer(),
            problem.message() + " (a union's default must match its first branch)",
            problem.hint()));
  }

  private static Optional<Problem> checkRecord(Schema record, JsonNode value, String pointer) {
    if (!value.isObject()) {
      return mismatch(record, value, pointer);
    }
    for (Schema.Field field : record.getFields()) {
      JsonNode member = value.get(field.name());
      if (member != null) {
        Optional<Problem> problem = check(field.schema(), member, child(pointer, field.name()));
        if (problem.isPresent()) {
          return problem;
        }
      } else if (!field.hasDefaultValue()) {
        return Optional.of(
            new Problem(
                pointer,
                "the value for record \""
                    + record.getFullName()
                    + "\" lacks field \""
                    + field.name()
                    + "\", which has no default of its own",
                "Add \"" + field.name() + "\" to the default value."));
      }
    }
    return Optional.empty();
  }

  /** Avro 1.12's own rule for primitive types. */
  private static boolean matchesPrimitive(Schema type, JsonNode value) {
    switch (type.getType()) {
      case STRING:
      case BYTES:
        return value.isTextual();
      case INT:
        return value.isIntegralNumber() && value.canConvertToInt();
      case LONG:
        return value.isIntegralNumber() && value.canConvertToLong();
      case FLOAT:
      case DOUBLE:
        // Avro reads "NaN", "Infinity" and other numbers in strings as well.
        return value.isNumber() || (value.isTextual() && isDouble(value.asText()));
      case BOOLEAN:
        return value.isBoolean();
      case NULL:
        return value.isNull();
      default:
        return false;
    }
  }

  private static boolean isDouble(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<Problem> mismatch(Schema type, JsonNode value, String pointer) {
    return Optional.of(
        new Problem(
            pointer,
            render(value) + " is not a valid " + describe(type),
            "Use a default such as " + example(type) + "."));
  }

  /**
   * A short name for a type: {@code int}, {@code com.example.Customer}, {@code array of string}.
   */
  static String describe(Schema type) {
    switch (type.getType()) {
      case RECORD:
      case ENUM:
      case FIXED:
        return "\"" + type.getFullName() + "\"";
      case ARRAY:
        return "array of " + describe(type.getElementType());
      case MAP:
        return "map of " + describe(type.getValueType());
      case UNION:
        return type.getTypes().stream()
            .map(DefaultValues::describe)
            .collect(Collectors.joining(", ", "[", "]"));
      default:
        return "\"" + type.getName() + "\"";
    }
  }

  private static String example(Schema type) {
    switch (type.getType()) {
      case NULL:
        return "null";
      case BOOLEAN:
        return "false";
      case INT:
      case LONG:
        return "0";
      case FLOAT:
      case DOUBLE:
        return "0.0";
      case ENUM:
        return type.getEnumSymbols().isEmpty()
            ? "\"\""
            : "\"" + type.getEnumSymbols().get(0) + "\"";
      case ARRAY:
        return "[]";
      case MAP:
        return "{}";
      case RECORD:
        return "{"
            + type.getFields().stream()
                .map(f -> "\"" + f.name() + "\": ...")
                .collect(Collectors.joining(", "))
            + "}";
      case UNION:
        return type.getTypes().isEmpty() ? "null" : example(type.getTypes().get(0));
      default:
        return "\"\"";
    }
  }

  /** A JSON value as it would be written, shortened when long. */
  static String render(JsonNode value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
