package dev.dataproduct.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dataproduct.infra.catalog.CatalogEntry;
import dev.dataproduct.logic.export.ExportFixtures;
import dev.dataproduct.logic.export.ExportSettings;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a product to ODCS and importing the contracts gives back the same product: the same
 * descriptor and the same schemas. Compared semantically, after the import's normalisations: the
 * descriptor's description is stripped of its final line break, defaults are written only where
 * they differ (an effective value is compared), ports come in the order the contracts are given,
 * and shared named types (Money) get a file of their own while types used by one schema only are
 * written inline in it.
 */
class OdcsRoundTripTest {

  private static final ExportSettings KAFKA = new ExportSettings("broker:9092", null, null, null);

  @TempDir Path temp;

  @Test
  void theOrdersExampleComesBackTheSame() throws IOException {
    assertRoundTrip(ExportFixtures.orders(), List.of());
  }

  @Test
  void aProductWithARecordKeyConfluentEncodingAndAnInputPortComesBackTheSame() throws IOException {
    assertRoundTrip(
        ExportFixtures.payments(),
        List.of(ExportFixtures.contract(ExportFixtures.orders(), "1.4.0")));
  }

  /**
   * A primitive key or value with a logical type comes back with it (in a file of its own), and a
   * key written by Kafka's serializer stays so: before, they came back as bare types ({@code type:
   * string}), so the contract lost the logical types its consumers read.
   */
  @Test
  void primitiveSchemasWithLogicalTypesComeBackTheSame() throws IOException {
    Path product = temp.resolve("meters");
    Files.createDirectories(product.resolve("src/main/avro"));
    Files.writeString(
        product.resolve("dataproduct.yaml"),
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: meters
        domain: iot
        description: Meter readings.
        owner:
          team: iot-meters
        outputPorts:
          - name: readings
            description: When each meter was last read.
            topic: iot.meters.readings.v1
            key: { schema: MeterId.avsc }
            value: { schema: ReadAt.avsc }
          - name: resets
            description: When each meter was last reset.
            topic: iot.meters.resets.v1
            key: { type: string }
            value: { schema: ReadAt.avsc }
        """);
    Files.writeString(
        product.resolve("src/main/avro/MeterId.avsc"),
        "{\"type\": \"string\", \"logicalType\": \"uuid\"}\n");
    Files.writeString(
        product.resolve("src/main/avro/ReadAt.avsc"),
        "{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}\n");

    assertRoundTrip(product, List.of());
  }

  private void assertRoundTrip(Path product, List<Contract> upstreams) throws IOException {
    Contract original = ExportFixtures.contract(product, "3.1.0");
    List<Path> odcs = new ArrayList<>();
    Map<String, byte[]> exports = Exports.files(original, upstreams, KAFKA);
    // The contracts in the descriptor's port order, as the ODPS export lists them: ports come back
    // in the order given.
    for (var port : original.descriptor().outputPorts()) {
      Path path = temp.resolve(Exports.odcs(port.name()));
      Files.createDirectories(path.getParent());
      Files.write(path, exports.get(Exports.odcs(port.name())));
      odcs.add(path);
    }

    ImportResult imported = OdcsImport.read(odcs, p -> temp.relativize(p).toString());
    assertEquals(
        List.of(),
        imported.findings().stream().map(f -> f.format()).toList(),
        "the plugin's own export maps completely");
    Path project = temp.resolve("imported");
    ImportWriter.write(imported, project);

    // The imported project validates without errors (ExportFixtures.contract asserts it) and packs
    // the same contract.
    Contract back = ExportFixtures.contract(project, "3.1.0");
    assertEquals(normalised(CatalogEntry.of(original)), normalised(CatalogEntry.of(back)));
    assertEquals(original.ports().keySet(), back.ports().keySet());
    for (String port : original.ports().keySet()) {
      PortContract a = original.ports().get(port);
      PortContract b = back.ports().get(port);
      assertEquals(a.value(), b.value(), port + " value");
      assertEquals(a.key(), b.key(), port + " key");
      assertEquals(a.keyEncoding(), b.keyEncoding(), port + " key encoding");
    }
    assertEquals(
        original.descriptor().inputPorts().stream()
            .map(i -> i.name() + "=" + i.product() + "/" + i.port())
            .toList(),
        back.descriptor().inputPorts().stream()
            .map(i -> i.name() + "=" + i.product() + "/" + i.port())
            .toList());
    assertFalse(
        Files.list(project)
            .anyMatch(p -> p.getFileName().toString().startsWith(".dataproduct-import-")),
        "no staging left");
  }

  private static CatalogEntry normalised(CatalogEntry e) {
    return new CatalogEntry(
        e.domain(),
        e.name(),
        e.version(),
        e.title(),
        e.description() == null ? null : e.description().strip(),
        e.status(),
        e.classification(),
        e.owner(),
        e.tags(),
        e.ports(),
        e.inputPorts(),
        e.waivers(),
        List.of());
  }
}
