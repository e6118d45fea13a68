package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.logic.check.CheckResult;
import dev.dataproduct.logic.check.ContractCheck;
import dev.dataproduct.logic.check.CurrentSources;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema of any depth gives a located finding or works, on a thread with the default stack: up to
 * the limit of 200 JSON levels every recursive stage (loading, Avro's parser, the governance walk,
 * code generation, packing and reading the contract, the compatibility check with its located
 * findings) runs; deeper is SCHEMA-TOO-DEEP, reported before anything recursive reads the file.
 */
class DeepSchemaTest {

  private static final String DESCRIPTOR =
      """
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      name: deep
      domain: test
      version: 1.0.0
      description: A deeply nested schema.
      owner:
        team: test
      outputPorts:
        - name: deep-events
          description: Deep events.
          topic: test.deep.events
          value: { schema: Deep.avsc }
      """;

  @TempDir Path temp;

  @Test
  void aSchemaNestedToTheLimitValidatesGeneratesAndChecksOnADefaultStack() throws Exception {
    Path project = project(nested(200, ""));

    onDefaultStack(
        () -> {
          ValidationResult result = validate(project);
          assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
          SchemaSet schemas = result.schemas();
          DataProduct product =
              DescriptorReader.read(
                  new YamlLoader()
                      .load(
                          project.resolve("dataproduct.yaml"),
                          "dataproduct.yaml",
                          TestWording.MAVEN_WORDS)
                      .document()
                      .orElseThrow());
          CodegenResult generated =
              new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
                  .generate(product, schemas, "1.0.0", temp.resolve("generated"));
          assertTrue(generated.written().contains("com/example/deep/L0.java"));
          Schema current = schemas.schemaOfFile("Deep.avsc").orElseThrow();
          Schema withOptionalField =
              new Schema.Parser()
                  .parse(
                      nested(
                          200,
                          "{\"name\": \"added\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"New.\"}, "));
          assertTrue(
              AvroCompatibility.check(withOptionalField, List.of(current), CompatibilityLevel.FULL)
                  .compatible());

          // Packed into a contract, read back as the next release's baseline, and compared with a
          // release that breaks the innermost type: the check goal's whole path, finding located.
          Path classes = temp.resolve("classes");
          ContractWriter.write(
              ContractBuilder.build(product, schemas, "1.0.0", null),
              Files.readAllBytes(project.resolve("dataproduct.yaml")),
              classes.resolve(ContractLayout.DIRECTORY));
          Contract baseline = ContractReader.read(classes);
          Files.writeString(
              project.resolve("src/main/avro/Deep.avsc"),
              nested(200, "").replace("\"items\": \"string\"", "\"items\": \"int\""));
          ValidationResult next = validate(project);
          CheckResult check =
              ContractCheck.check(
                  baseline,
                  ContractBuilder.build(product, next.schemas(), "1.1.0", baseline),
                  new CurrentSources(product, next.schemas()),
                  List.of(),
                  RuleSettings.defaults());
          assertEquals(
              List.of("COMPAT-WIRE src/main/avro/Deep.avsc:1"),
              check.findings().stream()
                  .filter(f -> f.ruleId().startsWith("COMPAT"))
                  .map(f -> f.ruleId() + " " + f.position().path() + ":" + f.position().line())
                  .toList());
          return null;
        });
  }

  @Test
  void aSchemaNestedDeeperIsOneLocatedFindingBeforeAnythingRecursiveRuns() throws Exception {
    Path project = project(nested(998, ""));

    List<String> findings =
        onDefaultStack(() -> validate(project).findings().stream().map(Finding::format).toList());

    String deepest = Files.readAllLines(project.resolve("src/main/avro/Deep.avsc")).get(0);
    assertEquals(1, findings.size(), String.join("\n", findings));
    assertTrue(
        findings
            .get(0)
            .startsWith(
                "src/main/avro/Deep.avsc:1:"
                    + (nthContainer(deepest, 201))
                    + ": ERROR [SCHEMA-TOO-DEEP] The schema nests deeper than 200 levels of JSON"),
        findings.get(0));
  }

  /**
   * One line of JSON whose deepest object or array is exactly at {@code depth} levels: records
   * nested through their first field (3 levels each), then arrays of arrays to make up the rest.
   * {@code extraField} is put first in every record.
   */
  static String nested(int depth, String extraField) {
    int records = (depth - 3) / 3;
    StringBuilder json = new StringBuilder();
    int level = 0;
    for (int i = 0; i < records; i++) {
      json.append("{\"type\": \"record\", \"name\": \"L")
          .append(i)
          .append("\", \"namespace\": \"com.example.deep\", \"doc\": \"Level ")
          .append(i)
          .append(".\", \"fields\": [")
          .append(extraField)
          .append("{\"name\": \"inner\", \"doc\": \"The next level.\", \"type\": ");
      level += 3;
    }
    // The innermost field's type: arrays of arrays, each one level, down to the depth asked for.
    int arrays = depth - level;
    for (int i = 0; i < arrays; i++) {
      json.append("{\"type\": \"array\", \"items\": ");
    }
    json.append("\"string\"").append("}".repeat(arrays));
    json.append("}]}".repeat(records));
    return json.toString();
  }

  /** The column of the {@code n}th '{' or '[' on the line, 1-based. */
  private static int nthContainer(String line, int n) {
    for (int i = 0, seen = 0; i < line.length(); i++) {
      if ((line.charAt(i) == '{' || line.charAt(i) == '[') && ++seen == n) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("fewer than " + n + " containers");
  }

  private Path project(String schema) throws Exception {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("src/main/avro"));
    Files.writeString(project.resolve("dataproduct.yaml"), DESCRIPTOR);
    Files.writeString(project.resolve("src/main/avro/Deep.avsc"), schema + "\n");
    return project;
  }

  private static ValidationResult validate(Path project) {
    return new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
        .validate(
            ValidationRequest.of(
                project,
                project.resolve("dataproduct.yaml"),
                project.resolve("src/main/avro"),
                "1.0.0"));
  }

  /**
   * Runs {@code work} on a new thread with the JVM's default stack size, as Maven's own threads
   * have.
   */
  private static <T> T onDefaultStack(Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(work.call());
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "default-stack");
    thread.start();
    thread.join();
    if (failure.get() instanceof Exception e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
    return result.get();
  }
}
