package dev.dataproduct.model.schema;

import dev.dataproduct.finding.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * One self-contained schema file read on its own, outside the project's schema directory (an
 * earlier version in a history folder). It is read as the project's own files are: UTF-8 text
 * without a byte-order mark, JSON nested no deeper than {@link LocatedJson#MAX_DEPTH} levels, then
 * Avro; so bad input gives a located problem, never a stack overflow.
 *
 * @param schema the schema, or {@code null} when it cannot be read
 * @param problem why not, or {@code null} when it was read
 */
public record StandaloneSchema(Schema schema, Problem problem) {

  /** How deep a schema file may nest, as for the project's own files. */
  public static final int MAX_DEPTH = LocatedJson.MAX_DEPTH;

  /** What kept a file from being read. */
  public enum Kind {
    NOT_UTF8,
    JSON,
    TOO_DEEP,
    AVRO
  }

  /**
   * @param at where: the file, or the place in it where the JSON goes wrong
   * @param detail the JSON parser's or Avro's own words, when it has some
   */
  public record Problem(Kind kind, SourcePosition at, String detail) {}

  /** Reads {@code file}; findings name it {@code display}. */
  public static StandaloneSchema read(Path file, String display) throws IOException {
    Optional<String> text = utf8Text(Files.readAllBytes(file));
    if (text.isEmpty()) {
      return failed(Kind.NOT_UTF8, SourcePosition.file(display), null);
    }
    return parse(text.get(), display);
  }

  /**
   * Parses {@code text}, a schema from elsewhere (a registry's version); findings name it {@code
   * display}.
   */
  public static StandaloneSchema parse(String text, String display) {
    try {
      LocatedJson.parse(text, display);
    } catch (LocatedJson.TooDeep e) {
      return failed(Kind.TOO_DEEP, e.at(), e.getMessage());
    } catch (LocatedJson.SyntaxError e) {
      return failed(Kind.JSON, e.at(), e.getMessage());
    }
    try {
      return new StandaloneSchema(new Schema.Parser().parse(text), null);
    } catch (RuntimeException e) { // Avro reports bad schemas with several unchecked exceptions
      return failed(Kind.AVRO, new SourcePosition(display, 1, 1), e.getMessage());
    }
  }

  /** The text of a schema file, without a byte-order mark; empty when it is not UTF-8. */
  static Optional<String> utf8Text(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static StandaloneSchema failed(Kind kind, SourcePosition at, String detail) {
    return new StandaloneSchema(null, new Problem(kind, at, detail));
  }
}
