package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Assertions;
import org.slf4j.Logger;

/**
 * The fixture products under src/test/resources/codegen/, and compiling what is generated from
 * them.
 */
public final class CodegenFixtures {

  /** A product as the generate goal sees it: loaded and validated. */
  public record Project(Path dir, DataProduct product, SchemaSet schemas, byte[] descriptor) {}

  private CodegenFixtures() {}

  public static Path resource(String name) {
    URL url = CodegenFixtures.class.getResource("/codegen/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        // The plugin's Mojo tests read the fixtures from this module's test-jar.
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // opened by an earlier call
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the product in {@code dir} and checks that it validates without errors, as generating
   * requires.
   */
  public static Project load(Path dir) throws IOException {
    Path descriptor = dir.resolve("dataproduct.yaml");
    Path schemaDir = dir.resolve("src/main/avro");
    List<Finding> errors =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(ValidationRequest.of(dir, descriptor, schemaDir, null)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    assertEquals(List.of(), errors, "fixture " + dir + " must be valid");
    DataProduct product =
        DescriptorReader.read(
            new YamlLoader()
                .load(descriptor, "dataproduct.yaml", TestWording.MAVEN_WORDS)
                .document()
                .orElseThrow());
    return new Project(
        dir,
        product,
        SchemaSet.load(schemaDir, dir, Findings.withDefaults()),
        Files.readAllBytes(descriptor));
  }

  /** A copy of fixture {@code name} under {@code temp}, to change in a test. */
  public static Path copy(String name, Path temp) throws IOException {
    Path source = resource(name);
    Path target = temp.resolve(name);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : walk.toList()) {
        Path to = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(to);
        } else {
          Files.copy(path, to);
        }
      }
    }
    return target;
  }

  /**
   * Compiles every {@code .java} file under the source directories into {@code classes} with {@code
   * options}, against Avro, kafka-clients (and what Avro's API shows of its own dependencies), the
   * directories in {@code classpath}, and JUnit when {@code withJUnit}; fails with every diagnostic
   * when javac reports anything at all.
   */
  public static void compile(
      List<Path> sourceDirectories,
      Path classes,
      List<Path> classpath,
      boolean withJUnit,
      String... options)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> sources = new ArrayList<>();
    for (Path dir : sourceDirectories) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of(options));
    // In-process javac finds the test classpath's annotation processors (JMH's) through its own
    // class loader.
    arguments.add("-proc:none");
    arguments.addAll(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-d",
            classes.toString(),
            "-classpath",
            classpath(classpath, withJUnit)));
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Boolean ok =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  arguments,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      String reported =
          diagnostics.getDiagnostics().stream()
              .map(CodegenFixtures::describe)
              .collect(Collectors.joining("\n"));
      assertEquals("", reported + output, "javac must report nothing");
      Assertions.assertTrue(ok, "javac failed");
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind()
        + " "
        + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
        + d.getMessage(Locale.ROOT);
  }

  /**
   * The jars of exactly the libraries generated code may use, so that a stray dependency fails to
   * compile.
   */
  private static String classpath(List<Path> directories, boolean withJUnit) {
    List<String> entries = new ArrayList<>(directories.stream().map(Path::toString).toList());
    for (Class<?> type :
        List.of(
            Schema.class,
            Producer.class,
            JsonNode.class,
            JsonParser.class,
            JsonIgnore.class,
            Logger.class)) {
      entries.add(location(type));
    }
    if (withJUnit) {
      entries.add(location(Assertions.class));
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
