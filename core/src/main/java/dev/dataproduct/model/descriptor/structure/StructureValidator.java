package dev.dataproduct.model.descriptor.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.descriptor.yaml.YamlList;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.model.descriptor.yaml.YamlNode;
import dev.dataproduct.model.descriptor.yaml.YamlScalar;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Checks a descriptor against the JSON Schema of format {@code dataproduct.dev/v1}, the same file
 * editors use ({@value #SCHEMA_RESOURCE}), so the build and the editor cannot disagree on the
 * structure. Every violation is reported with the position of the offending key or value.
 *
 * <p>It interprets the subset of JSON Schema that file uses and refuses to start on a schema that
 * uses more. {@code pattern} and {@code format} are deliberately left out: names, topics, durations
 * and e-mail addresses are checked by the semantic rules, which report them under their own rule
 * IDs with more specific advice.
 */
public final class StructureValidator {

  /** Where the descriptor format's JSON Schema lives on the classpath. */
  public static final String SCHEMA_RESOURCE =
      "/META-INF/dataproduct/schema/dataproduct-v1.schema.json";

  private static final Set<String> INTERPRETED =
      Set.of(
          "$ref",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "enum",
          "const",
          "items",
          "minItems",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "minProperties",
          "maxProperties");
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$defs", "$comment", "title", "description", "default");
  private static final Set<String> LEFT_TO_SEMANTIC_RULES = Set.of("pattern", "format");

  /** Keys whose violations mean "not a descriptor of this format", not "a wrong value". */
  private static final Set<String> FORMAT_IDENTIFYING_PATHS = Set.of("apiVersion", "kind");

  private static final JsonNode SCHEMA = loadSchema();

  /** Checks {@code document} and returns every violation, in document order. */
  public List<Finding> validate(YamlMap document) {
    List<Finding> findings = new ArrayList<>();
    check(document, SCHEMA, "", null, findings);
    return findings;
  }

  /**
   * Checks {@code node} against {@code schema}; {@code inheritedDescription} is the description of
   * the property that referred to {@code schema}, used for hints when the schema has none.
   */
  private void check(
      YamlNode node, JsonNode schema, String path, String inheritedDescription, List<Finding> out) {
    String description =
        schema.has("description") ? schema.get("description").asText() : inheritedDescription;
    if (schema.has("$ref")) {
      check(node, resolve(schema.get("$ref").asText()), path, description, out);
    }
    String type = schema.path("type").asText(null);
    if (type != null && !hasType(node, type)) {
      out.add(typeMismatch(node, type, schema, path, description));
      return;
    }
    if (schema.has("const") && !sameValue(node, schema.get("const"))) {
      String expected = schema.get("const").asText();
      String must = FORMAT_IDENTIFYING_PATHS.contains(path) ? "this plugin reads only" : "must be";
      out.add(
          Finding.of(
                  ruleFor(path, DescriptorRules.VALUE),
                  node.position(),
                  label(path) + " is " + describe(node) + ", but " + must + " \"" + expected + "\"")
              .withHint("Write " + lastSegment(path) + ": " + expected));
      return;
    }
    if (schema.has("enum") && !inEnum(node, schema.get("enum"))) {
      out.add(notInEnum(node, schema.get("enum"), path));
      return;
    }
    if (node instanceof YamlMap map) {
      checkMap(map, schema, path, out);
    } else if (node instanceof YamlList list) {
      checkList(list, schema, path, description, out);
    } else if (node instanceof YamlScalar scalar) {
      checkScalar(scalar, schema, path, description, out);
    }
  }

  private void checkMap(YamlMap map, JsonNode schema, String path, List<Finding> out) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      String key = required.asText();
      if (!map.has(key)) {
        String where = path.isEmpty() ? "" : " in " + path;
        String purpose = properties.path(key).path("description").asText("");
        out.add(
            Finding.of(
                    DescriptorRules.REQUIRED,
                    map.position(),
                    "Missing required key \"" + key + "\"" + where)
                .withHint(
                    ("Add " + key + (path.isEmpty() ? "" : " to " + path) + ". " + purpose)
                        .strip()));
      }
    }
    List<String> known = fieldNames(properties);
    boolean closed =
        schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean();
    for (YamlMap.Entry entry : map.entries().values()) {
      String key = entry.key();
      if (properties.has(key)) {
        check(entry.value(), properties.get(key), child(path, key), null, out);
      } else if (closed) {
        out.add(unknownKey(entry, known, path));
      }
    }
    int size = map.entries().size();
    if (schema.has("minProperties") && size < schema.get("minProperties").asInt()) {
      out.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  map.position(),
                  label(path)
                      + " has "
                      + keyCount(size)
                      + ", but needs at least "
                      + schema.get("minProperties").asInt()
                      + " of: "
                      + String.join(", ", known))
              .withHint(schema.path("description").asText(null)));
    }
    if (schema.has("maxProperties") && size > schema.get("maxProperties").asInt()) {
      out.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  map.position(),
                  label(path)
                      + " has "
                      + keyCount(size)
                      + " ("
                      + String.join(", ", map.entries().keySet())
                      + "), but allows at most "
                      + schema.get("maxProperties").asInt())
              .withHint(schema.path("description").asText(null)));
    }
  }

  private Finding unknownKey(YamlMap.Entry entry, List<String> known, String path) {
    String where = path.isEmpty() ? "" : " in " + path;
    Optional<String> suggestion = Suggestions.closest(entry.key(), known);
    String message =
        "Unknown key \""
            + entry.key()
            + "\""
            + where
            + suggestion.map(s -> "; did you mean \"" + s + "\"?").orElse("");
    String allowed =
        "Keys allowed"
            + (path.isEmpty() ? " at the top level" : " in " + path)
            + ": "
            + String.join(", ", known)
            + ".";
    return Finding.of(DescriptorRules.UNKNOWN_KEY, entry.keyPosition(), message).withHint(allowed);
  }

  private void checkList(
      YamlList list, JsonNode schema, String path, String description, List<Finding> out) {
    if (schema.has("minItems") && list.items().size() < schema.get("minItems").asInt()) {
      int min = schema.get("minItems").asInt();
      String actual =
          list.items().isEmpty()
              ? "is empty"
              : "has " + list.items().size() + " item" + (list.items().size() == 1 ? "" : "s");
      out.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  list.position(),
                  label(path)
                      + " "
                      + actual
                      + ", but needs at least "
                      + min
                      + " item"
                      + (min == 1 ? "" : "s"))
              .withHint(description));
    }
    if (schema.has("items")) {
      for (int i = 0; i < list.items().size(); i++) {
        check(list.items().get(i), schema.get("items"), path + "[" + i + "]", null, out);
      }
    }
  }

  private void checkScalar(
      YamlScalar scalar, JsonNode schema, String path, String description, List<Finding> out) {
    if (scalar.isString() && schema.has("minLength")) {
      int min = schema.get("minLength").asInt();
      int length = scalar.text().codePointCount(0, scalar.text().length());
      if (length < min) {
        String message =
            length == 0
                ? label(path) + " is empty"
                : label(path) + " has " + length + " characters, but needs at least " + min;
        out.add(
            Finding.of(DescriptorRules.VALUE, scalar.position(), message).withHint(description));
      }
    }
    if (!scalar.isNumber()) {
      return;
    }
    Optional<BigDecimal> number = scalar.asNumber();
    if (number.isEmpty()) {
      out.add(
          Finding.of(
                  DescriptorRules.VALUE,
                  scalar.position(),
                  label(path) + " is " + scalar.text() + ", not a finite number")
              .withHint(description));
      return;
    }
    checkBound(
        scalar, number.get(), schema, "minimum", "at least", c -> c >= 0, path, description, out);
    checkBound(
        scalar,
        number.get(),
        schema,
        "exclusiveMinimum",
        "greater than",
        c -> c > 0,
        path,
        description,
        out);
    checkBound(
        scalar, number.get(), schema, "maximum", "at most", c -> c <= 0, path, description, out);
    checkBound(
        scalar,
        number.get(),
        schema,
        "exclusiveMaximum",
        "less than",
        c -> c < 0,
        path,
        description,
        out);
  }

  private static void checkBound(
      YamlScalar scalar,
      BigDecimal value,
      JsonNode schema,
      String keyword,
      String words,
      IntPredicate comparisonHolds,
      String path,
      String description,
      List<Finding> out) {
    if (schema.has(keyword)) {
      BigDecimal bound = schema.get(keyword).decimalValue();
      if (!comparisonHolds.test(value.compareTo(bound))) {
        out.add(
            Finding.of(
                    DescriptorRules.VALUE,
                    scalar.position(),
                    label(path)
                        + " is "
                        + scalar.text()
                        + ", but must be "
                        + words
                        + " "
                        + bound.toPlainString())
                .withHint(description));
      }
    }
  }

  private Finding notInEnum(YamlNode node, JsonNode allowed, String path) {
    List<String> values = new ArrayList<>();
    allowed.forEach(v -> values.add(v.asText()));
    String text = node instanceof YamlScalar scalar && scalar.text() != null ? scalar.text() : "";
    Optional<String> suggestion = Suggestions.closest(text, values);
    return Finding.of(
            DescriptorRules.VALUE,
            node.position(),
            label(path)
                + " is "
                + describe(node)
                + ", which is not an allowed value"
                + suggestion.map(s -> "; did you mean \"" + s + "\"?").orElse(""))
        .withHint("Allowed values: " + String.join(", ", values) + ".");
  }

  private Finding typeMismatch(
      YamlNode node, String type, JsonNode schema, String path, String description) {
    String key = lastSegment(path);
    String hint;
    if (node instanceof YamlScalar scalar && scalar.isNull()) {
      hint = ("Give " + key + " a value. " + (description == null ? "" : description)).strip();
    } else if (type.equals("string") && node instanceof YamlScalar scalar) {
      String quoted = "\"" + scalar.text() + "\"";
      hint =
          "Quote the value so YAML reads it as text: "
              + (key.endsWith("]") ? "- " + quoted : key + ": " + quoted);
    } else if (node instanceof YamlScalar scalar
        && scalar.isString()
        && readsAs(scalar.text(), type)) {
      hint = "Remove the quotes around " + scalar.text() + ".";
    } else if (type.equals("object")) {
      hint =
          "Write "
              + key
              + " as a mapping with the keys: "
              + String.join(", ", fieldNames(propertiesOf(schema)))
              + ".";
    } else if (type.equals("array")) {
      hint = "Write " + key + " as a list: one \"- \" line per item, or [a, b].";
    } else {
      hint = description;
    }
    return Finding.of(
            ruleFor(path, DescriptorRules.TYPE),
            node.position(),
            label(path) + " must be " + expected(type) + ", but is " + describe(node))
        .withHint(hint);
  }

  private static boolean readsAs(String text, String type) {
    return switch (type) {
      case "integer", "number" -> {
        try {
          BigDecimal value = new BigDecimal(text.strip());
          yield type.equals("number") || value.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
          yield false;
        }
      }
      case "boolean" -> text.equals("true") || text.equals("false");
      default -> false;
    };
  }

  private static boolean hasType(YamlNode node, String type) {
    return switch (type) {
      case "object" -> node instanceof YamlMap;
      case "array" -> node instanceof YamlList;
      case "string" -> node instanceof YamlScalar s && s.isString();
      case "boolean" -> node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN;
      case "null" -> node instanceof YamlScalar s && s.isNull();
      case "number" -> node instanceof YamlScalar s && s.isNumber();
      // JSON Schema counts 6.0 as an integer, so YAML's float 6.0 is one too
      case "integer" ->
          node instanceof YamlScalar s
              && s.asNumber().map(n -> n.stripTrailingZeros().scale() <= 0).orElse(false);
      default ->
          throw new IllegalStateException(
              "Unknown JSON Schema type " + type + " in " + SCHEMA_RESOURCE);
    };
  }

  private static boolean sameValue(YamlNode node, JsonNode value) {
    if (!(node instanceof YamlScalar scalar)) {
      return false;
    }
    if (value.isTextual()) {
      return scalar.isString() && scalar.text().equals(value.asText());
    }
    if (value.isNumber()) {
      return scalar.asNumber().map(n -> n.compareTo(value.decimalValue()) == 0).orElse(false);
    }
    if (value.isBoolean()) {
      return scalar.asBoolean().map(b -> b == value.asBoolean()).orElse(false);
    }
    return value.isNull() && scalar.isNull();
  }

  private static boolean inEnum(YamlNode node, JsonNode allowed) {
    for (JsonNode value : allowed) {
      if (sameValue(node, value)) {
        return true;
      }
    }
    return false;
  }

  private static Rule ruleFor(String path, Rule otherwise) {
    return FORMAT_IDENTIFYING_PATHS.contains(path) ? DescriptorRules.API_VERSION : otherwise;
  }

  private static String expected(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "empty";
      default -> "a " + type;
    };
  }

  private static String describe(YamlNode node) {
    if (node instanceof YamlMap) {
      return "a mapping";
    }
    if (node instanceof YamlList) {
      return "a list";
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.kind()) {
      case NULL -> "empty";
      case STRING -> "\"" + scalar.text() + "\"";
      case BOOLEAN -> "the boolean " + scalar.text();
      case INTEGER -> "the integer " + scalar.text();
      case FLOAT -> "the number " + scalar.text();
    };
  }

  private static String label(String path) {
    return path.isEmpty() ? "The descriptor" : path;
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String lastSegment(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String keyCount(int size) {
    return size == 0 ? "no keys" : size + " key" + (size == 1 ? "" : "s");
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode propertiesOf(JsonNode schema) {
    return schema.has("$ref")
        ? propertiesOf(resolve(schema.get("$ref").asText()))
        : schema.path("properties");
  }

  private static JsonNode resolve(String ref) {
    return SCHEMA.at(ref.substring(1));
  }

  private static JsonNode loadSchema() {
    try (InputStream in = StructureValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
      }
      JsonNode schema = new ObjectMapper().readTree(in);
      requireInterpretable(schema);
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Fails on any keyword this class would silently ignore, so schema and validator cannot drift
   * apart.
   */
  static void requireInterpretable(JsonNode root) {
    requireInterpretable(root, root, "#");
  }

  private static void requireInterpretable(JsonNode root, JsonNode schema, String location) {
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String keyword = field.getKey();
      JsonNode value = field.getValue();
      if (!INTERPRETED.contains(keyword)
          && !ANNOTATIONS.contains(keyword)
          && !LEFT_TO_SEMANTIC_RULES.contains(keyword)) {
        throw new IllegalStateException(
            location + " uses \"" + keyword + "\", which StructureValidator does not interpret");
      }
      boolean supportedForm =
          switch (keyword) {
            case "type" -> value.isTextual();
            case "$ref" ->
                value.asText().startsWith("#/$defs/")
                    && !root.at(value.asText().substring(1)).isMissingNode();
            case "additionalProperties" -> value.isBoolean();
            case "items" -> value.isObject();
            default -> true;
          };
      if (!supportedForm) {
        throw new IllegalStateException(
            location
                + " uses \""
                + keyword
                + "\": "
                + value
                + " in a form StructureValidator does not interpret");
      }
      if (keyword.equals("properties") || keyword.equals("$defs")) {
        value
            .fields()
            .forEachRemaining(
                p ->
                    requireInterpretable(
                        root, p.getValue(), location + "/" + keyword + "/" + p.getKey()));
      } else if (keyword.equals("items")) {
        requireInterpretable(root, value, location + "/items");
      }
    }
  }
}
