package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.filesUnder;
import static dev.dataproduct.infra.catalog.CatalogFixtures.orders;
import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static dev.dataproduct.infra.catalog.CatalogFixtures.read;
import static dev.dataproduct.infra.catalog.CatalogFixtures.reads;
import static dev.dataproduct.infra.catalog.CatalogFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCatalogTest {

  @TempDir Path temp;

  private Path root() {
    return temp.resolve("catalog");
  }

  @Test
  void publishesAVersionFolderWithTheContractReportWaiversAndEntryAndReadsItBack()
      throws IOException {
    PublishRequest request = orders("1.0.0");

    PublishResult result = catalog(root()).publish(request);

    assertEquals(Outcome.PUBLISHED, result.outcome());
    Path version = root().resolve("products/sales/orders/1.0.0");
    assertEquals(version, result.versionDirectory());
    assertEquals("Published sales/orders 1.0.0 to " + version + " (7 files)", result.message());
    List<String> published =
        List.of(
            "compatibility-report.json",
            "contract/contract.json",
            "contract/dataproduct.yaml",
            "contract/ports/order-events/key.avsc",
            "contract/ports/order-events/value.avsc",
            "entry.json",
            "waivers.json");
    assertEquals(published, result.files());
    List<String> onDisk = new java.util.ArrayList<>(published);
    onDisk.add("index.html");
    onDisk.sort(null);
    assertEquals(onDisk, filesUnder(version));
    for (Map.Entry<String, byte[]> file : request.contractFiles().entrySet()) {
      assertArrayEquals(
          file.getValue(),
          Files.readAllBytes(version.resolve("contract").resolve(file.getKey())),
          file.getKey());
    }
    assertArrayEquals(
        CatalogFixtures.REPORT, Files.readAllBytes(version.resolve("compatibility-report.json")));
    assertTrue(
        read(version.resolve("waivers.json"))
            .contains("\"justification\": \"Consumers asked for a week of replay on 2026-03-01\""));

    CatalogIndex index = catalog(root()).index();
    assertEquals(List.of(request.entry()), index.latestEntries());
    assertEquals(CatalogIndex.FORMAT, index.format());
    assertEquals(
        index,
        CatalogJson.read(Files.readAllBytes(root().resolve("index.json")), CatalogIndex.class));
    assertTrue(
        read(root().resolve("index.js"))
            .startsWith(
                "window.DATAPRODUCT_CATALOG = {\n  \"format\": \"dataproduct-catalog/v1\""));
    assertEquals(
        List.of(
            "assets/catalog.css",
            "assets/catalog.js",
            "index.html",
            "index.js",
            "index.json",
            "lineage.html"),
        filesUnder(root()).stream()
            .filter(f -> !f.startsWith("products/") && !f.startsWith("."))
            .toList());
    assertEquals(List.of(), filesUnder(root().resolve(".staging")), "nothing left in staging");
  }

  @Test
  void theIndexListsVersionsInReleaseOrderWithTheNewestAsLatest() {
    DirectoryCatalog catalog = catalog(root());
    for (String version : List.of("1.10.0", "1.9.0", "2.0.0-rc1", "1.2.0")) {
      catalog.publish(product("sales", "orders", version, "id"));
    }

    CatalogIndex.Product orders = catalog.index().product("sales", "orders").orElseThrow();

    assertEquals(
        List.of("1.2.0", "1.9.0", "1.10.0", "2.0.0-rc1"),
        orders.versions().stream().map(CatalogEntry::version).toList());
    assertEquals("2.0.0-rc1", orders.latest());
  }

  @Test
  void publishingTheSameVersionWithTheSameContentAgainWritesNothingAndSaysSo() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    Map<String, String> before = snapshot(root());

    PublishResult again = catalog(root()).publish(orders("1.0.0"));

    assertEquals(Outcome.IDENTICAL, again.outcome());
    assertEquals(
        "sales/orders 1.0.0 is already published in "
            + root().resolve("products/sales/orders/1.0.0")
            + " with identical content; nothing to do",
        again.message());
    assertEquals(before, snapshot(root()));
  }

  @Test
  void publishingTheSameVersionWithOtherContentIsRefusedNamingEachFileAndChangesNothing()
      throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    Map<String, String> before = snapshot(root());
    PublishRequest changed = product("sales", "orders", "1.0.0", "orderId");
    SortedMap<String, byte[]> files = new TreeMap<>(changed.contractFiles());
    files.remove("contract.json");
    files.put("ports/events/key.avsc", "\"string\"\n".getBytes(StandardCharsets.UTF_8));

    PublishResult result =
        catalog(root())
            .publish(
                new PublishRequest(changed.entry(), files, changed.compatibilityReport(), false));

    assertEquals(Outcome.REFUSED, result.outcome());
    assertEquals(
        List.of(
            "contract.json is only in the published version",
            "ports/events/key.avsc is new in this build",
            "ports/events/value.avsc differs"),
        result.differences());
    assertEquals(
        "sales/orders 1.0.0 is already published in "
            + root().resolve("products/sales/orders/1.0.0")
            + " with other content: contract.json is only in the published version, ports/events/key.avsc is new in this build, "
            + "ports/events/value.avsc differs. A published version never changes; release a new version (a patch version for a fix)",
        result.message());
    assertEquals(List.of(), result.notes(), "nothing about the derived files it keeps");
    assertEquals(before, snapshot(root()));
  }

  @Test
  void aDifferentReportAloneKeepsThePublishedOneAndSaysSo() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    Map<String, String> before = snapshot(root());
    PublishRequest request = orders("1.0.0");
    byte[] otherReport = "{}\n".getBytes(StandardCharsets.UTF_8);

    PublishResult result =
        catalog(root())
            .publish(
                new PublishRequest(request.entry(), request.contractFiles(), otherReport, false));

    assertEquals(Outcome.IDENTICAL, result.outcome());
    assertEquals(
        List.of("kept the published compatibility-report.json; this build's differs"),
        result.notes());
    assertEquals(before, snapshot(root()));
  }

  @Test
  void aDryRunReportsWhatWouldBeWrittenAndWritesNothingNotEvenTheCatalog() throws IOException {
    PublishResult result = catalog(root()).publish(orders("1.0.0").asDryRun());

    assertEquals(Outcome.PUBLISHED, result.outcome());
    assertTrue(result.dryRun());
    assertEquals(7, result.files().size());
    assertEquals(
        "Dry run: would publish sales/orders 1.0.0 to "
            + root().resolve("products/sales/orders/1.0.0")
            + " (7 files); nothing was written",
        result.message());
    assertFalse(Files.exists(root()));
  }

  @Test
  void aDryRunOfAPublishedVersionComparesWithoutWriting() throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    Map<String, String> before = snapshot(root());

    PublishResult same =
        catalog(root()).publish(product("sales", "orders", "1.0.0", "id").asDryRun());
    PublishResult other =
        catalog(root()).publish(product("sales", "orders", "1.0.0", "orderId").asDryRun());
    PublishResult next =
        catalog(root()).publish(product("sales", "orders", "1.1.0", "id").asDryRun());

    assertEquals(Outcome.IDENTICAL, same.outcome());
    assertEquals(Outcome.REFUSED, other.outcome());
    assertEquals(List.of("ports/events/value.avsc differs"), other.differences());
    assertEquals(Outcome.PUBLISHED, next.outcome());
    assertEquals(before, snapshot(root()));
  }

  @Test
  void aCrashBeforeTheCommitLeavesThePreviousStateAndTheNextPublishCleansUp() throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    Map<String, String> before = snapshot(root());
    DirectoryCatalog crashing =
        new DirectoryCatalog(
            root(),
            BuildLog.silent(),
            TestWording.MAVEN_WORDS,
            () -> {
              throw new IllegalStateException("power cut");
            });

    assertThrows(
        IllegalStateException.class,
        () -> crashing.publish(product("sales", "orders", "1.1.0", "id")));

    assertEquals(
        1,
        filesUnder(root().resolve(".staging")).stream()
            .filter(f -> f.endsWith("/entry.json"))
            .count(),
        "the staged folder is left behind, as after a real crash");
    Map<String, String> after = snapshot(root());
    after.keySet().removeIf(path -> path.startsWith(".staging/") && !path.equals(".staging/"));
    assertEquals(before, after);
    assertFalse(Files.exists(root().resolve("products/sales/orders/1.1.0")));
    assertEquals(List.of("1.0.0"), versions(catalog(root())));

    PublishResult retry = catalog(root()).publish(product("sales", "orders", "1.1.0", "id"));

    assertEquals(Outcome.PUBLISHED, retry.outcome());
    assertEquals(List.of(), filesUnder(root().resolve(".staging")));
    assertEquals(List.of("1.0.0", "1.1.0"), versions(catalog(root())));
  }

  @Test
  void aLostIndexIsRebuiltFromTheVersionFoldersByTheNextPublish() throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    byte[] index = Files.readAllBytes(root().resolve("index.json"));
    Files.delete(root().resolve("index.json"));
    Files.delete(root().resolve("index.html"));
    Files.delete(root().resolve("products/sales/orders/1.0.0/index.html"));

    PublishResult result = catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));

    assertEquals(Outcome.IDENTICAL, result.outcome());
    assertArrayEquals(index, Files.readAllBytes(root().resolve("index.json")));
    assertTrue(Files.exists(root().resolve("index.html")));
    assertTrue(Files.exists(root().resolve("products/sales/orders/1.0.0/index.html")));
  }

  @Test
  void aVersionFolderWithABrokenEntryIsLeftOutOfTheIndexAndNamed() throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    Files.createDirectories(root().resolve("products/sales/orders/0.9.0"));
    Files.writeString(root().resolve("products/sales/orders/0.9.0/entry.json"), "{ not json");

    PublishResult result = catalog(root()).publish(product("sales", "orders", "1.1.0", "id"));

    assertEquals(List.of("1.0.0", "1.1.0"), versions(catalog(root())));
    assertEquals(1, result.notes().size());
    assertTrue(
        result
            .notes()
            .get(0)
            .startsWith(
                "left out of the index: products/sales/orders/0.9.0/entry.json cannot be read: "),
        result.notes().get(0));
  }

  @Test
  void theConsumerExportsBesideAProductsVersionsAreNotTakenForAVersion() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root())
        .publish(product("sales", "orders", "1.0.0", "id", reads("crm/customers", "events")));
    assertTrue(Files.isDirectory(root().resolve("products/crm/customers/consumers")));

    PublishResult result = catalog(root()).publish(product("crm", "customers", "1.1.0", "id"));

    assertEquals(List.of(), result.notes());
    assertEquals(
        List.of("1.0.0", "1.1.0"),
        catalog(root()).index().products().stream()
            .filter(p -> p.name().equals("customers"))
            .flatMap(p -> p.versions().stream())
            .map(CatalogEntry::version)
            .toList());
  }

  @Test
  void aCatalogPathThatCannotBeCreatedIsABuildErrorNamingIt() throws IOException {
    Path file = temp.resolve("not-a-directory");
    Files.writeString(file, "a regular file");
    Path root = file.resolve("catalog");

    BuildError error = assertThrows(BuildError.class, () -> catalog(root).publish(orders("1.0.0")));

    assertTrue(
        error
            .getMessage()
            .startsWith(
                "Cannot publish sales/orders 1.0.0: the catalog " + root + " cannot be created: "),
        error.getMessage());
    assertTrue(
        error.getMessage().endsWith("; set dataproduct.catalog to a directory you can write"),
        error.getMessage());
    assertEquals("a regular file", Files.readString(file));
  }

  @Test
  void aCatalogThatCannotBeWrittenIsABuildErrorAndStaysAsItWas() throws IOException {
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));
    Map<String, String> before;
    boolean permissionsEnforced = makeReadOnly(root());
    try {
      if (!permissionsEnforced) {
        // Running as root: permissions do not stop writes, so a file stands where staging goes.
        Files.delete(root().resolve(".staging"));
        Files.writeString(root().resolve(".staging"), "in the way");
      }
      before = snapshot(root());

      BuildError error =
          assertThrows(
              BuildError.class,
              () -> catalog(root()).publish(product("sales", "orders", "1.1.0", "id")));

      assertTrue(
          error
              .getMessage()
              .startsWith("Cannot publish sales/orders 1.1.0 to the catalog " + root() + ": "),
          error.getMessage());
      assertTrue(
          error
              .getMessage()
              .contains(
                  permissionsEnforced
                      ? "permission denied"
                      : "a file is in the way (" + root().resolve(".staging") + ")"),
          error.getMessage());
      assertTrue(
          error
              .getMessage()
              .endsWith(
                  "; the catalog is unchanged. Check that the directory is writable, or set "
                      + "dataproduct.catalog to another directory"),
          error.getMessage());
      assertEquals(before, snapshot(root()));
    } finally {
      makeWritable(root());
    }
  }

  @Test
  void namesThatWouldLeaveTheCatalogAreRefused() {
    PublishRequest ok = product("sales", "orders", "1.0.0", "id");
    CatalogEntry e = ok.entry();
    CatalogEntry badVersion =
        new CatalogEntry(
            e.domain(),
            e.name(),
            "../1.0.0",
            e.title(),
            e.description(),
            e.status(),
            e.classification(),
            e.owner(),
            e.tags(),
            e.ports(),
            e.inputPorts(),
            e.waivers(),
            List.of());
    CatalogEntry badDomain =
        new CatalogEntry(
            "../sales",
            e.name(),
            e.version(),
            e.title(),
            e.description(),
            e.status(),
            e.classification(),
            e.owner(),
            e.tags(),
            e.ports(),
            e.inputPorts(),
            e.waivers(),
            List.of());
    SortedMap<String, byte[]> escaping = new TreeMap<>(ok.contractFiles());
    escaping.put("../../../index.html", new byte[0]);

    BuildError version =
        assertThrows(
            BuildError.class,
            () ->
                catalog(root())
                    .publish(new PublishRequest(badVersion, ok.contractFiles(), null, false)));
    BuildError domain =
        assertThrows(
            BuildError.class,
            () ->
                catalog(root())
                    .publish(new PublishRequest(badDomain, ok.contractFiles(), null, false)));
    BuildError path =
        assertThrows(
            BuildError.class,
            () -> catalog(root()).publish(new PublishRequest(e, escaping, null, false)));

    assertEquals(
        "Cannot publish sales/orders: version \"../1.0.0\" cannot be a folder name in the catalog; "
            + "use letters, digits and . _ + - (such as 1.2.0)",
        version.getMessage());
    assertEquals(
        "Cannot publish: product domain \"../sales\" cannot be a folder name in the catalog; "
            + "use lower-kebab-case, such as sales",
        domain.getMessage());
    assertEquals(
        "Cannot publish sales/orders 1.0.0: contract file \"../../../index.html\" would land outside the version folder; "
            + "contract paths are relative, /-separated safe names",
        path.getMessage());
    assertFalse(Files.exists(root()));
  }

  private static List<String> versions(DirectoryCatalog catalog) {
    return catalog.index().products().stream()
        .flatMap(p -> p.versions().stream())
        .map(CatalogEntry::version)
        .toList();
  }

  /**
   * Makes the tree read-only; returns whether that stops this process from writing (not as root).
   */
  private static boolean makeReadOnly(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        p.toFile().setWritable(false, false);
      }
    }
    return !Files.isWritable(root);
  }

  private static void makeWritable(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        p.toFile().setWritable(true, true);
      }
    }
  }
}
