package dev.dataproduct.model.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser, keeping the position of every value by its
 * JSON pointer ({@code /fields/2/type}), so that findings about an {@code .avsc} point to its line
 * and column.
 */
final class LocatedJson {

  /** Avro's own parser accepts comments; so do we, or a schema Avro reads would fail here. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A key written twice in one object; the last value wins, as in Avro. */
  record DuplicateKey(String key, SourcePosition at) {}

  /**
   * How deep JSON values may nest. Everything that reads a schema after this (the walker, Avro's
   * parser, Jackson's writer, code generation, compatibility checks) recurses once or more per
   * level, so the limit is applied here, before any of them runs, and keeps them all well inside
   * the default thread stack. A record nested in a record costs 2 to 4 levels; real schemas stay
   * far below.
   */
  static final int MAX_DEPTH = 200;

  /** Text that is not JSON, with where the parser stopped. */
  static class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition at;

    SyntaxError(String message, SourcePosition at) {
      super(message);
      this.at = at;
    }

    SourcePosition at() {
      return at;
    }
  }

  /** JSON nested deeper than {@link #MAX_DEPTH}, with where the first value too deep starts. */
  static final class TooDeep extends SyntaxError {
    private static final long serialVersionUID = 1L;

    TooDeep(SourcePosition at) {
      super("the JSON nests deeper than " + MAX_DEPTH + " levels", at);
    }
  }

  private final JsonNode root;
  private final String displayPath;
  private final long rootPosition;

  /** Per object or array (by identity), the packed position of each member, in member order. */
  private final Map<JsonNode, long[]> memberPositions;

  private final List<DuplicateKey> duplicateKeys;

  private LocatedJson(Reader reader, JsonNode root, long rootPosition) {
    this.root = root;
    this.displayPath = reader.displayPath;
    this.rootPosition = rootPosition;
    this.memberPositions = reader.memberPositions;
    this.duplicateKeys = reader.duplicateKeys;
  }

  /** Parses {@code text}; positions carry {@code displayPath}. */
  static LocatedJson parse(String text, String displayPath) throws SyntaxError {
    Reader reader = new Reader(displayPath);
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new SyntaxError(
            "the file is empty; a schema file holds one JSON schema",
            new SourcePosition(displayPath, 1, 1));
      }
      long rootPosition = Reader.here(parser);
      JsonNode root = reader.value(parser, 0);
      if (parser.nextToken() != null) {
        throw new SyntaxError(
            "unexpected content after the end of the schema", reader.unpack(Reader.here(parser)));
      }
      return new LocatedJson(reader, root, rootPosition);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      SourcePosition at =
          location == null
              ? SourcePosition.file(displayPath)
              : new SourcePosition(
                  displayPath,
                  Math.max(location.getLineNr(), 0),
                  Math.max(location.getColumnNr(), 0));
      throw new SyntaxError(withoutSource(e.getOriginalMessage()), at);
    } catch (IOException e) {
      // Reading from a String does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jackson names the source inside some messages ("[Source: REDACTED ...; line: 1, column: 48]").
   */
  private static String withoutSource(String message) {
    return message.replaceAll(
        "\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
  }

  JsonNode root() {
    return root;
  }

  List<DuplicateKey> duplicateKeys() {
    return duplicateKeys;
  }

  /** The position of the value at {@code pointer}, or of its nearest ancestor that exists. */
  SourcePosition positionOf(String pointer) {
    JsonNode node = root;
    long position = rootPosition;
    if (pointer != null && !pointer.isEmpty()) {
      for (String escaped : pointer.substring(1).split("/", -1)) {
        String token = escaped.replace("~1", "/").replace("~0", "~");
        int index = memberIndex(node, token);
        if (index < 0) {
          break;
        }
        position = memberPositions.get(node)[index];
        node = node.isArray() ? node.get(index) : node.get(token);
      }
    }
    return new SourcePosition(displayPath, (int) (position >>> 32), (int) position);
  }

  private static int memberIndex(JsonNode node, String token) {
    if (node.isArray()) {
      try {
        int index = Integer.parseInt(token);
        return index >= 0 && index < node.size() ? index : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    if (node.isObject()) {
      int index = 0;
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); index++) {
        if (names.next().equals(token)) {
          return index;
        }
      }
    }
    return -1;
  }

  /** Appends one reference token to a JSON pointer, escaping as RFC 6901 says. */
  static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  private static final class Reader {
    private final String displayPath;
    private final Map<JsonNode, long[]> memberPositions = new IdentityHashMap<>();
    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();

    Reader(String displayPath) {
      this.displayPath = displayPath;
    }

    /** The current token's line and column, packed into one long. */
    static long here(JsonParser parser) {
      JsonLocation location = parser.currentTokenLocation();
      return ((long) location.getLineNr() << 32) | (location.getColumnNr() & 0xFFFFFFFFL);
    }

    SourcePosition unpack(long position) {
      return new SourcePosition(displayPath, (int) (position >>> 32), (int) position);
    }

    /**
     * Reads the value at the current token, {@code depth} containers down; objects and arrays keep
     * their members' positions.
     */
    JsonNode value(JsonParser parser, int depth) throws IOException, TooDeep {
      JsonToken token = parser.currentToken();
      if (depth >= MAX_DEPTH
          && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
        throw new TooDeep(unpack(here(parser)));
      }
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          long[] memberAt = new long[4];
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            long keyAt = here(parser);
            parser.nextToken();
            long valueAt = here(parser);
            JsonNode member = value(parser, depth + 1);
            if (object.replace(key, member) != null) {
              // The last value wins, in the place of the first, as in Avro.
              duplicateKeys.add(new DuplicateKey(key, unpack(keyAt)));
              memberAt[memberIndex(object, key)] = valueAt;
            } else {
              memberAt = put(memberAt, object.size() - 1, valueAt);
            }
          }
          memberPositions.put(object, memberAt);
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          long[] elementAt = new long[4];
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            elementAt = put(elementAt, array.size(), here(parser));
            array.add(value(parser, depth + 1));
          }
          memberPositions.put(array, elementAt);
          return array;
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return NODES.numberNode(parser.getIntValue());
            case LONG:
              return NODES.numberNode(parser.getLongValue());
            default:
              return NODES.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDoubleValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected JSON token " + token);
      }
    }

    private static long[] put(long[] positions, int index, long position) {
      long[] target =
          index < positions.length ? positions : Arrays.copyOf(positions, positions.length * 2);
      target[index] = position;
      return target;
    }
  }
}
