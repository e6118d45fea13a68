package dev.dataproduct.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the JSON reports the same way on every platform: two-space indent, {@code "key": value},
 * {@code \n} line ends, UTF-8.
 */
final class Json {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Characters outside the BMP (emoji, some CJK) as UTF-8, not as escaped surrogate pairs.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(INDENT)
              .withArrayIndenter(INDENT));

  private Json() {}

  /** Writes {@code document} to {@code out}, which stays open. */
  static void write(JsonNode document, OutputStream out) throws IOException {
    WRITER.writeValue(out, document);
    out.write('\n');
    out.flush();
  }
}
