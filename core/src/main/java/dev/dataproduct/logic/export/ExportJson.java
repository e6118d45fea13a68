package dev.dataproduct.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.avro.Schema;

/** Building and writing the export documents: JSON trees, written as stable JSON or YAML. */
final class ExportJson {

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private ExportJson() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Puts {@code value} unless it is {@code null}: absent values are left out, not written as null.
   */
  static ObjectNode put(ObjectNode node, String name, Object value) {
    if (value == null) {
      return node;
    }
    if (value instanceof JsonNode json) {
      node.set(name, json);
    } else if (value instanceof Integer i) {
      node.put(name, i);
    } else if (value instanceof Long l) {
      node.put(name, l);
    } else if (value instanceof java.math.BigDecimal d) {
      node.put(name, d);
    } else if (value instanceof Boolean b) {
      node.put(name, b);
    } else if (value instanceof Collection<?> list) {
      ArrayNode array = node.putArray(name);
      list.forEach(item -> array.add(String.valueOf(item)));
    } else {
      node.put(name, value.toString());
    }
    return node;
  }

  /** A list of strings, or {@code null} when empty so that {@link #put} leaves it out. */
  static List<String> nonEmpty(List<String> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  /**
   * An Avro schema as a JSON value, self-contained (named types defined at first use), copied from
   * Avro's own JSON into the document only as the document is written, not held as a tree: each
   * port's schema holds every record it refers to, and as trees the schemas of the AsyncAPI
   * document of the benchmarks' 500-schema product took more than 1 GiB of heap at once.
   */
  static JsonNode avro(Schema schema) {
    return new POJONode(new AvroJson(schema));
  }

  /** Avro's JSON of a schema, written into the document being written. */
  private record AvroJson(Schema schema) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers)
        throws IOException {
      try (JsonParser parser = StableJson.MAPPER.createParser(schema.toString())) {
        parser.nextToken();
        generator.copyCurrentStructure(parser);
      }
    }

    @Override
    public void serializeWithType(
        JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
        throws IOException {
      serialize(generator, serializers);
    }
  }

  static byte[] yaml(JsonNode document) {
    try {
      return YAML.writeValueAsString(document)
          .replace("\r\n", "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
