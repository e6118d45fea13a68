package dev.dataproduct.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON reports are written as every file of the plugin is: see {@link StableJson}. */
final class Json {

  static final JsonMapper MAPPER = StableJson.MAPPER;

  private Json() {}

  /** Writes {@code document} to {@code out}, which stays open. */
  static void write(JsonNode document, OutputStream out) throws IOException {
    StableJson.write(document, out);
  }
}
