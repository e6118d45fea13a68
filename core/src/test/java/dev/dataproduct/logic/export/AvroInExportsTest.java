package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.support.StableJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * An Avro schema copied into an export as the document is written ({@link ExportJson#avro}) reads
 * exactly as Avro's own text parsed into the document would: every kind of default value, in JSON
 * and in YAML, shallow and below the depth written on one line.
 */
class AvroInExportsTest {

  private static final Schema EVERY_KIND =
      new Schema.Parser()
          .parse(
              """
              {"type": "record", "name": "Order", "namespace": "shop", "doc": "été ✓ \\"quoted\\"\\nnext",
               "pii": {"levels": [1, 2.5, 1e300, 9007199254740993, true, null]},
               "fields": [
                 {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}, "default": "\\u0000\\u00ff"},
                 {"name": "ratio", "type": "float", "default": 0.1},
                 {"name": "share", "type": "double", "default": -1.5e-7},
                 {"name": "count", "type": "int", "default": 7},
                 {"name": "big", "type": "long", "default": 9007199254740993},
                 {"name": "flag", "type": "boolean", "default": true},
                 {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"], "default": "NEW"}, "default": "PAID"},
                 {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line",
                   "fields": [{"name": "sku", "type": "string", "default": "none"}, {"name": "next", "type": ["null", "Line"], "default": null}]}},
                  "default": [{"sku": "a", "next": null}]},
                 {"name": "tags", "type": {"type": "map", "values": "double"}, "default": {"a": 1.5, "b": 2}},
                 {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 2}, "default": "\\u0001\\u0002"}
               ]}
              """);

  @Test
  void jsonAndYamlOfTheCopiedSchemaAreThoseOfAvrosTextParsed() throws IOException {
    JsonNode parsed = StableJson.MAPPER.readTree(EVERY_KIND.toString());
    for (int depth : new int[] {0, ExportJson.INDENTED_DEPTH - 2, ExportJson.INDENTED_DEPTH + 1}) {
      ObjectNode copied = nested(ExportJson.avro(EVERY_KIND), depth);
      ObjectNode expected = nested(parsed, depth);

      assertEquals(text(ExportJson.yaml(expected)), text(ExportJson.yaml(copied)), "YAML " + depth);
      assertEquals(text(ExportJson.json(expected)), text(streamed(copied)), "JSON " + depth);
    }
  }

  /** {@code schema} under {@code depth} levels of objects. */
  private static ObjectNode nested(JsonNode schema, int depth) {
    ObjectNode root = ExportJson.object();
    ObjectNode at = root;
    for (int i = 0; i < depth; i++) {
      at = at.putObject("level" + i);
    }
    at.set("schema", schema);
    return root;
  }

  private static byte[] streamed(JsonNode document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportJson.json(document, out);
    return out.toByteArray();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
