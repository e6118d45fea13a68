package dev.dataproduct.model.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashSet;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Avro's own JSON of a schema (what {@code Schema.toString} writes: self-contained, each named type
 * defined at its first use), written as events into any Jackson generator: a file's, or a document
 * being written around it.
 *
 * <p>A schema that embeds a long chain of records is megabytes of text; through {@code toString} it
 * is built as a growing buffer and a String, and parsed again to copy it into a document. Avro's
 * serializer ({@code Schema.toJson}, which {@code toString} calls) is package-private, so it is
 * reached by a method handle, with {@code toString} and a copy as the fallback when a later Avro
 * has no such method. {@code AvroSchemaJsonTest} holds the two to the same events.
 */
public final class AvroSchemaJson {

  private static final MethodHandle TO_JSON = toJson();
  private static final ObjectMapper READER = new ObjectMapper();

  private AvroSchemaJson() {}

  /**
   * Writes {@code schema} as one JSON value to {@code generator}, which is neither flushed nor
   * closed.
   */
  public static void write(Schema schema, JsonGenerator generator) throws IOException {
    if (TO_JSON == null) {
      writeCopied(schema, generator);
      return;
    }
    try {
      TO_JSON.invoke(schema, new HashSet<String>(), (String) null, generator);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Avro's Schema.toJson failed", e);
    }
  }

  /** Whether {@link #write} uses Avro's serializer (this Avro has {@code Schema.toJson}). */
  public static boolean streams() {
    return TO_JSON != null;
  }

  /** The fallback, and what {@link #write} must equal: Avro's public {@code toString}, copied. */
  public static void writeCopied(Schema schema, JsonGenerator generator) throws IOException {
    try (JsonParser parser = READER.createParser(schema.toString())) {
      parser.nextToken();
      generator.copyCurrentStructure(parser);
    }
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
