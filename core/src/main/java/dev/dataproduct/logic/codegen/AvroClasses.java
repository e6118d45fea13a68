package dev.dataproduct.logic.codegen;

import dev.dataproduct.logic.codegen.avro.AvroTemplates;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Conversion;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.specific.SpecificData;
import org.apache.velocity.app.VelocityEngine;

/**
 * Renders Avro classes with {@link SpecificCompiler}. One compiler renders every class of a build,
 * and only the types whose input changed are rendered at all. Its templates are rendered by {@link
 * AvroTemplates}, Java code that writes what Velocity writes from them, when it knows it does (Avro
 * 1.12.2's templates, the options it translates); otherwise by Velocity, with its engine's template
 * cache turned on, so the templates are parsed once per build (avro-maven-plugin parses them again
 * for every class). The sources are the same bytes as avro-maven-plugin's with the same options.
 */
final class AvroClasses {

  private AvroClasses() {}

  /**
   * Where the class of a named type goes, relative to the output directory: {@code
   * com/example/Order.java}.
   */
  static String path(Schema namedType) {
    return SpecificData.getClassName(namedType).replace('.', '/') + ".java";
  }

  /**
   * The sources of {@code types} (and of the named types they use, which come along), by {@link
   * #path}.
   */
  static Map<String, byte[]> render(Collection<Schema> types, CodegenOptions options) {
    Map<String, byte[]> sources = new TreeMap<>();
    render(types, options, sources::put);
    return sources;
  }

  /**
   * Renders the sources of {@code types} (and of the named types they use, which come along) and
   * hands each to {@code sink} with its {@link #path}, one at a time: an Avro class embeds its
   * schema with every record it refers to, so the sources of a large product are hundreds of
   * megabytes (200 MB for the benchmarks' 500 schemas), too much to hold. A class may be handed
   * twice (Avro's compiler renders a type again where it comes along twice); the last one holds.
   *
   * <p>{@link AvroTemplates} renders in memory. Where it cannot, Velocity renders into a temporary
   * directory, and the sink gets every class again from there, each replacing any the Java
   * rendering handed before it stopped.
   */
  static void render(
      Collection<Schema> types, CodegenOptions options, BiConsumer<String, byte[]> sink) {
    SpecificCompiler compiler = compiler(types);
    cacheTemplates(compiler);
    options.configure(compiler);
    boolean rendered;
    try {
      rendered =
          AvroTemplates.render(compiler, (path, source) -> sink.accept(path, unixLines(source)));
    } catch (IOException e) {
      throw new IllegalStateException("the sink writes no file", e); // its own errors are unchecked
    } catch (RuntimeException e) {
      if (e instanceof BuildError) {
        throw e; // the sink's, such as an output directory that cannot be written
      }
      throw new BuildError("Avro cannot generate classes for the schemas: " + e.getMessage(), e);
    }
    if (!rendered) {
      try (Staged staged = stage(compiler)) {
        staged.paths().forEach(path -> sink.accept(path, staged.read(path)));
      }
    }
  }

  /**
   * Renders {@code compiler}'s classes with Velocity into a temporary directory, from where each
   * source is read when needed.
   */
  private static Staged stage(SpecificCompiler compiler) {
    Path staging = null;
    try {
      staging = Files.createTempDirectory("dataproduct-avro-");
      compiler.compileToDestination(null, staging.toFile());
      Map<String, Path> files = new LinkedHashMap<>();
      Path root = staging;
      try (Stream<Path> walk = Files.walk(staging)) {
        walk.filter(Files::isRegularFile)
            .sorted()
            .forEach(file -> files.put(root.relativize(file).toString().replace('\\', '/'), file));
      }
      return new Staged(staging, files);
    } catch (IOException e) {
      FileTrees.deleteTreeQuietly(staging);
      throw new BuildError(
          "Cannot generate the Avro classes in a temporary directory: "
              + e
              + "; check that java.io.tmpdir is writable",
          e);
    } catch (RuntimeException e) {
      FileTrees.deleteTreeQuietly(staging);
      throw new BuildError("Avro cannot generate classes for the schemas: " + e.getMessage(), e);
    }
  }

  /** A source with {@code \n} line ends on every platform; the same array when it has them. */
  private static byte[] unixLines(byte[] source) {
    for (byte b : source) {
      if (b == '\r') {
        return new String(source, StandardCharsets.UTF_8)
            .replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    return source;
  }

  /** Avro classes Velocity rendered into a temporary directory, deleted on {@link #close}. */
  private static final class Staged implements AutoCloseable {

    private final Path directory;
    private final Map<String, Path> files;

    private Staged(Path directory, Map<String, Path> files) {
      this.directory = directory;
      this.files = files;
    }

    /** The paths of the sources, sorted. */
    Set<String> paths() {
      return files.keySet();
    }

    /** One source, with {@code \n} line ends on every platform. */
    byte[] read(String path) {
      try {
        return unixLines(Files.readAllBytes(files.get(path)));
      } catch (IOException e) {
        throw new BuildError(
            "Cannot read the Avro class Avro generated into "
                + files.get(path)
                + ": "
                + e
                + "; check that java.io.tmpdir is not cleaned during the build",
            e);
      }
    }

    @Override
    public void close() {
      if (directory != null) {
        FileTrees.deleteTreeQuietly(directory); // a leftover temporary directory harms nothing
      }
    }
  }

  /**
   * Avro's compiler for {@code types}, with its lookup of the conversions and logical types a class
   * uses made linear ({@link UsedTypesByIdentity}); Avro's own when that cannot be set up.
   */
  static SpecificCompiler compiler(Collection<Schema> types) {
    try {
      return new UsedTypesByIdentity(types);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // An Avro that keeps its conversions elsewhere renders the same classes, only more slowly.
      return new SpecificCompiler(types);
    }
  }

  /**
   * Avro's compiler, with the three walks its templates make for every class (the conversions and
   * the custom logical types the class uses, whether it can have custom coders) walking the schema
   * with a set of the schemas seen by identity, where Avro keeps them in a {@code HashSet}. Avro's
   * {@code Schema.hashCode} caches only the schema it is asked for and hashes every record below it
   * again (a field hashes its schema without the cache), and the compiler hands the lookups a fresh
   * copy of the schema for every class (with the string type set): so each class hashed its whole
   * chain of records once per record in it. At 500 schemas, that was four fifths of generating the
   * Avro classes. A schema reached twice is the same instance (Avro copies a shared record once),
   * so the walks visit the same schemas and find the same types, in the same order.
   */
  static final class UsedTypesByIdentity extends SpecificCompiler {

    private static final Schema NULL = Schema.create(Schema.Type.NULL);

    private final SpecificData conversions;

    UsedTypesByIdentity(Collection<Schema> types) throws ReflectiveOperationException {
      super(types);
      Field field = SpecificCompiler.class.getDeclaredField("specificData");
      field.setAccessible(true);
      this.conversions = (SpecificData) field.get(this);
    }

    @Override
    public Collection<String> getUsedConversionClasses(Schema schema) {
      Set<Conversion<?>> used = new HashSet<>();
      collect(schema, used, null, Collections.newSetFromMap(new IdentityHashMap<>()));
      Collection<String> classes = new HashSet<>();
      for (Conversion<?> conversion : used) {
        classes.add(conversion.getClass().getCanonicalName());
      }
      return classes;
    }

    @Override
    public Map<String, String> getUsedCustomLogicalTypeFactories(Schema schema) {
      Set<LogicalType> used = new HashSet<>();
      collect(schema, null, used, Collections.newSetFromMap(new IdentityHashMap<>()));
      Set<String> names = used.stream().map(LogicalType::getName).collect(Collectors.toSet());
      return LogicalTypes.getCustomRegisteredTypes().entrySet().stream()
          .filter(entry -> names.contains(entry.getKey()))
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey, entry -> entry.getValue().getClass().getCanonicalName()));
    }

    @Override
    public boolean isCustomCodable(Schema schema) {
      return customCodable(schema, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Avro's {@code isCustomCodable}, with {@code seen} by identity (a schema met again, as in a
     * recursive record, counts as codable, as in Avro's).
     */
    private static boolean customCodable(Schema schema, Set<Schema> seen) {
      if (!seen.add(schema)) {
        return true;
      }
      if (schema.getLogicalType() != null) {
        return false;
      }
      boolean result = true;
      switch (schema.getType()) {
        case RECORD -> {
          if (schema.isError()) {
            return false;
          }
          for (Schema.Field field : schema.getFields()) {
            result &= customCodable(field.schema(), seen);
          }
        }
        case MAP -> result = customCodable(schema.getValueType(), seen);
        case ARRAY -> result = customCodable(schema.getElementType(), seen);
        case UNION -> {
          List<Schema> types = schema.getTypes();
          // Avro's own limit: only a union of null and one other type.
          if (types.size() != 2 || !types.contains(NULL)) {
            return false;
          }
          for (Schema type : types) {
            result &= customCodable(type, seen);
          }
        }
        default -> {}
      }
      return result;
    }

    /** Avro's {@code collectUsedTypes}, with {@code seen} by identity. */
    private void collect(
        Schema schema, Set<Conversion<?>> used, Set<LogicalType> logicalTypes, Set<Schema> seen) {
      if (!seen.add(schema)) {
        return;
      }
      LogicalType logicalType = LogicalTypes.fromSchemaIgnoreInvalid(schema);
      if (logicalTypes != null && logicalType != null) {
        logicalTypes.add(logicalType);
      }
      Conversion<?> conversion = conversions.getConversionFor(logicalType);
      if (used != null && conversion != null) {
        used.add(conversion);
      }
      switch (schema.getType()) {
        case RECORD ->
            schema.getFields().forEach(f -> collect(f.schema(), used, logicalTypes, seen));
        case MAP -> collect(schema.getValueType(), used, logicalTypes, seen);
        case ARRAY -> collect(schema.getElementType(), used, logicalTypes, seen);
        case UNION -> schema.getTypes().forEach(t -> collect(t, used, logicalTypes, seen));
        default -> {}
      }
    }
  }

  /**
   * Avro's compiler asks its Velocity engine for the template of every class it writes and never
   * turns the engine's cache on, so each class parsed {@code record.vm} again: two thirds of a
   * clean generation in a profile. The engine initialises itself on first use, so the cache can
   * still be turned on here. Returns whether it was, which a test asserts.
   */
  static boolean cacheTemplates(SpecificCompiler compiler) {
    try {
      Field field = SpecificCompiler.class.getDeclaredField("velocityEngine");
      field.setAccessible(true);
      VelocityEngine engine = (VelocityEngine) field.get(compiler);
      engine.setProperty("resource.loader.class.cache", true);
      engine.setProperty("resource.loader.file.cache", true);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // An Avro that keeps its engine elsewhere renders the same classes, only more slowly.
      return false;
    }
  }
}
