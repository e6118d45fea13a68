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
