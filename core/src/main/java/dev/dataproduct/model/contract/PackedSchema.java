package dev.dataproduct.model.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The text of a packed {@code .avsc}: {@code schema.toString(true)}, self-contained (every record
 * it refers to written out in full), with {@code \n} line ends on every platform and one at the
 * end. Released jars read these bytes, so they never change.
 *
 * <p>A packed schema embeds the whole chain of records it refers to, so one file can be megabytes
 * (12 MB for a port of the benchmarks' 500-schema product) and all of a product's gigabytes. {@code
 * Schema.toString} builds each as a growing buffer and a String, copied four times on the way to
 * bytes; that was two thirds of everything {@code generate} allocated at 500 schemas. So the text
 * is written straight to the file with Avro's own serializer ({@code Schema.toJson}, which {@code
 * toString} calls and Avro keeps package-private), and falls back to {@code toString} when a later
 * Avro has no such method. PackedSchemaTest holds the two to the same bytes.
 */
final class PackedSchema {

  private static final MethodHandle TO_JSON = toJson();

  /**
   * Avro's own factory is package-private too; its generator settings are Jackson's defaults, so a
   * plain one writes the same. Avro flushes the generator after every property it writes; passed on
   * to the file, each flush would be a write of a few bytes.
   */
  private static final JsonFactory FACTORY =
      new JsonFactory(new ObjectMapper()).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

  private PackedSchema() {}

  /** Writes the text of {@code schema} to {@code out}, leaving {@code out} open. */
  static void write(Schema schema, OutputStream out) throws IOException {
    // Buffered: Jackson hands deep indentation and every flush to the writer as a small write of
    // its own.
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    if (TO_JSON == null) {
      writeCopied(schema, text);
      return;
    }
    JsonGenerator json = FACTORY.createGenerator(text);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    try {
      TO_JSON.invoke(schema, new HashSet<String>(), (String) null, json);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Avro's Schema.toJson failed", e);
    }
    json.flush();
    text.write('\n');
    text.flush();
  }

  /** Whether {@link #write} streams (this Avro has {@code Schema.toJson}) rather than copies. */
  static boolean streams() {
    return TO_JSON != null;
  }

  /** The fallback, and what {@link #write} must equal: Avro's public {@code toString}. */
  static void writeCopied(Schema schema, Writer text) throws IOException {
    text.write(schema.toString(true).replace(System.lineSeparator(), "\n"));
    text.write('\n');
    text.flush();
  }

  private static MethodHandle toJson() {
    try {
      MethodHandles.Lookup avro =
          MethodHandles.privateLookupIn(Schema.class, MethodHandles.lookup());
      return avro.findVirtual(
          Schema.class,
          "toJson",
          MethodType.methodType(void.class, Set.class, String.class, JsonGenerator.class));
    } catch (ReflectiveOperationException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
