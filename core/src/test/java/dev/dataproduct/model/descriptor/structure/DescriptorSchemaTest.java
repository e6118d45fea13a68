package dev.dataproduct.model.descriptor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published JSON Schema is complete enough for editors and for the generated reference. */
class DescriptorSchemaTest {

  private static JsonNode schema;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        DescriptorSchemaTest.class.getResourceAsStream(StructureValidator.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void identifiesItselfAsDraft202012WithAStableId() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(
        "https://dataproduct.dev/schema/dataproduct-v1.schema.json", schema.get("$id").asText());
  }

  @Test
  void everyPropertyHasATitleAndADescriptionForTheReference() {
    List<String> undocumented = new ArrayList<>();
    forEachSchema(
        schema,
        "#",
        (location, node) -> {
          for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            JsonNode p = property.getValue();
            if (p.path("title").asText("").isBlank()
                || p.path("description").asText("").isBlank()) {
              undocumented.add(location + "/properties/" + property.getKey());
            }
          }
        });
    assertEquals(List.of(), undocumented);
  }

  @Test
  void everyObjectIsClosedSoTyposNeverPass() {
    List<String> open = new ArrayList<>();
    forEachSchema(
        schema,
        "#",
        (location, node) -> {
          if (node.has("properties") && !node.path("additionalProperties").isBoolean()
              || node.path("additionalProperties").asBoolean(false)) {
            open.add(location);
          }
        });
    assertEquals(List.of(), open);
  }

  @Test
  void defaultsAreTheFormatsDefaults() {
    JsonNode port = schema.at("/$defs/outputPort/properties");
    assertEquals("active", schema.at("/properties/status/default").asText());
    assertEquals("internal", schema.at("/properties/classification/default").asText());
    assertEquals("BACKWARD", port.at("/compatibility/default").asText());
    assertEquals("single-object", port.at("/encoding/default").asText());
    assertEquals("delete", port.at("/cleanupPolicy/default").asText());
    assertEquals("active", port.at("/status/default").asText());
  }

  @Test
  void compatibilityLevelsAreTheSevenSchemaRegistryLevels() {
    List<String> levels = new ArrayList<>();
    schema
        .at("/$defs/outputPort/properties/compatibility/enum")
        .forEach(v -> levels.add(v.asText()));
    assertEquals(
        List.of(
            "NONE",
            "BACKWARD",
            "BACKWARD_TRANSITIVE",
            "FORWARD",
            "FORWARD_TRANSITIVE",
            "FULL",
            "FULL_TRANSITIVE"),
        levels);
  }

  @Test
  void requiredKeysAreTheFormatsRequiredKeys() {
    assertEquals(
        List.of("apiVersion", "kind", "name", "domain", "description", "owner", "outputPorts"),
        texts(schema.get("required")));
    assertEquals(List.of("team"), texts(schema.at("/properties/owner/required")));
    assertEquals(List.of("name", "topic", "value"), texts(schema.at("/$defs/outputPort/required")));
    assertEquals(List.of("name", "product", "port"), texts(schema.at("/$defs/inputPort/required")));
    assertEquals(
        List.of("rule", "target", "justification"), texts(schema.at("/$defs/waiver/required")));
    assertEquals(1, schema.at("/properties/outputPorts/minItems").asInt());
  }

  @Test
  void theEditorReadmeNamesTheSchemaUrl() throws IOException {
    try (InputStream in =
        DescriptorSchemaTest.class.getResourceAsStream("/META-INF/dataproduct/schema/README.md")) {
      String readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          readme.contains("# yaml-language-server: $schema=" + schema.get("$id").asText()), readme);
    }
  }

  private interface SchemaVisitor {
    void visit(String location, JsonNode schema);
  }

  private static void forEachSchema(JsonNode node, String location, SchemaVisitor visitor) {
    assertFalse(node.isMissingNode(), location);
    visitor.visit(location, node);
    for (String container : List.of("properties", "$defs")) {
      for (Map.Entry<String, JsonNode> child : node.path(container).properties()) {
        forEachSchema(child.getValue(), location + "/" + container + "/" + child.getKey(), visitor);
      }
    }
    if (node.has("items")) {
      forEachSchema(node.get("items"), location + "/items", visitor);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}
