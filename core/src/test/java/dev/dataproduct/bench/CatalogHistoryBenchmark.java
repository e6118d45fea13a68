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
import java.util.List;
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
 * Publishing the next version of a product that has {@code versions} versions in the catalog
 * already: every version page is rendered again, and at a transitive level each one's verdict reads
 * the previous version's published contract with its whole schema history. Run with {@code
 * benchmarks/jmh.sh CatalogHistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogHistoryBenchmark {

  @Param({"10", "50"})
  public int versions;

  @Param({"BACKWARD", "BACKWARD_TRANSITIVE"})
  public String compatibility;

  private Path root;
  private DirectoryCatalog catalog;
  private PublishRequest next;

  @Setup(Level.Trial)
  public void fillCatalog() throws IOException {
    root = Files.createTempDirectory("dataproduct-catalog-history-bench");
    catalog = new DirectoryCatalog(root, BuildLog.silent(), TestWording.MAVEN_WORDS);
    List<PublishRequest> releases = CatalogFixtures.ordersReleases(versions + 1, compatibility);
    releases.subList(0, versions).forEach(catalog::publish);
    next = releases.get(versions);
  }

  @TearDown(Level.Invocation)
  public void removeNextVersion() throws IOException {
    FileTrees.deleteTree(root.resolve("products/sales/orders/" + next.entry().version()));
  }

  @TearDown(Level.Trial)
  public void deleteCatalog() throws IOException {
    FileTrees.deleteTree(root);
  }

  @Benchmark
  public PublishResult publishTheNextVersion() {
    PublishResult result = catalog.publish(next);
    if (result.outcome() != PublishResult.Outcome.PUBLISHED) {
      throw new IllegalStateException("expected PUBLISHED: " + result.message());
    }
    return result;
  }
}
