package dev.dataproduct.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dataproduct.model.schema.AvroSchemaJson;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;

/** Building and writing the export documents: JSON trees, written as stable JSON or YAML. */
final class ExportJson {

  /** The YAML layout of the exports (package-visible for the test that compares with it). */
  static final YAMLFactory YAML_FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static final YAMLMapper YAML = new YAMLMapper(YAML_FACTORY);

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
      AvroSchemaJson.write(schema, generator);
    }

    /**
     * As a tree, for the YAML writer, which lays out what it holds (one port's schema at a time).
     */
    JsonNode tree() {
      // Avro's events, held and read back as a tree: no text to build and parse again.
      try (TokenBuffer events = new TokenBuffer(StableJson.MAPPER, false)) {
        AvroSchemaJson.write(schema, events);
        return StableJson.MAPPER.readTree(events.asParser());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // held in memory; this would be a bug
      }
    }

    @Override
    public void serializeWithType(
        JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
        throws IOException {
      serialize(generator, serializers);
    }
  }

  /**
   * How deep the exports' containers are laid out one entry per line; deeper ones are written on
   * one line. An export embeds whole chains of records (each Avro schema with every record it
   * refers to, the ODCS properties of nested records), and indented at every level their text grew
   * with the cube of the chain: the benchmarks' 500-schema product made gigabytes of indentation
   * and ran out of heap. Documents no deeper than this (records nested three or four deep) are
   * written exactly as before.
   */
  static final int INDENTED_DEPTH = 16;

  /**
   * JSON on one line, for the containers below {@link #INDENTED_DEPTH}: {@code { "a": 1, "b": [ "c"
   * ] }}. Non-ASCII characters are escaped, so the text is also a YAML flow collection with the
   * same content (YAML would read a raw line or paragraph separator as a line break).
   */
  private static final ObjectWriter ONE_LINE =
      StableJson.MAPPER
          .rebuild()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withArrayEmptySeparator("")
                          .withObjectEmptySeparator(""))
                  .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
                  .withArrayIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter()));

  static byte[] json(JsonNode document) {
    return StableJson.bytes(document, INDENTED_DEPTH);
  }

  /** {@link #json(JsonNode)}, streamed: an AsyncAPI document embeds every port's whole schema. */
  static void json(JsonNode document, OutputStream out) throws IOException {
    StableJson.write(document, out, INDENTED_DEPTH);
  }

  /**
   * Where a deep container goes in the YAML text until its one-line JSON replaces it: random, so no
   * document holds it; drawn once, not for every file.
   */
  private static final String FLOW_TOKEN =
      "dataproduct-flow-" + UUID.randomUUID().toString().replace("-", "") + "-";

  /**
   * A document as YAML: {@link BlockYaml} where it lays the document out, Jackson's writer where it
   * does not; the bytes are the same either way.
   */
  static byte[] yaml(JsonNode document) {
    byte[] direct = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
    return direct != null ? direct : jacksonYaml(document);
  }

  /** {@link #yaml} with Jackson's YAML writer, which lays out every scalar. */
  static byte[] jacksonYaml(JsonNode document) {
    // The YAML writer has no depth limit of its own: the containers at the limit become
    // placeholders, then the placeholders their one-line JSON (a YAML flow collection).
    List<JsonNode> deep = new ArrayList<>();
    JsonNode shallow = shallowCopy(document, 0, deep);
    String text;
    try {
      text = YAML.writeValueAsString(shallow).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    if (deep.isEmpty()) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    int from = 0;
    for (int i = 0; i < deep.size(); i++) {
      String placeholder = FLOW_TOKEN + i;
      int at = text.indexOf(placeholder, from);
      int after = at + placeholder.length();
      if (at < 0 || (after < text.length() && Character.isDigit(text.charAt(after)))) {
        throw new IllegalStateException("the YAML writer did not keep placeholder " + i + " plain");
      }
      out.append(text, from, at);
      out.append(oneLine(deep.get(i)));
      from = after;
    }
    out.append(text, from, text.length());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The tree an Avro schema's node stands for; any other node as it is. */
  static JsonNode expand(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof AvroJson avro
        ? avro.tree()
        : node;
  }

  /** A container below {@link #INDENTED_DEPTH}, as its one-line JSON. */
  static String oneLine(JsonNode container) {
    try {
      return ONE_LINE.writeValueAsString(container);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree in memory; this would be a bug
    }
  }

  /**
   * {@code node} down to {@link #INDENTED_DEPTH}, with each non-empty container there replaced by a
   * placeholder ({@link #FLOW_TOKEN} and its index in {@code deep}, where the container goes), in
   * the order the writer meets them. The document itself is left as it is: it may share its trees.
   */
  private static JsonNode shallowCopy(JsonNode node, int depth, List<JsonNode> deep) {
    node = expand(node);
    if (!node.isContainerNode() || node.isEmpty()) {
      return node;
    }
    if (depth >= INDENTED_DEPTH) {
      deep.add(node);
      return JsonNodeFactory.instance.textNode(FLOW_TOKEN + (deep.size() - 1));
    }
    if (node.isObject()) {
      ObjectNode copy = object();
      node.properties()
          .forEach(e -> copy.set(e.getKey(), shallowCopy(e.getValue(), depth + 1, deep)));
      return copy;
    }
    ArrayNode copy = array();
    node.forEach(item -> copy.add(shallowCopy(item, depth + 1, deep)));
    return copy;
  }
}
