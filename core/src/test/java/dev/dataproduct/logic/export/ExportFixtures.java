package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.StableJson;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The products the exports are tested on: the repository's examples/orders and fixtures under
 * src/test/resources/export/.
 */
public final class ExportFixtures {

  /**
   * {@code document} as it is written and read back: the Avro schemas in it are written from Avro's
   * JSON only when the document is written (ExportJson.avro), so a validator needs the written
   * form.
   */
  public static ObjectNode written(JsonNode document) {
    try {
      return (ObjectNode) StableJson.MAPPER.readTree(StableJson.bytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExportFixtures() {}

  /** examples/orders, as the repository ships it (tests run in core/). */
  public static Path orders() {
    return Path.of("..", "examples", "orders").toAbsolutePath().normalize();
  }

  /** A product that reads orders: a record key, the confluent encoding, an input port. */
  public static Path payments() {
    try {
      return Path.of(ExportFixtures.class.getResource("/export/payments").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The contract generate packs for the product in {@code dir}, which must validate without errors.
   */
  public static Contract contract(Path dir, String version) {
    try {
      return build(dir, version);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Contract build(Path dir, String version) throws java.io.IOException {
    Path descriptor = dir.resolve("dataproduct.yaml");
    Path schemaDir = dir.resolve("src/main/avro");
    List<Finding> errors =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(ValidationRequest.of(dir, descriptor, schemaDir, version)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    assertEquals(List.of(), errors, dir + " must be valid");
    DataProduct product =
        DescriptorReader.read(
            new YamlLoader()
                .load(descriptor, "dataproduct.yaml", TestWording.MAVEN_WORDS)
                .document()
                .orElseThrow());
    SchemaSet schemas = SchemaSet.load(schemaDir, dir, Findings.withDefaults());
    return ContractBuilder.build(product, schemas, version, null);
  }
}
