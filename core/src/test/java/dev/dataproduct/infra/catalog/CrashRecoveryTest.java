package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.filesUnder;
import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real crashes: a publisher in another JVM is killed with SIGKILL ({@code Process.destroyForcibly})
 * at a fixed point of its publish, and the next publish, of another product, repairs the catalog.
 */
class CrashRecoveryTest {

  @TempDir Path temp;

  @Test
  void aPublisherKilledAfterItsCommitLeavesAVersionThatTheNextPublishOfAnotherProductIndexes()
      throws Exception {
    Path root = temp.resolve("catalog");
    catalog(root).publish(product("sales", "orders", "1.0.0", "id"));

    killPublisherAt(root, "after-commit");

    // The crash left what the issue describes: a complete version folder that no page lists.
    assertTrue(Files.isRegularFile(root.resolve("products/sales/orders/1.1.0/entry.json")));
    assertTrue(
        Files.isRegularFile(
            root.resolve("products/sales/orders/1.1.0/contract/ports/events/value.avsc")));
    assertFalse(
        Files.exists(root.resolve("products/sales/orders/1.1.0/index.html")),
        "the crash came before the pages");
    assertFalse(
        read(root.resolve("index.json")).contains("\"1.1.0\""), "the crash came before the index");
    assertTrue(read(root.resolve("index.html")).contains("products/sales/orders/1.0.0/index.html"));

    PublishResult other = catalog(root).publish(product("crm", "customers", "1.0.0", "id"));

    assertEquals(Outcome.PUBLISHED, other.outcome());
    assertEquals(
        List.of(
            "indexed sales/orders 1.1.0, whose complete folder no page listed: a publish stopped before it updated the index"),
        other.notes());
    CatalogIndex index =
        CatalogJson.read(Files.readAllBytes(root.resolve("index.json")), CatalogIndex.class);
    assertEquals(
        List.of("1.0.0", "1.1.0"),
        index.product("sales", "orders").orElseThrow().versions().stream()
            .map(CatalogEntry::version)
            .toList());
    assertEquals("1.1.0", index.product("sales", "orders").orElseThrow().latest());
    String html = read(root.resolve("index.html"));
    assertTrue(
        html.contains("products/sales/orders/1.1.0/index.html"),
        "index.html does not link the repaired version");
    assertTrue(html.contains("products/crm/customers/1.0.0/index.html"));
    assertTrue(read(root.resolve("products/sales/orders/1.1.0/index.html")).contains("1.1.0"));
    assertTrue(
        read(root.resolve("products/sales/orders/index.html")).contains("1.1.0/index.html"),
        "the product page points at the newest version");
    assertTrue(read(root.resolve("index.js")).contains("\"1.1.0\""));

    // Repaired once: the next publish has nothing left to say.
    assertEquals(
        List.of(), catalog(root).publish(product("crm", "customers", "1.1.0", "id")).notes());
  }

  @Test
  void
      aPublisherKilledWhileStagingChangesNothingAndTheNextPublishOfAnotherProductRemovesItsLeftovers()
          throws Exception {
    Path root = temp.resolve("catalog");
    catalog(root).publish(product("sales", "orders", "1.0.0", "id"));
    String indexBefore = read(root.resolve("index.json"));

    killPublisherAt(root, "before-commit");

    assertFalse(Files.exists(root.resolve("products/sales/orders/1.1.0")));
    assertTrue(
        filesUnder(root.resolve(".staging")).stream().anyMatch(f -> f.endsWith("/entry.json")),
        "the staged folder stays behind");
    assertEquals(indexBefore, read(root.resolve("index.json")));

    PublishResult other = catalog(root).publish(product("crm", "customers", "1.0.0", "id"));

    assertEquals(Outcome.PUBLISHED, other.outcome());
    assertEquals(
        List.of(
            "removed 1 incomplete file or folder in .staging, left by a publish that stopped before its commit"),
        other.notes());
    assertEquals(List.of(), filesUnder(root.resolve(".staging")));
    assertEquals(
        List.of("crm/customers", "sales/orders"),
        catalog(root).index().products().stream()
            .map(CatalogIndex.Product::qualifiedName)
            .toList());
    assertEquals(
        1, catalog(root).index().product("sales", "orders").orElseThrow().versions().size());
  }

  @Test
  void aRefusedPublishStillRepairsWhatACrashLeft() throws Exception {
    Path root = temp.resolve("catalog");
    catalog(root).publish(product("sales", "orders", "1.0.0", "id"));
    killPublisherAt(root, "after-commit");

    PublishResult refused = catalog(root).publish(product("sales", "orders", "1.0.0", "another"));

    assertEquals(Outcome.REFUSED, refused.outcome());
    assertEquals(List.of("ports/events/value.avsc differs"), refused.differences());
    assertTrue(
        refused
            .notes()
            .contains(
                "indexed sales/orders 1.1.0, whose complete folder no page listed: a publish stopped before it updated the index"),
        refused.notes().toString());
    assertTrue(read(root.resolve("index.html")).contains("products/sales/orders/1.1.0/index.html"));
  }

  /**
   * Starts a publisher of sales/orders 1.1.0 in another JVM and kills it with SIGKILL when it
   * reaches {@code point}.
   */
  private void killPublisherAt(Path root, String point) throws IOException, InterruptedException {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PublishAndWaitToBeKilled.class.getName(),
                root.toString(),
                point)
            .redirectError(temp.resolve(point + ".err").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertEquals(
          "stopped " + point,
          line,
          () -> "the publisher did not reach " + point + ": " + stderr(point));
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed publisher did not end");
    }
    assertEquals(137, child.exitValue(), "ended by SIGKILL (128 + 9)");
  }

  private String stderr(String point) {
    try {
      return Files.readString(temp.resolve(point + ".err"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
