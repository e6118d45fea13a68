package dev.dataproduct.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** The fixture products under src/test/resources/contract/, and jars made in tests. */
final class ContractFixtures {

  /** A product as the generate goal sees it: loaded, validated, with its descriptor's bytes. */
  record Project(Path dir, DataProduct product, SchemaSet schemas, byte[] descriptor) {}

  private ContractFixtures() {}

  static Path dir(String name) {
    URL url = ContractFixtures.class.getResource("/contract/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Loads fixture {@code name} and checks that it validates without errors, as packing requires.
   */
  static Project load(String name, String version) throws IOException {
    Path dir = dir(name);
    Path descriptor = dir.resolve("dataproduct.yaml");
    Path schemaDir = dir.resolve("src/main/avro");
    List<Finding> errors =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(ValidationRequest.of(dir, descriptor, schemaDir, version)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    assertEquals(List.of(), errors, "fixture " + name + " must be valid");
    DataProduct product =
        DescriptorReader.read(
            new YamlLoader()
                .load(descriptor, "dataproduct.yaml", TestWording.MAVEN_WORDS)
                .document()
                .orElseThrow());
    SchemaSet schemas = SchemaSet.load(schemaDir, dir, Findings.withDefaults());
    return new Project(dir, product, schemas, Files.readAllBytes(descriptor));
  }

  /** The contract of fixture {@code orders-<version>}, built on {@code baseline} (or none). */
  static Contract build(String version, Contract baseline) throws IOException {
    Project project = load("orders-" + version, version);
    return ContractBuilder.build(project.product(), project.schemas(), version, baseline);
  }

  /**
   * Releases {@code orders-<version>}: writes its contract and packs it with a class into a jar.
   */
  static Path release(String version, Contract baseline, Path temp) throws IOException {
    Project project = load("orders-" + version, version);
    Contract contract =
        ContractBuilder.build(project.product(), project.schemas(), version, baseline);
    Path classes = temp.resolve("classes-" + version);
    ContractWriter.write(contract, project.descriptor(), classes.resolve(ContractLayout.DIRECTORY));
    Map<String, byte[]> entries = filesUnder(classes);
    entries.put("com/example/orders/Placeholder.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    return jar(temp.resolve("orders-" + version + ".jar"), entries);
  }

  /** Every file under {@code dir} by its {@code /}-separated relative path. */
  static Map<String, byte[]> filesUnder(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** A jar with exactly {@code entries}, in their order, names as given (even hostile ones). */
  static Path jar(Path jar, Map<String, byte[]> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
