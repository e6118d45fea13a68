package dev.dataproduct.bench;

import dev.dataproduct.logic.export.ExportFixtures;
import dev.dataproduct.logic.export.ExportSettings;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.FileTrees;
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
 * Writing every export of a product in the open standards (an ODCS file per port, ODPS, AsyncAPI,
 * OpenLineage), in memory, as generate packs them: the benchmarks' product with families of
 * records. Run with {@code benchmarks/jmh.sh ExportsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportsBenchmark {

  @Param({"100"})
  public int ports;

  private Path dir;
  private Contract contract;

  @Setup(Level.Trial)
  public void buildContract() throws IOException {
    dir =
        SyntheticProduct.write(
            Files.createTempDirectory("dataproduct-bench"),
            ports,
            ports,
            SyntheticProduct.Shape.FAMILIES);
    contract = ExportFixtures.contract(dir, "1.0.0");
  }

  @TearDown(Level.Trial)
  public void deleteProduct() throws IOException {
    FileTrees.deleteTree(dir);
  }

  @Benchmark
  public int writeAllExports() {
    return Exports.files(contract, List.of(), ExportSettings.NONE).values().stream()
        .mapToInt(bytes -> bytes.length)
        .sum();
  }
}
