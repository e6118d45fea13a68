package dev.dataproduct.bench;

import dev.dataproduct.logic.codegen.CodeGenerator;
import dev.dataproduct.logic.codegen.CodegenFixtures;
import dev.dataproduct.logic.codegen.CodegenOptions;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;

/**
 * The benchmark product (test resource {@code codegen/bench}: one port, a 20-field record) as its
 * build would make it: generated with {@link CodeGenerator}, compiled, and loaded, together with
 * {@code BenchCodecs}, which puts the generated codec and Avro's floor behind the same {@link
 * Function} interface.
 */
final class GeneratedMeasurements {

  private final Class<?> codecs;
  private final Schema older;
  private final Schema current;

  private GeneratedMeasurements(Class<?> codecs, Schema older, Schema current) {
    this.codecs = codecs;
    this.older = older;
    this.current = current;
  }

  static GeneratedMeasurements build() {
    try {
      Path temp = Files.createTempDirectory("dataproduct-bench-");
      CodegenFixtures.Project product = CodegenFixtures.load(CodegenFixtures.resource("bench"));
      new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
          .generate(product.product(), product.schemas(), null, temp.resolve("sources"));
      Path classes = temp.resolve("classes");
      CodegenFixtures.compile(
          List.of(temp.resolve("sources"), CodegenFixtures.resource("bench-adapters")),
          classes,
          List.of(),
          false);
      // The benchmark runs as long as the JVM: the loader stays open.
      @SuppressWarnings("resource")
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, GeneratedMeasurements.class.getClassLoader());
      Schema older =
          new Schema.Parser()
              .parse(
                  CodegenFixtures.resource("bench-older")
                      .resolve("Measurement-1.0.0.avsc")
                      .toFile());
      Schema current = product.schemas().namedType("com.example.bench.Measurement").orElseThrow();
      return new GeneratedMeasurements(
          loader.loadClass("dataproduct.bench.measurements.BenchCodecs"), older, current);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The release before: the same record without its last field. */
  Schema olderSchema() {
    return older;
  }

  Schema currentSchema() {
    return current;
  }

  /** A value of the generated class with every field set. */
  Object sample() {
    return call("sample");
  }

  /** {@code value} in bare Avro binary, written with {@code schema}. */
  byte[] writtenWith(Schema schema, Object value) {
    return (byte[]) call("writtenWith", schema, value);
  }

  /** The generated single-object codec's {@code encode}. */
  @SuppressWarnings("unchecked")
  Function<Object, byte[]> generatedEncoder() {
    return (Function<Object, byte[]>) call("generatedEncoder", older);
  }

  /** The generated single-object codec's {@code decode}; it knows the older schema too. */
  @SuppressWarnings("unchecked")
  Function<byte[], Object> generatedDecoder() {
    return (Function<byte[], Object>) call("generatedDecoder", older);
  }

  /** Avro's SpecificDatumWriter, with encoder and buffer reused. */
  @SuppressWarnings("unchecked")
  Function<Object, byte[]> floorEncoder() {
    return (Function<Object, byte[]>) call("floorEncoder");
  }

  /**
   * Avro's SpecificDatumReader from {@code writer} to the current schema, with the decoder reused.
   */
  @SuppressWarnings("unchecked")
  Function<byte[], Object> floorDecoder(Schema writer) {
    return (Function<byte[], Object>) call("floorDecoder", writer);
  }

  /**
   * Avro's single-object header for {@code schema} followed by {@code body}, as the generated
   * producer of that schema writes it.
   */
  static byte[] singleObject(Schema schema, byte[] body) {
    long fingerprint = org.apache.avro.SchemaNormalization.parsingFingerprint64(schema);
    byte[] bytes = new byte[10 + body.length];
    bytes[0] = (byte) 0xC3;
    bytes[1] = 0x01;
    for (int i = 0; i < 8; i++) {
      bytes[2 + i] = (byte) (fingerprint >>> (8 * i));
    }
    System.arraycopy(body, 0, bytes, 10, body.length);
    return bytes;
  }

  /**
   * Fails the setup unless {@code who} decoded {@code expected}: a benchmark of a wrong result
   * measures nothing.
   */
  static void requireEqual(Object expected, Object actual, String who) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          who
              + " read "
              + actual
              + " ("
              + actual.getClass()
              + "), not "
              + expected
              + " ("
              + expected.getClass()
              + ")");
    }
  }

  private Object call(String name, Object... args) {
    for (var method : codecs.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        try {
          return method.invoke(null, args);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("BenchCodecs has no " + name);
  }
}
