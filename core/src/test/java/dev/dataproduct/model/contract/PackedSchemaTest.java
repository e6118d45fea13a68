package dev.dataproduct.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The streamed packed .avsc is byte for byte Avro's {@code toString(true)}, which released jars
 * read.
 */
class PackedSchemaTest {

  private static final String EVERY_KIND =
      """
      {"type": "record", "name": "Order", "namespace": "shop.orders", "doc": "An order, \\u00e9t\\u00e9 \\u2713 \\"quoted\\"\\nnext line",
       "aliases": ["OldOrder"], "pii": {"owner": "shop", "levels": [1, 2.5, true, null]},
       "fields": [
         {"name": "id", "type": {"type": "string", "logicalType": "uuid"}, "doc": "the id"},
         {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}, "default": "\\u0000"},
         {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}, "order": "descending", "aliases": ["when"]},
         {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"], "default": "NEW"}, "default": "PAID"},
         {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "namespace": "shop.lines",
           "fields": [{"name": "sku", "type": "string"}, {"name": "quantity", "type": "int", "default": 1},
                      {"name": "ratio", "type": "double", "default": 0.25}, {"name": "next", "type": ["null", "Line"], "default": null}]}},
          "default": []},
         {"name": "tags", "type": {"type": "map", "values": "string"}, "default": {"a": "b"}},
         {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}},
         {"name": "previous", "type": ["null", "shop.lines.Line", "Status", "Hash"], "default": null},
         {"name": "flag", "type": "boolean", "default": false, "custom": {"x": [1]}}
       ]}
      """;

  @Test
  void streamedTextIsAvrosPrettyTextWithOneLineEndAtTheEnd() throws IOException {
    assertTrue(
        PackedSchema.streams(),
        "this Avro's Schema.toJson is found, so the text is streamed, not copied");
    Schema schema = new Schema.Parser().parse(EVERY_KIND);

    String streamed = streamed(schema);

    assertEquals(schema.toString(true).replace(System.lineSeparator(), "\n") + "\n", streamed);
    assertEquals(copied(schema), streamed);
    assertTrue(
        streamed.contains("été ✓"), "non-ASCII text is written as UTF-8, as toString gives it");
  }

  @Test
  void streamedTextOfEveryPackedFixtureSchemaIsAvrosPrettyText() throws IOException {
    Contract contract =
        ContractFixtures.build(
            "1.2.0", ContractFixtures.build("1.1.0", ContractFixtures.build("1.0.0", null)));
    int compared = 0;
    for (PortContract port : contract.ports().values()) {
      for (Schema schema :
          port.key() == null
              ? java.util.List.of(port.value())
              : java.util.List.of(port.key(), port.value())) {
        assertEquals(copied(schema), streamed(schema), schema.getFullName());
        compared++;
      }
      for (ReleasedSchema released : port.valueHistory()) {
        assertEquals(copied(released.schema()), streamed(released.schema()), released.version());
        compared++;
      }
    }
    assertTrue(compared >= 4, "the fixture has schemas to compare: " + compared);
  }

  @Test
  void recordsNestedAsDeepAsRealSchemasGoKeepAvrosPrettyText() throws IOException {
    Schema fifteenDeep = chain(15);

    assertEquals(copied(fifteenDeep), streamed(fifteenDeep));
  }

  @Test
  void partsBelowTheIndentedDepthAreOnOneLineAndReadBackAsTheSameSchema() throws IOException {
    Schema chain = chain(60);

    String streamed = streamed(chain);

    assertEquals(chain, new Schema.Parser().parse(streamed));
    int deepest =
        streamed
            .lines()
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .max()
            .orElse(0);
    assertTrue(
        deepest <= 2 * PackedSchema.INDENTED_DEPTH, "indented at most that deep: " + deepest);
    assertTrue(
        streamed.length() * 2 < copied(chain).length(),
        "less than half the text indented at every level: "
            + streamed.length()
            + " against "
            + copied(chain).length());
  }

  /** Records {@code Link0} to {@code Link<depth>}, each holding the next in an optional field. */
  private static Schema chain(int depth) {
    String inner = "\"null\"";
    for (int i = depth; i >= 0; i--) {
      inner =
          "{\"type\": \"record\", \"name\": \"Link"
              + i
              + "\", \"fields\": [{\"name\": \"id\", \"type\": \"long\"}, {\"name\": \"next\", \"type\": "
              + (i == depth ? "\"null\"" : "[\"null\", " + inner + "]")
              + ", \"default\": null}]}";
    }
    return new Schema.Parser().parse(inner);
  }

  private static String streamed(Schema schema) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackedSchema.write(schema, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String copied(Schema schema) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackedSchema.writeCopied(schema, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
