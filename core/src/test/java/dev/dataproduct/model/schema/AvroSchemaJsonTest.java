package dev.dataproduct.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** Avro's JSON written as events into a document is exactly Avro's {@code toString}, copied. */
class AvroSchemaJsonTest {

  private static final String EVERY_KIND =
      """
      {"type": "record", "name": "Order", "namespace": "shop.orders", "doc": "An order, \\u00e9t\\u00e9 \\u2713 \\"quoted\\"",
       "pii": {"owner": "shop", "levels": [1, 2.5, 1e300, 9007199254740993, true, null]},
       "fields": [
         {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}, "default": "\\u0000"},
         {"name": "ratio", "type": "float", "default": 0.1},
         {"name": "big", "type": "long", "default": 9007199254740993},
         {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"], "default": "NEW"}, "default": "PAID"},
         {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "namespace": "shop.lines",
           "fields": [{"name": "sku", "type": "string"}, {"name": "next", "type": ["null", "Line"], "default": null}]}},
          "default": []},
         {"name": "previous", "type": ["null", "shop.lines.Line", "Status"], "default": null},
         {"name": "tags", "type": {"type": "map", "values": "double"}, "default": {"a": 1.5}}
       ]}
      """;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesAvrosOwnSerializerWhoseEventsAreThoseOfItsText() throws IOException {
    assertTrue(AvroSchemaJson.streams(), "this Avro's Schema.toJson is found");
    Schema schema = new Schema.Parser().parse(EVERY_KIND);

    String streamed = text(schema, true);

    assertEquals(text(schema, false), streamed);
    assertEquals(schema.toString(), streamed, "without a pretty printer: Avro's own text");
  }

  @Test
  void definesEachNamedTypeOnceAtItsFirstUseAsToStringDoes() throws IOException {
    Schema schema = new Schema.Parser().parse(EVERY_KIND);

    String streamed = text(schema, true);

    assertEquals(1, streamed.split("\"name\":\"Line\"", -1).length - 1, streamed);
    assertTrue(streamed.contains("\"shop.lines.Line\""), "a later use is the name alone");
  }

  private static String text(Schema schema, boolean streamed) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      if (streamed) {
        AvroSchemaJson.write(schema, generator);
      } else {
        AvroSchemaJson.writeCopied(schema, generator);
      }
    }
    return out.toString();
  }
}
