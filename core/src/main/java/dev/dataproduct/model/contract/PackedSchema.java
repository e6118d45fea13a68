package dev.dataproduct.model.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataproduct.model.schema.AvroSchemaJson;
import dev.dataproduct.support.StableJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;

/**
 * The text of a packed {@code .avsc}: {@code schema.toString(true)}, self-contained (every record
 * it refers to written out in full), with {@code \n} line ends on every platform and one at the
 * end. Released jars read these bytes, and a published version never changes, so they stay the same
 * from one plugin version to the next.
 *
 * <p>Except below {@link #INDENTED_DEPTH}: a schema whose records nest deeper than that (no real
 * schema does; a chain of references through a whole product can) has its deeper parts on one line.
 * Indented at every level, the text of such a chain grew with the cube of its length: the packed
 * schemas of the benchmarks' 500-schema product took 1.9 GB.
 *
 * <p>A packed schema embeds the whole chain of records it refers to, so one file can be megabytes
 * (12 MB for a port of the benchmarks' 500-schema product) and all of a product's gigabytes. {@code
 * Schema.toString} builds each as a growing buffer and a String, copied four times on the way to
 * bytes; that was two thirds of everything {@code generate} allocated at 500 schemas. So the text
 * is written straight to the file with Avro's own serializer ({@link AvroSchemaJson}), and falls
 * back to {@code toString} when a later Avro has no such method. PackedSchemaTest holds the two to
 * the same bytes for schemas no deeper than {@link #INDENTED_DEPTH}.
 */
final class PackedSchema {

  /**
   * Avro's own factory is package-private; its generator settings are Jackson's defaults, so a
   * plain one writes the same. A flush of the generator is not passed on to the file, which is
   * buffered and written as the buffer fills.
   */
  private static final JsonFactory FACTORY =
      new JsonFactory(new ObjectMapper()).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

  /**
   * How deep the objects of a packed schema are laid out one member per line, as {@code
   * toString(true)} does; deeper ones are written on one line ({@code { "name" : "a", "type" :
   * "int" }}). A nested record takes three or four levels (field, union, record, fields), so this
   * is some sixteen records deep.
   */
  static final int INDENTED_DEPTH = 64;

  private static final DefaultPrettyPrinter.Indenter BOUNDED =
      StableJson.boundedIndenter(new DefaultIndenter("  ", "\n"), INDENTED_DEPTH);

  private PackedSchema() {}

  /** Writes the text of {@code schema} to {@code out}, leaving {@code out} open. */
  static void write(Schema schema, OutputStream out) throws IOException {
    // Buffered: Jackson hands deep indentation and every flush to the writer as a small write of
    // its own.
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    if (!AvroSchemaJson.streams()) {
      writeCopied(schema, text);
      return;
    }
    JsonGenerator json = FACTORY.createGenerator(text);
    json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(BOUNDED));
    AvroSchemaJson.write(schema, json);
    json.flush();
    text.write('\n');
    text.flush();
  }

  /** Whether {@link #write} streams (this Avro has {@code Schema.toJson}) rather than copies. */
  static boolean streams() {
    return AvroSchemaJson.streams();
  }

  /**
   * The fallback, and what {@link #write} must equal for a schema no deeper than {@link
   * #INDENTED_DEPTH}: Avro's public {@code toString}.
   */
  static void writeCopied(Schema schema, Writer text) throws IOException {
    text.write(schema.toString(true).replace(System.lineSeparator(), "\n"));
    text.write('\n');
    text.flush();
  }
}
