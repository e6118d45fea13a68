package dev.dataproduct.logic.codegen;

import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.specific.SpecificData;
import org.apache.velocity.app.VelocityEngine;

/**
 * Renders Avro classes with {@link SpecificCompiler}. One compiler renders every class of a build,
 * with its Velocity engine's template cache turned on, so the templates are parsed once per build
 * (avro-maven-plugin parses them again for every class); and only the types whose input changed are
 * rendered at all. The sources are the same bytes as avro-maven-plugin's with the same options.
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
    try (Staged staged = stage(types, options)) {
      Map<String, byte[]> sources = new LinkedHashMap<>();
      staged.paths().forEach(path -> sources.put(path, staged.read(path)));
      return sources;
    }
  }

  /**
   * Renders {@code types} into a temporary directory, from where each source is read when needed:
   * an Avro class embeds its schema with every record it refers to, so the sources of a large
   * product are hundreds of megabytes (200 MB for the benchmarks' 500 schemas), too much to hold.
   */
  static Staged stage(Collection<Schema> types, CodegenOptions options) {
    Path staging = null;
    try {
      staging = Files.createTempDirectory("dataproduct-avro-");
      SpecificCompiler compiler = new SpecificCompiler(types);
      cacheTemplates(compiler);
      options.configure(compiler);
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

  /** Avro classes rendered into a temporary directory, deleted on {@link #close}. */
  static final class Staged implements AutoCloseable {

    static final Staged NONE = new Staged(null, Map.of());

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

    boolean has(String path) {
      return files.containsKey(path);
    }

    /** One source, with {@code \n} line ends on every platform. */
    byte[] read(String path) {
      try {
        byte[] source = Files.readAllBytes(files.get(path));
        for (byte b : source) {
          if (b == '\r') {
            return new String(source, StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.UTF_8);
          }
        }
        return source; // already \n only, as on every platform but Windows: no copies
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
