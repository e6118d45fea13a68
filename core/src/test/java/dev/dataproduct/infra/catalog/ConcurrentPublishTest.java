package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.filesUnder;
import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishers racing for one catalog, as threads of one build and as separate builds, lose nothing.
 */
class ConcurrentPublishTest {

  private static final int THREADS = 8;
  private static final int VERSIONS = 5;

  @TempDir Path temp;

  @Test
  void eightThreadsPublishingDifferentProductsAndVersionsLoseNothing() throws Exception {
    Path root = temp.resolve("catalog");
    List<Outcome> outcomes =
        race(
            THREADS,
            thread ->
                () -> {
                  List<Outcome> mine = new ArrayList<>();
                  for (int v = 0; v < VERSIONS; v++) {
                    mine.add(
                        catalog(root)
                            .publish(product("domain-" + thread, "events", "1." + v + ".0", "id"))
                            .outcome());
                    mine.add(
                        catalog(root)
                            .publish(product("shared", "product-" + thread, "1." + v + ".0", "id"))
                            .outcome());
                  }
                  return mine;
                });

    assertEquals(Map.of(Outcome.PUBLISHED, (long) THREADS * VERSIONS * 2), count(outcomes));
    CatalogIndex index = catalog(root).index();
    assertEquals(THREADS * 2, index.products().size());
    assertEquals(THREADS * VERSIONS * 2, index.versionCount());
    assertEquals(
        index,
        CatalogJson.read(Files.readAllBytes(root.resolve("index.json")), CatalogIndex.class),
        "the index on disk is the last publisher's, and it has everything");
    String html = Files.readString(root.resolve("index.html"), StandardCharsets.UTF_8);
    assertEquals(THREADS * 2, html.split("class=\"product-card\"", -1).length - 1);
    assertEquals(List.of(), filesUnder(root.resolve(".staging")));
  }

  @Test
  void eightThreadsPublishingTheSameVersionGiveOneWinnerAndIdenticalNoOps() throws Exception {
    Path root = temp.resolve("catalog");
    List<Outcome> outcomes =
        race(
            THREADS,
            thread ->
                () ->
                    List.of(
                        catalog(root)
                            .publish(product("sales", "orders", "1.0.0", "id"))
                            .outcome()));

    assertEquals(
        Map.of(Outcome.PUBLISHED, 1L, Outcome.IDENTICAL, (long) THREADS - 1), count(outcomes));
    assertEquals(1, catalog(root).index().versionCount());
  }

  @Test
  void eightThreadsPublishingTheSameVersionWithDifferentContentGiveOneWinnerAndRefusals()
      throws Exception {
    Path root = temp.resolve("catalog");
    List<Outcome> outcomes =
        race(
            THREADS,
            thread ->
                () ->
                    List.of(
                        catalog(root)
                            .publish(product("sales", "orders", "1.0.0", "field" + thread))
                            .outcome()));

    assertEquals(
        Map.of(Outcome.PUBLISHED, 1L, Outcome.REFUSED, (long) THREADS - 1), count(outcomes));
  }

  @Test
  void buildsInSeparateProcessesAndThreadsPublishingAtOnceLoseNothing() throws Exception {
    Path root = temp.resolve("catalog");
    int processes = 3;
    int perProcess = 8;
    List<Process> children = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      children.add(
          new ProcessBuilder(
                  javaExecutable(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  PublishFromAnotherProcess.class.getName(),
                  root.toString(),
                  "process-" + p,
                  String.valueOf(perProcess))
              // Stdout carries the outcomes; stderr (class-path warnings, failures) goes to a file
              // for the message.
              .redirectError(temp.resolve("process-" + p + ".err").toFile())
              .start());
    }
    List<Outcome> outcomes =
        new ArrayList<>(
            race(
                THREADS,
                thread ->
                    () -> {
                      List<Outcome> mine = new ArrayList<>();
                      for (int v = 0; v < perProcess; v++) {
                        mine.add(
                            catalog(root)
                                .publish(
                                    product("thread-" + thread, "events", "1." + v + ".0", "id"))
                                .outcome());
                      }
                      mine.add(
                          catalog(root)
                              .publish(product("shared", "common", "1.0.0", "id"))
                              .outcome());
                      return mine;
                    }));
    for (int p = 0; p < processes; p++) {
      Process child = children.get(p);
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(120, TimeUnit.SECONDS), "a publisher process did not finish");
      assertEquals(
          0, child.exitValue(), output + Files.readString(temp.resolve("process-" + p + ".err")));
      output.lines().forEach(line -> outcomes.add(Outcome.valueOf(line.strip())));
    }

    int publishers = processes + THREADS;
    assertEquals(
        Map.of(
            Outcome.PUBLISHED,
            (long) publishers * perProcess + 1,
            Outcome.IDENTICAL,
            (long) publishers - 1),
        count(outcomes));
    CatalogIndex index = catalog(root).index();
    assertEquals(publishers * perProcess + 1, index.versionCount());
    assertEquals(
        new TreeSet<>(index.products().stream().map(CatalogIndex.Product::qualifiedName).toList()),
        new TreeSet<>(
            CatalogJson.read(Files.readAllBytes(root.resolve("index.json")), CatalogIndex.class)
                .products()
                .stream()
                .map(CatalogIndex.Product::qualifiedName)
                .toList()));
    assertEquals(
        index.versionCount(),
        CatalogJson.read(Files.readAllBytes(root.resolve("index.json")), CatalogIndex.class)
            .versionCount());
  }

  /** Runs {@code threads} tasks released at the same moment and gathers their outcomes. */
  private static List<Outcome> race(int threads, Function<Integer, Callable<List<Outcome>>> task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<Outcome>> work = task.apply(t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<List<Outcome>> future : futures) {
        outcomes.addAll(future.get(120, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<Outcome, Long> count(List<Outcome> outcomes) {
    return outcomes.stream()
        .collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
