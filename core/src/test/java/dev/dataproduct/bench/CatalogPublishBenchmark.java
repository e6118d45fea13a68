package dev.dataproduct.bench;

import dev.dataproduct.infra.catalog.CatalogFixtures;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.infra.catalog.PublishResult;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing one new version into a directory catalog that already holds {@code products} products
 * (each reading the one before, so the lineage has edges): staging, the atomic commit, and
 * rewriting the index and every page that changed. Re-publishing an identical version is measured
 * too. Run with {@code benchmarks/jmh.sh CatalogPublishBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogPublishBenchmark {

  @Param({"10", "100", "300"})
  public int products;

  private Path root;
  private DirectoryCatalog catalog;
  private PublishRequest newVersion;
  private PublishRequest published;

  @Setup(Level.Trial)
  public void fillCatalog() throws IOException {
    root = Files.createTempDirectory("dataproduct-catalog-bench");
    catalog = new DirectoryCatalog(root, BuildLog.silent(), TestWording.MAVEN_WORDS);
    for (int i = 0; i < products; i++) {
      PublishRequest request =
          i == 0
              ? CatalogFixtures.product("bench", "product-0", "1.0.0", "id")
              : CatalogFixtures.product(
                  "bench",
                  "product-" + i,
                  "1.0.0",
                  "id",
                  CatalogFixtures.reads("bench/product-" + (i - 1), "events"));
      catalog.publish(request);
      published = request;
    }
    newVersion = CatalogFixtures.product("bench", "product-0", "2.0.0", "id");
  }

  @TearDown(Level.Invocation)
  public void removeNewVersion() throws IOException {
    FileTrees.deleteTree(root.resolve("products/bench/product-0/2.0.0"));
  }

  @TearDown(Level.Trial)
  public void deleteCatalog() throws IOException {
    FileTrees.deleteTree(root);
  }

  @Benchmark
  public PublishResult publishANewVersion() {
    return check(catalog.publish(newVersion), PublishResult.Outcome.PUBLISHED);
  }

  @Benchmark
  public PublishResult republishAnIdenticalVersion() {
    return check(catalog.publish(published), PublishResult.Outcome.IDENTICAL);
  }

  private static PublishResult check(PublishResult result, PublishResult.Outcome expected) {
    if (result.outcome() != expected) {
      throw new IllegalStateException("expected " + expected + ": " + result.message());
    }
    return result;
  }
}
