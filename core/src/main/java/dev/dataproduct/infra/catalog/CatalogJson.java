package dev.dataproduct.infra.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The catalog's JSON, written the same way on every platform (two-space indent, {@code \n} line
 * ends, UTF-8, absent values left out) so the same content always gives the same bytes, and read
 * leniently so a newer plugin's extra members do not break an older reader.
 */
final class CatalogJson {

  private static final JsonMapper MAPPER =
      StableJson.MAPPER
          .rebuild()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private static final ObjectWriter WRITER = StableJson.writer(MAPPER);

  private CatalogJson() {}

  static byte[] write(Object value) {
    try {
      byte[] json = WRITER.writeValueAsBytes(value);
      byte[] out = new byte[json.length + 1];
      System.arraycopy(json, 0, out, 0, json.length);
      out[json.length] = '\n';
      return out;
    } catch (IOException e) {
      // Records of strings and lists always serialize; this is a programming error.
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as compact JSON on one line, for data attributes. */
  static String inline(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code type} from {@code json}; throws {@link IOException} when it is not that shape. */
  static <T> T read(byte[] json, Class<T> type) throws IOException {
    return MAPPER.readValue(json, type);
  }
}
