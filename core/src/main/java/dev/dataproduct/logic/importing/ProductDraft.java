package dev.dataproduct.logic.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.rules.ImportRules;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A descriptor and its schemas as an import builds them, rendered into files: the descriptor in the
 * order the examples write it, one {@code .avsc} file per port schema under its namespace's folder,
 * and a file of its own for each named type two of them share (the others stay inline).
 */
final class ProductDraft {

  /** Where the schemas go, relative to the project: the plugin's default schema directory. */
  static final String SCHEMA_DIRECTORY = "src/main/avro/";

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  final ObjectNode descriptor = JsonNodeFactory.instance.objectNode();
  final ArrayNode outputPorts = JsonNodeFactory.instance.arrayNode();
  final ArrayNode inputPorts = JsonNodeFactory.instance.arrayNode();
  final List<Finding> findings = new ArrayList<>();

  /** Each port schema that gets a file, and the descriptor reference waiting for its path. */
  private final List<Map.Entry<Schema, ObjectNode>> schemaRefs = new ArrayList<>();

  /** The files of primitive port schemas with more than their type, by path. */
  private final Map<String, Schema> primitiveFiles = new LinkedHashMap<>();

  ProductDraft(String domain, String name) {
    descriptor.put("apiVersion", DataProduct.API_VERSION);
    descriptor.put("kind", DataProduct.KIND);
    descriptor.put("name", name);
    descriptor.put("domain", domain);
  }

  /**
   * A port's key or value as the descriptor refers to it: a bare primitive by type, a named schema
   * by its file, and a primitive with a logical type or a property by a file of its own, {@code
   * <part>.avsc}: only a file carries them, and they are part of the schema consumers read.
   *
   * @param part the port's name and the part, such as {@code order-events-key}
   */
  ObjectNode typeReference(Schema schema, String part) {
    ObjectNode ref = JsonNodeFactory.instance.objectNode();
    if (isNamed(schema)) {
      schemaRefs.add(Map.entry(schema, ref));
    } else if (schema.equals(Schema.create(schema.getType()))) {
      ref.put("type", schema.getType().getName());
    } else {
      String path = kebab(part) + ".avsc";
      primitiveFiles.put(path, schema);
      ref.put("schema", path);
    }
    return ref;
  }

  void unmapped(SourcePosition at, String message, String hint) {
    findings.add(Finding.of(ImportRules.UNMAPPED, at, message).withHint(hint));
  }

  void error(SourcePosition at, String message, String hint) {
    findings.add(Finding.of(ImportRules.SOURCE, at, message).withHint(hint));
  }

  /** The files, or none when an error was found: nothing half-made. */
  ImportResult result(SourcePosition source) {
    if (findings.stream().noneMatch(f -> f.rule().equals(ImportRules.SOURCE))
        && outputPorts.isEmpty()) {
      error(
          source,
          "Found no port to import",
          "An ODCS contract needs a schema object, a registry a <topic>-value subject.");
    }
    if (findings.stream().anyMatch(f -> f.rule().equals(ImportRules.SOURCE))) {
      return new ImportResult(new TreeMap<>(), findings);
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    Map<String, Schema> tops = new LinkedHashMap<>();
    for (Map.Entry<Schema, ObjectNode> ref : schemaRefs) {
      Schema schema = ref.getKey();
      Schema known = tops.putIfAbsent(schema.getFullName(), schema);
      if (known != null && !known.equals(schema)) {
        error(
            source,
            "Two ports define " + schema.getFullName() + " differently",
            "Rename one of them before importing.");
        return new ImportResult(new TreeMap<>(), findings);
      }
      ref.getValue().put("schema", path(schema));
    }
    List<Schema> shared = shared(tops.values());
    Map<String, Schema> all = new LinkedHashMap<>(tops);
    shared.forEach(s -> all.putIfAbsent(s.getFullName(), s));
    for (Schema schema : all.values()) {
      List<Schema> others =
          shared.stream().filter(s -> !s.getFullName().equals(schema.getFullName())).toList();
      String json = schema.toString(others, true).replace(System.lineSeparator(), "\n") + "\n";
      files.put(SCHEMA_DIRECTORY + path(schema), json.getBytes(StandardCharsets.UTF_8));
    }
    primitiveFiles.forEach(
        (path, schema) ->
            files.put(
                SCHEMA_DIRECTORY + path,
                (schema.toString(true).replace(System.lineSeparator(), "\n") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    descriptor.set("outputPorts", outputPorts);
    if (!inputPorts.isEmpty()) {
      descriptor.set("inputPorts", inputPorts);
    }
    try {
      files.put(
          "dataproduct.yaml",
          YAML.writeValueAsString(descriptor)
              .replace("\r\n", "\n")
              .getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return new ImportResult(files, findings);
  }

  /** {@code com/example/orders/OrderEvent.avsc}. */
  static String path(Schema schema) {
    String namespace =
        schema.getNamespace() == null ? "" : schema.getNamespace().replace('.', '/') + "/";
    return namespace + schema.getName() + ".avsc";
  }

  /**
   * The named types defined inside more than one of {@code tops} (or inside one and used as
   * another's top): they get files of their own.
   */
  private static List<Schema> shared(java.util.Collection<Schema> tops) {
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Schema> byName = new LinkedHashMap<>();
    for (Schema top : tops) {
      Set<String> seen = new java.util.HashSet<>();
      collect(top, seen, byName);
      seen.forEach(name -> uses.merge(name, 1, Integer::sum));
    }
    Set<String> topNames = new java.util.HashSet<>();
    tops.forEach(t -> topNames.add(t.getFullName()));
    List<Schema> shared = new ArrayList<>();
    byName.forEach(
        (name, schema) -> {
          if (uses.get(name) > 1 || topNames.contains(name)) {
            shared.add(schema);
          }
        });
    return shared;
  }

  private static void collect(Schema schema, Set<String> seen, Map<String, Schema> byName) {
    switch (schema.getType()) {
      case RECORD -> {
        if (seen.add(schema.getFullName())) {
          byName.putIfAbsent(schema.getFullName(), schema);
          schema.getFields().forEach(f -> collect(f.schema(), seen, byName));
        }
      }
      case ENUM, FIXED -> {
        seen.add(schema.getFullName());
        byName.putIfAbsent(schema.getFullName(), schema);
      }
      case ARRAY -> collect(schema.getElementType(), seen, byName);
      case MAP -> collect(schema.getValueType(), seen, byName);
      case UNION -> schema.getTypes().forEach(t -> collect(t, seen, byName));
      default -> {}
    }
  }

  static boolean isNamed(Schema schema) {
    return schema.getType() == Schema.Type.RECORD
        || schema.getType() == Schema.Type.ENUM
        || schema.getType() == Schema.Type.FIXED;
  }

  /** {@code Order Events} or {@code OrderEvents} as a port name: {@code order-events}. */
  static String kebab(String name) {
    String spaced =
        name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    return spaced.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
