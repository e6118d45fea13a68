package dev.dataproduct.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataproduct.rules.RuleArea;
import dev.dataproduct.rules.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptor reference, generated from the JSON Schema that the plugin ships and editors use:
 * one table per object of the format (top level, owner, output port, ...), one row per key with its
 * type, whether it is required, its default, the values allowed, and its description.
 */
final class DescriptorReference {

  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\\b");

  private DescriptorReference() {}

  /**
   * @param jsonSchema the format's JSON Schema
   * @param example a complete descriptor, as a code block
   */
  static String markdown(String jsonSchema, String example) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(jsonSchema);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the descriptor's JSON Schema does not parse: " + e.getMessage(), e);
    }
    StringBuilder out = new StringBuilder("# Descriptor reference\n\n");
    out.append("<p class=\"generated\">Generated from the JSON Schema of the format, <code>")
        .append(text(root, "$id"))
        .append(
            "</code>, which the plugin's core jar (<code>dev.dataproduct:dataproduct-core</code>) ships as <code>META-INF/dataproduct/schema/dataproduct-v1.schema.json</code>.</p>\n\n");
    out.append(text(root, "description")).append("\n\n");
    out.append("A complete descriptor, the repository's example product:\n\n")
        .append(example)
        .append('\n');
    out.append(
            "Point your editor at the schema ([a copy is published with this site](schema/dataproduct-v1.schema.json)) for completion and checks as you type, with this first line in `dataproduct.yaml`:\n\n")
        .append("```yaml\n# yaml-language-server: $schema=")
        .append(text(root, "$id"))
        .append("\n```\n\n")
        .append(
            "Unknown keys are errors ([DESCRIPTOR-UNKNOWN-KEY](rules/DESCRIPTOR-UNKNOWN-KEY.html)), with a \"did you mean\" when a known key is close.\n\n");

    List<Section> sections = new ArrayList<>();
    sections.add(new Section("top-level", "Top level", root));
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      out.append("<h2 id=\"")
          .append(section.anchor())
          .append("\">")
          .append(section.heading())
          .append("</h2>\n\n");
      if (i > 0) {
        // The top level's description opens the page already.
        out.append(inline(text(section.node(), "description"))).append("\n\n");
      }
      out.append(
          "| key | type | required | default | allowed | description |\n| --- | --- | --- | --- | --- | --- |\n");
      List<String> required = new ArrayList<>();
      section.node().path("required").forEach(name -> required.add(name.asText()));
      for (Map.Entry<String, JsonNode> key : section.node().path("properties").properties()) {
        JsonNode property = key.getValue();
        JsonNode resolved = resolve(root, property);
        String type = typeOf(root, property);
        JsonNode object = objectOf(root, property);
        String name = "`" + key.getKey() + "`";
        if (object != null) {
          String anchor =
              section.anchor().equals("top-level")
                  ? key.getKey()
                  : section.anchor() + "-" + key.getKey();
          String heading =
              section.anchor().equals("top-level")
                  ? key.getKey()
                  : section.heading() + "." + key.getKey();
          if (sections.stream().noneMatch(s -> s.anchor().equals(anchor))) {
            sections.add(
                new Section(
                    anchor.toLowerCase(),
                    heading + (property.path("type").asText().equals("array") ? "[]" : ""),
                    object));
          }
          type = "[" + type + "](#" + anchor.toLowerCase() + ")";
        }
        out.append("| ")
            .append(name)
            .append(" | ")
            .append(type)
            .append(" | ")
            .append(required.contains(key.getKey()) ? "yes" : "")
            .append(" | ")
            .append(resolved.has("default") ? "`" + resolved.get("default").asText() + "`" : "")
            .append(" | ")
            .append(allowed(resolved))
            .append(" | ")
            .append(
                inline(firstNonEmpty(text(property, "description"), text(resolved, "description"))))
            .append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Rule IDs the schema's descriptions name that no rule declares: an example users would copy and
   * that would not work.
   */
  static List<String> unknownRuleIds(String jsonSchema) {
    List<String> problems = new ArrayList<>();
    Matcher ids = RULE_ID.matcher(jsonSchema);
    while (ids.find()) {
      String id = ids.group();
      boolean looksLikeRule =
          Arrays.stream(RuleArea.values()).anyMatch(area -> id.startsWith(area.prefix() + "-"));
      if (looksLikeRule && RuleCatalog.byId(id).isEmpty() && !problems.contains(id)) {
        problems.add(id);
      }
    }
    return problems.stream()
        .map(id -> "the descriptor's JSON Schema names rule " + id + ", which does not exist")
        .toList();
  }

  private record Section(String anchor, String heading, JsonNode node) {}

  /** {@code node}, or the definition its {@code $ref} points to. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
  }

  /** The object a property holds (itself, through a $ref, or as the items of an array), or null. */
  private static JsonNode objectOf(JsonNode root, JsonNode property) {
    JsonNode resolved = resolve(root, property);
    if (resolved.path("type").asText().equals("array")) {
      resolved = resolve(root, resolved.path("items"));
    }
    return resolved.path("type").asText().equals("object") && resolved.has("properties")
        ? resolved
        : null;
  }

  private static String typeOf(JsonNode root, JsonNode property) {
    JsonNode resolved = resolve(root, property);
    String type = resolved.path("type").asText("any");
    if (type.equals("array")) {
      JsonNode items = resolve(root, resolved.path("items"));
      return "list of "
          + (items.has("title") && items.path("type").asText().equals("object")
              ? items.get("title").asText().toLowerCase()
              : items.path("type").asText("any"));
    }
    if (type.equals("object") && resolved.has("title")) {
      return resolved.get("title").asText().toLowerCase();
    }
    return type;
  }

  private static String allowed(JsonNode node) {
    List<String> parts = new ArrayList<>();
    if (node.has("const")) {
      parts.add("`" + node.get("const").asText() + "`");
    }
    if (node.has("enum")) {
      List<String> values = new ArrayList<>();
      node.get("enum").forEach(value -> values.add("`" + value.asText() + "`"));
      parts.add(String.join(", ", values));
    }
    if (node.has("pattern") && !node.get("pattern").asText().equals("\\S")) {
      parts.add("pattern `" + node.get("pattern").asText().replace("|", "\\|") + "`");
    }
    for (String bound :
        new String[] {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems"}) {
      if (node.has(bound)) {
        parts.add(bound + " " + node.get(bound).asText());
      }
    }
    if (node.has("format")) {
      parts.add("format " + node.get("format").asText());
    }
    return String.join("; ", parts);
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  private static String firstNonEmpty(String first, String second) {
    return first.isEmpty() ? second : first;
  }

  /**
   * Descriptions in a table cell: no line breaks, no column separators, HTML-looking text escaped.
   */
  private static String inline(String description) {
    return description
        .replace("\n", " ")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
