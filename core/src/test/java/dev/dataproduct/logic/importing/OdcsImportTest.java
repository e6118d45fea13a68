package dev.dataproduct.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing ODCS contracts the plugin did not write, and sources it cannot use. */
class OdcsImportTest {

  @TempDir Path temp;

  private static Path example(String name) throws URISyntaxException {
    return Path.of(OdcsImportTest.class.getResource("/standards/odcs/examples/" + name).toURI());
  }

  @Test
  void aForeignContractIsImportedFromItsPropertiesAndWhatHasNoPlaceIsNamedWithItsLine()
      throws Exception {
    ImportResult result =
        OdcsImport.read(List.of(example("full-example.odcs.yaml")), p -> "full-example.odcs.yaml");

    List<String> lines = result.findings().stream().map(Finding::diagnosticLine).toList();
    assertTrue(
        lines.contains(
            "full-example.odcs.yaml:8:1: WARNING [IMPORT-UNMAPPED] ODCS authoritativeDefinitions is not imported: the descriptor has no field for it"),
        lines.toString());
    assertTrue(
        lines.contains(
            "full-example.odcs.yaml:21:1: WARNING [IMPORT-UNMAPPED] ODCS tenant is not imported: the descriptor has no field for it"),
        lines.toString());
    assertTrue(
        lines.contains(
            "full-example.odcs.yaml:75:9: WARNING [IMPORT-UNMAPPED] Property transaction_reference_date: partitioned is not imported: Avro has no place for it"),
        lines.toString());
    assertTrue(
        result.findings().stream().allMatch(f -> f.position().hasLine()),
        "every finding names a line");
    assertTrue(!result.hasErrors(), lines.toString());

    String descriptor = new String(result.files().get("dataproduct.yaml"), StandardCharsets.UTF_8);
    assertTrue(descriptor.contains("name: my-quantum\ndomain: seller\n"), descriptor);
    assertTrue(descriptor.contains("topic: tbl_1"), descriptor);
    Schema tbl =
        new Schema.Parser()
            .parse(
                new String(result.files().get("src/main/avro/tbl.avsc"), StandardCharsets.UTF_8));
    Schema date = tbl.getField("transaction_reference_date").schema();
    assertEquals(
        "[\"null\",{\"type\":\"int\",\"logicalType\":\"date\"}]",
        date.toString(),
        "not required: optional; date: Avro's date");
  }

  @Test
  void aContractWithoutADomainIsAnErrorAndNothingIsWritten() throws Exception {
    ImportResult result =
        OdcsImport.read(List.of(example("kafka-schema.odcs.yaml")), p -> "kafka-schema.odcs.yaml");

    assertEquals(
        List.of(
            "kafka-schema.odcs.yaml:1:1: ERROR [IMPORT-SOURCE] The contract names no domain (domain, or the dataProduct custom property)"),
        result.findings().stream()
            .filter(f -> f.rule().id().equals("IMPORT-SOURCE"))
            .map(Finding::diagnosticLine)
            .toList());
    assertTrue(result.files().isEmpty());
    Path project = temp.resolve("project");
    BuildError error = assertThrows(BuildError.class, () -> ImportWriter.write(result, project));
    assertTrue(error.getMessage().startsWith("Nothing was imported"), error.getMessage());
    assertTrue(
        !Files.exists(project) || Files.list(project).findAny().isEmpty(), "nothing written");
  }

  @Test
  void aFileThatIsNotYamlIsALocatedErrorNotAStackTrace() throws IOException {
    Path broken = temp.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: v3.1.0\nschema: [\n  - name: x\n");

    ImportResult result = OdcsImport.read(List.of(broken), p -> "broken.yaml");

    assertTrue(result.hasErrors());
    Finding first = result.findings().get(0);
    assertEquals("IMPORT-SOURCE", first.rule().id());
    assertEquals("broken.yaml", first.position().path());
    assertTrue(first.position().hasLine(), first.diagnosticLine());
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndNothingElseIsWritten() throws Exception {
    ImportResult result =
        OdcsImport.read(List.of(example("full-example.odcs.yaml")), p -> "full-example.odcs.yaml");
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("src/main/avro"));
    Files.writeString(project.resolve("src/main/avro/tbl.avsc"), "mine");

    BuildError error = assertThrows(BuildError.class, () -> ImportWriter.write(result, project));

    assertTrue(
        error.getMessage().contains("src/main/avro/tbl.avsc already exists"), error.getMessage());
    assertEquals("mine", Files.readString(project.resolve("src/main/avro/tbl.avsc")));
    assertTrue(!Files.exists(project.resolve("dataproduct.yaml")), "nothing half-written");
    try (var files = Files.walk(project)) {
      assertEquals(
          5, files.count(), "project, src, src/main, src/main/avro and the user's file only");
    }
  }

  /**
   * An SLA or partition count the import cannot read is a located error: left out, the descriptor
   * would promise less than the contract (and the next check compare less); thrown, it was a
   * NumberFormatException's stack trace.
   */
  @Test
  void anAvailabilityOrPartitionCountThatIsNotANumberIsALocatedErrorNotAStackTrace()
      throws IOException {
    Path contract = temp.resolve("orders.odcs.yaml");
    Files.writeString(
        contract,
        """
        apiVersion: v3.0.2
        kind: DataContract
        id: orders
        domain: sales
        schema:
          - name: OrderEvent
            physicalName: sales.orders.order-events.v1
            properties:
              - { name: orderId, logicalType: string, required: true }
        slaProperties:
          - { property: availability, value: 99.9%, unit: percent }
        customProperties:
          - { property: partitions, value: twelve }
        """);

    ImportResult result = OdcsImport.read(List.of(contract), p -> "orders.odcs.yaml");

    assertEquals(
        List.of(
            "orders.odcs.yaml:13:36: ERROR [IMPORT-SOURCE] Custom property partitions \"twelve\" is not a whole number of partitions",
            "orders.odcs.yaml:11:38: ERROR [IMPORT-SOURCE] SLA availability \"99.9%\" is not a number such as 99.9 (a percentage)"),
        result.findings().stream()
            .filter(f -> f.rule().id().equals("IMPORT-SOURCE"))
            .map(Finding::diagnosticLine)
            .toList());
    assertTrue(result.files().isEmpty());
  }

  /**
   * One import makes one product from its first contract's product fields: a later contract of
   * another product, or with another classification, is an error at that contract. Merged, the
   * other product's ports were imported into the first, and the first's (lower) classification was
   * the product's, so the next check compared against less than a contract declared.
   */
  @Test
  void contractsOfAnotherProductOrClassificationAreErrorsNotMergedIntoTheFirst()
      throws IOException {
    Path orders = contract("orders.odcs.yaml", "sales/orders", "internal", "sales.orders.v1");
    Path audit = contract("audit.odcs.yaml", "sales/orders", "confidential", "sales.audit.v1");
    Path customers =
        contract("customers.odcs.yaml", "crm/customers", "internal", "crm.customers.v1");

    ImportResult result =
        OdcsImport.read(List.of(orders, audit, customers), p -> temp.relativize(p).toString());

    assertEquals(
        List.of(
            "audit.odcs.yaml:12:40: ERROR [IMPORT-SOURCE] audit.odcs.yaml classifies the product confidential, orders.odcs.yaml internal; one product has one classification",
            "customers.odcs.yaml:11:37: ERROR [IMPORT-SOURCE] customers.odcs.yaml is a contract of crm/customers, orders.odcs.yaml of sales/orders; one import makes one product"),
        result.findings().stream()
            .filter(f -> f.rule().id().equals("IMPORT-SOURCE"))
            .map(Finding::diagnosticLine)
            .toList());
    assertTrue(result.files().isEmpty());
  }

  private Path contract(String file, String product, String classification, String topic)
      throws IOException {
    Path path = temp.resolve(file);
    Files.writeString(
        path,
        """
        apiVersion: v3.0.2
        kind: DataContract
        id: %s
        domain: %s
        schema:
          - name: Event
            physicalName: %s
            properties:
              - { name: id, logicalType: string, required: true }
        customProperties:
          - { property: dataProduct, value: %s }
          - { property: classification, value: %s }
        """
            .formatted(
                file, product.substring(0, product.indexOf('/')), topic, product, classification));
    return path;
  }
}
