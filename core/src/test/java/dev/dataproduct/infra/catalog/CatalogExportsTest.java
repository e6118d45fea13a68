package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import dev.dataproduct.logic.export.ExportSettings;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.model.contract.ContractWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports packed beside a contract are published with the version and listed in its entry; they
 * do not decide a re-publish.
 */
class CatalogExportsTest {

  @TempDir Path temp;

  /** What generate leaves in target/classes/META-INF/dataproduct: the contract and its exports. */
  private Path packed(String version, ExportSettings settings) throws IOException {
    PublishRequest orders = CatalogFixtures.orders(version);
    Path dir = temp.resolve("packed-" + version + "-" + settings.hashCode());
    Files.createDirectories(dir);
    orders.contractFiles().forEach((path, bytes) -> write(dir.resolve(path), bytes));
    Contract contract = ContractReader.read(dir);
    ContractWriter.write(
        contract,
        orders.contractFiles().get("dataproduct.yaml"),
        Exports.files(contract, List.of(), settings),
        dir);
    return dir;
  }

  @Test
  void theExportsArePublishedWithTheVersionAndListedInItsEntry() throws IOException {
    Path dir = packed("1.0.0", ExportSettings.NONE);
    PublishRequest request =
        PublishRequest.ofPackedContract(ContractReader.read(dir), dir, null, false);

    PublishResult result = catalog(temp.resolve("catalog")).publish(request);

    assertEquals(Outcome.PUBLISHED, result.outcome());
    List<String> exports =
        List.of(
            "contract/exports/asyncapi.json",
            "contract/exports/odcs/order-events.odcs.yaml",
            "contract/exports/odps.yaml",
            "contract/exports/openlineage.json");
    assertEquals(exports, request.entry().exports());
    Path version = result.versionDirectory();
    for (String export : exports) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve(export.substring("contract/".length()))),
          Files.readAllBytes(version.resolve(export)),
          export);
    }
    String entry = Files.readString(version.resolve("entry.json"), StandardCharsets.UTF_8);
    assertTrue(entry.contains("\"exports\": [\n    \"contract/exports/asyncapi.json\","), entry);
    assertEquals(
        exports, catalog(temp.resolve("catalog")).index().latestEntries().get(0).exports());
  }

  @Test
  void exportsThatDifferAloneDoNotMakeAPublishedVersionDifferent() throws IOException {
    Path first = packed("1.0.0", ExportSettings.NONE);
    catalog(temp.resolve("catalog"))
        .publish(PublishRequest.ofPackedContract(ContractReader.read(first), first, null, false));
    Path otherCluster = packed("1.0.0", new ExportSettings("kafka-2:9092", null, null, null));
    SortedMap<String, byte[]> files =
        PublishRequest.ofPackedContract(
                ContractReader.read(otherCluster), otherCluster, null, false)
            .contractFiles();

    PublishResult again =
        catalog(temp.resolve("catalog"))
            .publish(
                PublishRequest.ofPackedContract(
                    ContractReader.read(otherCluster), otherCluster, null, false));

    assertEquals(Outcome.IDENTICAL, again.outcome(), again.message());
    assertTrue(
        again
            .notes()
            .contains("kept the published contract/exports/asyncapi.json; this build's differs"),
        again.notes().toString());
    assertTrue(
        new String(files.get(Exports.ASYNCAPI), StandardCharsets.UTF_8).contains("kafka-2:9092"),
        "the builds' exports do differ");
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
