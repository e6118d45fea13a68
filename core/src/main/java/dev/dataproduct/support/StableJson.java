package dev.dataproduct.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * JSON written the same way on every platform and every run: two-space indent, {@code "key":
 * value}, {@code \n} line ends, a final newline, UTF-8 (characters outside the BMP as UTF-8, not as
 * escaped surrogate pairs). Files the plugin writes (reports, contract indexes) are compared byte
 * for byte across builds, so they must not depend on the machine. Reading rejects duplicate keys.
 */
public final class StableJson {

  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withObjectIndenter(INDENT)
          .withArrayIndenter(INDENT);
  private static final ObjectWriter WRITER = MAPPER.writer(PRETTY);

  private StableJson() {}

  /**
   * A writer with this layout for a mapper configured otherwise (e.g. one that leaves nulls out);
   * start that mapper from {@code MAPPER.rebuild()}.
   */
  public static ObjectWriter writer(JsonMapper mapper) {
    return mapper.writer(PRETTY);
  }

  /** Writes {@code document} and a final newline to {@code out}, which stays open. */
  public static void write(JsonNode document, OutputStream out) throws IOException {
    WRITER.writeValue(out, document);
    out.write('\n');
    out.flush();
  }

  /**
   * The bytes {@link #write} would write for a document no deeper than {@code indentedDepth}; the
   * containers deeper than that are written on one line ({@code { "a": 1, "b": 2 }}), so that a
   * document of deeply nested parts does not grow with the square of their depth.
   */
  public static byte[] bytes(JsonNode document, int indentedDepth) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(document, bytes, indentedDepth);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** {@link #bytes(JsonNode, int)}, streamed to {@code out}, which stays open. */
  public static void write(JsonNode document, OutputStream out, int indentedDepth)
      throws IOException {
    DefaultPrettyPrinter.Indenter bounded = boundedIndenter(INDENT, indentedDepth);
    MAPPER
        .writer(PRETTY.withObjectIndenter(bounded).withArrayIndenter(bounded))
        .writeValue(out, document);
    out.write('\n');
    out.flush();
  }

  /**
   * An indenter that indents as {@code indent} does for containers down to {@code indentedDepth}
   * and writes one space for those deeper, so that deeply nested parts go on one line.
   */
  public static DefaultPrettyPrinter.Indenter boundedIndenter(
      DefaultIndenter indent, int indentedDepth) {
    return new DefaultPrettyPrinter.Indenter() {
      @Override
      public void writeIndentation(JsonGenerator g, int level) throws IOException {
        if (level <= indentedDepth) {
          indent.writeIndentation(g, level);
        } else {
          g.writeRaw(' ');
        }
      }

      @Override
      public boolean isInline() {
        return false;
      }
    };
  }

  /** The bytes {@link #write} would write. */
  public static byte[] bytes(JsonNode document) {
    try {
      // Straight to UTF-8 bytes, as write does: through a String, a large export was copied three
      // times.
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      write(document, bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      // A tree built in memory always serializes; this would be a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }
}
