package dev.dataproduct.model.schema;

import static dev.dataproduct.model.schema.LocatedJson.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.rules.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.avro.NameValidator;

/**
 * Walks the JSON of one schema file the way Avro's parser does, so that every structural error is
 * reported at the JSON value that causes it, before Avro (which reports no positions) sees the
 * file. Collects the named types the file defines and the names it refers to; whether those names
 * exist is decided later, over all files.
 */
final class AvscWalker {

  static final Set<String> PRIMITIVES =
      Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");

  private static final Set<String> COMPLEX =
      Set.of("record", "error", "enum", "fixed", "array", "map");

  /** Avro's default name rules (letters, digits and '_', not starting with a digit). */
  private static final NameValidator NAMES = NameValidator.UTF_VALIDATOR;

  private final SchemaFile file;
  private final Findings findings;
  private final List<TypeDefinition> definitions = new ArrayList<>();
  private final Map<String, TypeDefinition> definedHere = new HashMap<>();
  private final List<TypeReference> references = new ArrayList<>();
  private boolean hasErrors;

  private AvscWalker(SchemaFile file, Findings findings) {
    this.file = file;
    this.findings = findings;
  }

  /** Walks the file's JSON, fills its definitions and references and reports what is wrong. */
  static void walk(SchemaFile file, Findings findings) {
    AvscWalker walker = new AvscWalker(file, findings);
    walker.schema(file.json.root(), "", null);
    file.definitions = List.copyOf(walker.definitions);
    file.references = List.copyOf(walker.references);
    file.hasErrors |= walker.hasErrors;
  }

  /**
   * Walks one schema. Returns what makes it distinct inside a union (the primitive or container
   * type, or the full name of a named type), or {@code null} when it is broken.
   */
  private String schema(JsonNode node, String pointer, String namespace) {
    if (node.isTextual()) {
      return typeName(node.asText(), pointer, namespace);
    }
    if (node.isObject()) {
      return object((ObjectNode) node, pointer, namespace);
    }
    if (node.isArray()) {
      return union(node, pointer, namespace);
    }
    invalid(
        pointer,
        "A schema must be a type name, a JSON object or a union (a JSON array), not "
            + describe(node),
        "Write a type such as \"string\" or {\"type\": \"record\", ...}.");
    return null;
  }

  private String typeName(String name, String pointer, String namespace) {
    if (PRIMITIVES.contains(name)) {
      return name;
    }
    if (COMPLEX.contains(name)) {
      invalid(
          pointer,
          "\"" + name + "\" cannot be used as a bare type name; it needs its own object",
          "Write " + complexExample(name) + ".");
      return null;
    }
    TypeReference reference = new TypeReference(name, namespace, pointer);
    references.add(reference);
    return reference.qualifiedName();
  }

  private String object(ObjectNode node, String pointer, String namespace) {
    JsonNode type = node.get("type");
    String typePointer = child(pointer, "type");
    if (type == null) {
      invalid(
          pointer,
          "Schema object has no \"type\"",
          "Add \"type\", e.g. \"type\": \"record\" or \"type\": \"string\".");
      return null;
    }
    if (!type.isTextual()) {
      invalid(
          typePointer,
          "The \"type\" of a schema object must be a type name such as \"record\" or \"string\", not "
              + describe(type),
          type.isContainerNode()
              ? "Write the inner schema directly in place of the object around it."
              : "Use one of the primitive types or record, enum, fixed, array, map.");
      return null;
    }
    String typeName = type.asText();
    switch (typeName) {
      case "record":
      case "error":
        return record(node, pointer, namespace, typeName);
      case "enum":
        return enumeration(node, pointer, namespace);
      case "fixed":
        return fixed(node, pointer, namespace);
      case "array":
        return container(node, pointer, namespace, "array", "items");
      case "map":
        return container(node, pointer, namespace, "map", "values");
      default:
        if (PRIMITIVES.contains(typeName)) {
          return typeName;
        }
        unknownObjectType(typeName, typePointer);
        return null;
    }
  }

  private void unknownObjectType(String typeName, String typePointer) {
    Set<String> keywords = new LinkedHashSet<>(PRIMITIVES);
    keywords.addAll(COMPLEX);
    String suggestion = Suggestions.closest(typeName, keywords).orElse(null);
    if (suggestion != null) {
      invalid(
          typePointer,
          "Unknown type \"" + typeName + "\"; did you mean \"" + suggestion + "\"?",
          "Write \"type\": \"" + suggestion + "\".");
    } else {
      invalid(
          typePointer,
          "The \"type\" of a schema object must be a primitive type or one of record, enum, fixed, array, map; \""
              + typeName
              + "\" is neither",
          "To use a named type, write its name as the schema itself: \""
              + typeName
              + "\" instead of {\"type\": \""
              + typeName
              + "\"}.");
    }
  }

  private String container(
      ObjectNode node, String pointer, String namespace, String kind, String key) {
    JsonNode inner = node.get(key);
    if (inner == null) {
      invalid(
          pointer,
          (kind.equals("array") ? "An " : "A ") + kind + " schema needs \"" + key + "\"",
          "Write " + complexExample(kind) + ".");
      return kind;
    }
    schema(inner, child(pointer, key), namespace);
    return kind;
  }

  private String union(JsonNode node, String pointer, String namespace) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode branch = node.get(i);
      String branchPointer = child(pointer, i);
      if (branch.isArray()) {
        invalid(
            branchPointer,
            "A union cannot contain another union directly",
            "Merge the inner union's types into the outer one.");
        continue;
      }
      String key = schema(branch, branchPointer, namespace);
      if (key == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        invalid(
            branchPointer,
            "The union has \"" + key + "\" twice (branches " + first + " and " + i + ")",
            "A union may hold each type once; remove one of them.");
      }
    }
    return "union";
  }

  private String record(ObjectNode node, String pointer, String namespace, String kind) {
    String fullName = define(node, pointer, namespace, kind);
    String inner = fullName == null ? namespace : namespaceOf(fullName);
    String what = "Record" + label(node, fullName);
    JsonNode fields = node.get("fields");
    if (fields == null || !fields.isArray()) {
      invalid(
          fields == null ? pointer : child(pointer, "fields"),
          what + (fields == null ? " has no \"fields\"" : " has \"fields\" that is not an array"),
          "Add \"fields\": [ {\"name\": ..., \"type\": ...}, ... ] (the list may be empty).");
      return fullName;
    }
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      field(fields.get(i), child(child(pointer, "fields"), i), i, inner, what, names);
    }
    return fullName;
  }

  private void field(
      JsonNode field,
      String pointer,
      int index,
      String namespace,
      String record,
      Map<String, Integer> names) {
    if (!field.isObject()) {
      invalid(
          pointer,
          "Field " + index + " of " + lower(record) + " is " + describe(field) + ", not an object",
          "Write the field as {\"name\": ..., \"type\": ...}.");
      return;
    }
    JsonNode name = field.get("name");
    String label = "Field " + index;
    if (name == null || !name.isTextual()) {
      invalid(
          name == null ? pointer : child(pointer, "name"),
          label + " of " + lower(record) + " has no \"name\"" + (name == null ? "" : " string"),
          "Add \"name\": \"...\" to the field.");
    } else {
      label = "Field \"" + name.asText() + "\"";
      if (validName(name.asText(), child(pointer, "name"), "Field name")) {
        Integer first = names.putIfAbsent(name.asText(), index);
        if (first != null) {
          invalid(
              child(pointer, "name"),
              record
                  + " has two fields named \""
                  + name.asText()
                  + "\" (fields "
                  + first
                  + " and "
                  + index
                  + ")",
              "Rename or remove one of them; field names are unique within a record.");
        }
      }
    }
    JsonNode type = field.get("type");
    if (type == null) {
      invalid(
          pointer,
          label + " of " + lower(record) + " has no \"type\"",
          "Add \"type\", e.g. \"type\": \"string\".");
    } else {
      schema(type, child(pointer, "type"), namespace);
    }
    JsonNode order = field.get("order");
    if (order != null
        && !(order.isTextual()
            && Set.of("ascending", "descending", "ignore")
                .contains(order.asText().toLowerCase(Locale.ROOT)))) {
      invalid(
          child(pointer, "order"),
          label
              + " has \"order\" "
              + describe(order)
              + "; it must be ascending, descending or ignore",
          "Remove \"order\" or set it to \"ascending\".");
    }
    aliases(field, pointer);
  }

  private String enumeration(ObjectNode node, String pointer, String namespace) {
    String fullName = define(node, pointer, namespace, "enum");
    String what = "Enum" + label(node, fullName);
    JsonNode symbols = node.get("symbols");
    if (symbols == null || !symbols.isArray()) {
      invalid(
          symbols == null ? pointer : child(pointer, "symbols"),
          what
              + (symbols == null ? " has no \"symbols\"" : " has \"symbols\" that is not an array"),
          "Add \"symbols\": [\"A\", \"B\"].");
      return fullName;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < symbols.size(); i++) {
      JsonNode symbol = symbols.get(i);
      String symbolPointer = child(child(pointer, "symbols"), i);
      if (!symbol.isTextual()) {
        invalid(
            symbolPointer,
            what + " has symbol " + describe(symbol) + "; symbols are strings",
            "Write the symbol as a string, e.g. \"ACTIVE\".");
      } else if (validName(symbol.asText(), symbolPointer, "Enum symbol")
          && !seen.add(symbol.asText())) {
        invalid(
            symbolPointer,
            what + " has the symbol \"" + symbol.asText() + "\" twice",
            "Remove the duplicate symbol.");
      }
    }
    JsonNode defaultSymbol = node.get("default");
    if (defaultSymbol != null
        && !(defaultSymbol.isTextual() && seen.contains(defaultSymbol.asText()))) {
      report(
          SchemaRules.BAD_DEFAULT,
          child(pointer, "default"),
          "Default "
              + DefaultValues.render(defaultSymbol)
              + " of "
              + lower(what)
              + " is not one of its symbols "
              + seen,
          "Use one of the symbols as the enum's default, or remove \"default\".");
    }
    return fullName;
  }

  private String fixed(ObjectNode node, String pointer, String namespace) {
    String fullName = define(node, pointer, namespace, "fixed");
    JsonNode size = node.get("size");
    if (size == null || !size.isIntegralNumber() || !size.canConvertToInt() || size.asInt() < 0) {
      invalid(
          size == null ? pointer : child(pointer, "size"),
          "Fixed"
              + label(node, fullName)
              + (size == null
                  ? " has no \"size\""
                  : " has size "
                      + describe(size)
                      + "; it must be a whole number of bytes, 0 or more"),
          "Add \"size\": <number of bytes>, e.g. \"size\": 16.");
    }
    return fullName;
  }

  /** Checks the name of a named type, records its definition and returns its full name. */
  private String define(ObjectNode node, String pointer, String namespace, String kind) {
    aliases(node, pointer);
    JsonNode nameNode = node.get("name");
    String namePointer = child(pointer, "name");
    if (nameNode == null || !nameNode.isTextual()) {
      invalid(
          nameNode == null ? pointer : namePointer,
          "A "
              + (kind.equals("error") ? "record" : kind)
              + " needs a \"name\""
              + (nameNode == null ? "" : " string, not " + describe(nameNode)),
          "Add \"name\": \"MyType\" (and \"namespace\": \"com.example\").");
      return null;
    }
    String name = nameNode.asText();
    String space;
    String simple;
    String spacePointer;
    int lastDot = name.lastIndexOf('.');
    if (lastDot >= 0) {
      space = name.substring(0, lastDot);
      simple = name.substring(lastDot + 1);
      spacePointer = namePointer;
    } else {
      JsonNode spaceNode = node.get("namespace");
      spacePointer = child(pointer, "namespace");
      if (spaceNode != null && !spaceNode.isNull() && !spaceNode.isTextual()) {
        invalid(
            spacePointer,
            "\"namespace\" must be a string, not " + describe(spaceNode),
            "Write \"namespace\": \"com.example\".");
        spaceNode = null;
      }
      space = spaceNode != null && spaceNode.isTextual() ? spaceNode.asText() : namespace;
      simple = name;
    }
    boolean valid = validName(simple, namePointer, "Name");
    if (space != null && !space.isEmpty()) {
      for (String part : space.split("\\.", -1)) {
        valid &= validName(part, spacePointer, "Namespace part");
      }
    }
    if (!valid) {
      return null;
    }
    String fullName = space == null || space.isEmpty() ? simple : space + "." + simple;
    if (PRIMITIVES.contains(fullName)) {
      invalid(
          namePointer,
          "A named type may not be called \"" + fullName + "\", the name of a primitive type",
          "Choose another name.");
      return null;
    }
    TypeDefinition definition = new TypeDefinition(fullName, kind, pointer, node);
    TypeDefinition earlier = definedHere.putIfAbsent(fullName, definition);
    if (earlier != null && !earlier.node().equals(node)) {
      report(
          SchemaRules.DUPLICATE_NAME,
          namePointer,
          "Type \""
              + fullName
              + "\" is defined twice in this file, differently (first at line "
              + file.positionOf(earlier.namePointer()).line()
              + ")",
          "Define the type once and refer to it by its name \"" + fullName + "\" afterwards.");
      hasErrors = true;
    }
    definitions.add(definition);
    return fullName;
  }

  private void aliases(JsonNode node, String pointer) {
    JsonNode aliases = node.get("aliases");
    if (aliases == null) {
      return;
    }
    boolean ok = aliases.isArray();
    for (int i = 0; ok && i < aliases.size(); i++) {
      ok = aliases.get(i).isTextual();
    }
    if (!ok) {
      invalid(
          child(pointer, "aliases"),
          "\"aliases\" must be an array of names, not " + describe(aliases),
          "Write \"aliases\": [\"OldName\"].");
    }
  }

  private boolean validName(String name, String pointer, String what) {
    NameValidator.Result result = NAMES.validate(name);
    if (result.isOK()) {
      return true;
    }
    invalid(
        pointer,
        what + " \"" + name + "\" is not a valid Avro name: " + result.getErrors(),
        "Names start with a letter or '_' and contain only letters, digits and '_'.");
    return false;
  }

  private void invalid(String pointer, String message, String hint) {
    report(SchemaRules.INVALID, pointer, message, hint);
  }

  private void report(Rule rule, String pointer, String message, String hint) {
    hasErrors = true;
    findings.add(Finding.of(rule, file.positionOf(pointer), message).withHint(hint));
  }

  static String namespaceOf(String fullName) {
    int lastDot = fullName.lastIndexOf('.');
    return lastDot < 0 ? null : fullName.substring(0, lastDot);
  }

  /** How messages name a type: its full name, or its name as written when that is broken. */
  private static String label(ObjectNode node, String fullName) {
    JsonNode name = node.get("name");
    if (fullName != null) {
      return " \"" + fullName + "\"";
    }
    return name != null && name.isTextual() ? " \"" + name.asText() + "\"" : "";
  }

  private static String lower(String what) {
    return what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    return DefaultValues.render(node);
  }

  private static String complexExample(String kind) {
    switch (kind) {
      case "array":
        return "{\"type\": \"array\", \"items\": \"string\"}";
      case "map":
        return "{\"type\": \"map\", \"values\": \"string\"}";
      case "enum":
        return "{\"type\": \"enum\", \"name\": \"Status\", \"symbols\": [\"A\", \"B\"]}";
      case "fixed":
        return "{\"type\": \"fixed\", \"name\": \"Hash\", \"size\": 16}";
      default:
        return "{\"type\": \"record\", \"name\": \"MyRecord\", \"fields\": [...]}";
    }
  }
}
