package dev.dataproduct.model.contract;

import static dev.dataproduct.model.contract.ContractFixtures.build;
import static dev.dataproduct.model.contract.ContractFixtures.filesUnder;
import static dev.dataproduct.model.contract.ContractFixtures.load;
import static dev.dataproduct.model.contract.ContractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractWriterTest {

  @TempDir Path temp;

  private static Contract thirdRelease() throws IOException {
    return build("1.2.0", build("1.1.0", build("1.0.0", null)));
  }

  private static byte[] descriptor(String version) throws IOException {
    return load("orders-" + version, version).descriptor();
  }

  @Test
  void writesEveryFileOfTheLayout() throws IOException {
    ContractWriter.Result result = ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);

    List<String> expected =
        List.of(
            "contract.json",
            "dataproduct.yaml",
            "history/order-events/key/1.0.0.avsc",
            "history/order-events/key/1.1.0.avsc",
            "history/order-events/value/1.0.0.avsc",
            "history/order-events/value/1.1.0.avsc",
            "ports/order-events/key.avsc",
            "ports/order-events/value.avsc",
            "ports/shipments/key.avsc",
            "ports/shipments/value.avsc");
    assertEquals(expected, List.copyOf(filesUnder(temp).keySet()));
    assertEquals(expected, result.written());
    assertEquals(List.of(), result.unchanged());
    assertEquals(List.of(), result.deleted());
  }

  @Test
  void packedFilesGetThePermissionsOfAnyNewFileInTheFolderNotOwnerOnly() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path reference = Files.writeString(temp.resolve("reference.txt"), "made as any file is");

    ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp.resolve("contract"));

    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
    for (String file : filesUnder(temp.resolve("contract")).keySet()) {
      assertEquals(
          expected,
          Files.getPosixFilePermissions(temp.resolve("contract").resolve(file)),
          file + " is readable as the umask allows, as a jar's files are unpacked");
    }
  }

  @Test
  void theIndexNamesEveryFileWithPortsSortedAndHistoriesInReleaseOrder() throws IOException {
    ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);

    assertEquals(
        """
        {
          "format": "dataproduct-contract/v1",
          "product": "orders",
          "domain": "sales",
          "version": "1.2.0",
          "descriptor": "dataproduct.yaml",
          "ports": {
            "order-events": {
              "key": "ports/order-events/key.avsc",
              "keyEncoding": "kafka",
              "value": "ports/order-events/value.avsc",
              "keyHistory": [
                {
                  "version": "1.0.0",
                  "file": "history/order-events/key/1.0.0.avsc"
                },
                {
                  "version": "1.1.0",
                  "file": "history/order-events/key/1.1.0.avsc"
                }
              ],
              "valueHistory": [
                {
                  "version": "1.0.0",
                  "file": "history/order-events/value/1.0.0.avsc"
                },
                {
                  "version": "1.1.0",
                  "file": "history/order-events/value/1.1.0.avsc"
                }
              ]
            },
            "shipments": {
              "key": "ports/shipments/key.avsc",
              "keyEncoding": "avro",
              "value": "ports/shipments/value.avsc",
              "keyHistory": [],
              "valueHistory": []
            }
          }
        }
        """,
        Files.readString(temp.resolve("contract.json")));
  }

  @Test
  void aPortWithoutKeyHasNoKeyFile() throws IOException {
    ContractWriter.write(build("1.0.0", null), descriptor("1.0.0"), temp);

    assertTrue(Files.exists(temp.resolve("ports/order-audit/value.avsc")));
    assertFalse(Files.exists(temp.resolve("ports/order-audit/key.avsc")));
    assertTrue(
        Files.readString(temp.resolve("contract.json"))
            .contains(
                """
            "order-audit": {
              "value": "ports/order-audit/value.avsc",
              "keyHistory": [],
        """));
  }

  @Test
  void aPrimitiveKeyIsASchemaFileToo() throws IOException {
    ContractWriter.write(build("1.0.0", null), descriptor("1.0.0"), temp);

    assertEquals("\"string\"\n", Files.readString(temp.resolve("ports/order-events/key.avsc")));
  }

  @Test
  void schemaFilesAreSelfContained() throws IOException {
    ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);

    Schema shipment =
        new Schema.Parser().parse(Files.readString(temp.resolve("ports/shipments/value.avsc")));
    assertEquals("com.example.orders.ShipmentKey", shipment.getField("key").schema().getFullName());
    assertEquals("com.example.orders.Money", shipment.getField("cost").schema().getFullName());
    Schema oldest =
        new Schema.Parser()
            .parse(Files.readString(temp.resolve("history/order-events/value/1.0.0.avsc")));
    assertEquals(
        List.of("orderId", "total"), oldest.getFields().stream().map(Schema.Field::name).toList());
  }

  @Test
  void theBytesAreTheSameForTheSameContract() throws IOException {
    SortedMap<String, byte[]> once = ContractWriter.files(thirdRelease(), descriptor("1.2.0"));
    SortedMap<String, byte[]> again = ContractWriter.files(thirdRelease(), descriptor("1.2.0"));

    assertEquals(once.keySet(), again.keySet());
    for (Map.Entry<String, byte[]> file : once.entrySet()) {
      assertArrayEquals(file.getValue(), again.get(file.getKey()), file.getKey());
      assertFalse(text(file.getValue()).contains("\r"), file.getKey());
      assertTrue(text(file.getValue()).endsWith("\n"), file.getKey());
    }
  }

  @Test
  void theReleasedDescriptorHasItsVersionFilledIn() throws IOException {
    ContractWriter.write(build("1.0.0", null), descriptor("1.0.0"), temp);

    assertEquals(
        text(descriptor("1.0.0"))
            .replace(
                "name: orders   # unique within the domain\n",
                "name: orders   # unique within the domain\nversion: 1.0.0\n"),
        Files.readString(temp.resolve("dataproduct.yaml")));
  }

  @Test
  void aRebuildWithNothingChangedTouchesNoFile() throws IOException {
    ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    List<String> files = List.copyOf(filesUnder(temp).keySet());
    for (String file : files) {
      Files.setLastModifiedTime(temp.resolve(file), past);
    }

    ContractWriter.Result again = ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);

    assertEquals(List.of(), again.written());
    assertEquals(files, again.unchanged());
    assertEquals(List.of(), again.deleted());
    assertFalse(again.changed());
    for (String file : files) {
      assertEquals(past, Files.getLastModifiedTime(temp.resolve(file)), file);
    }
  }

  @Test
  void onlyAFileWhoseContentDiffersIsRewritten() throws IOException {
    ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);
    Path value = temp.resolve("ports/order-events/value.avsc");
    byte[] right = Files.readAllBytes(value);
    Files.writeString(value, "{\"type\": \"string\"}\n");

    ContractWriter.Result again = ContractWriter.write(thirdRelease(), descriptor("1.2.0"), temp);

    assertEquals(List.of("ports/order-events/value.avsc"), again.written());
    assertEquals(9, again.unchanged().size());
    assertArrayEquals(right, Files.readAllBytes(value));
  }

  @Test
  void filesTheContractNoLongerNamesAreDeleted() throws IOException {
    Contract second = build("1.1.0", build("1.0.0", null));
    ContractWriter.write(second, descriptor("1.1.0"), temp);
    Files.writeString(temp.resolve("notes.txt"), "left behind");
    Files.createDirectories(temp.resolve("ports/old-port/empty"));

    ContractWriter.Result result =
        ContractWriter.write(build("1.2.0", second), descriptor("1.2.0"), temp);

    assertEquals(
        List.of(
            "history/order-audit/value/1.0.0.avsc", "notes.txt", "ports/order-audit/value.avsc"),
        result.deleted());
    assertFalse(Files.exists(temp.resolve("ports/order-audit")));
    assertFalse(Files.exists(temp.resolve("history/order-audit")));
    assertFalse(Files.exists(temp.resolve("ports/old-port")));
    assertEquals(
        ContractWriter.files(build("1.2.0", second), descriptor("1.2.0")).keySet(),
        filesUnder(temp).keySet());
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsABuildError() throws IOException {
    Path file = Files.writeString(temp.resolve("dataproduct"), "not a directory");

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> ContractWriter.write(build("1.0.0", null), descriptor("1.0.0"), file));

    assertEquals(
        "Cannot write the contract to "
            + file
            + ": it is a file, not a directory; delete it and build again",
        error.getMessage());
  }

  @Test
  void aPortNameThatCannotBeAFileNameIsABuildError() throws IOException {
    Contract contract = build("1.0.0", null);
    PortContract events = contract.port("order-events").orElseThrow();
    Contract hostile = new Contract(contract.descriptor(), "1.0.0", Map.of("../escape", events));

    BuildError error =
        assertThrows(BuildError.class, () -> ContractWriter.files(hostile, descriptor("1.0.0")));

    assertEquals(
        "Cannot pack the contract: port name \"../escape\" cannot be a file name; name ports in lower-kebab-case",
        error.getMessage());
  }

  @Test
  void aHistoryThatNamesAVersionTwiceIsABuildError() throws IOException {
    Contract first = build("1.0.0", null);
    PortContract events = first.port("order-events").orElseThrow();
    PortContract twice =
        events
            .releasedAs("1.0.0", events.key(), events.keyEncoding(), events.value())
            .releasedAs("1.0.0", events.key(), events.keyEncoding(), events.value());
    Contract contract = new Contract(first.descriptor(), "1.2.0", Map.of("order-events", twice));

    BuildError error =
        assertThrows(BuildError.class, () -> ContractWriter.files(contract, descriptor("1.0.0")));

    assertEquals(
        "Cannot pack the contract: the key history of port \"order-events\" names version 1.0.0 twice;"
            + " check the baseline the history was carried from",
        error.getMessage());
  }
}
