package dev.dataproduct.bench;

import dev.dataproduct.finding.Findings;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Loading and validating a whole product: the descriptor, its structure and rules, and every schema
 * file. Run with {@code benchmarks/jmh.sh ValidateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {

  @Param({"50:500", "5:20"})
  public String portsAndSchemas;

  private Path dir;
  private ValidationRequest request;

  @Setup(Level.Trial)
  public void writeProduct() throws IOException {
    String[] sizes = portsAndSchemas.split(":");
    dir =
        SyntheticProduct.write(
            Files.createTempDirectory("dataproduct-bench"),
            Integer.parseInt(sizes[0]),
            Integer.parseInt(sizes[1]));
    request =
        ValidationRequest.of(
            dir, dir.resolve("dataproduct.yaml"), dir.resolve("src/main/avro"), "1.0.0");
    ValidationResult sanity =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS).validate(request);
    if (sanity.hasErrors() || sanity.schemaCount() != Integer.parseInt(sizes[1])) {
      throw new IllegalStateException(
          "the synthetic product should be valid: " + sanity.findings());
    }
  }

  @TearDown(Level.Trial)
  public void deleteProduct() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public ValidationResult validateProduct() {
    return new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS).validate(request);
  }

  @Benchmark
  public SchemaSet loadSchemasOnly() throws IOException {
    return SchemaSet.load(dir.resolve("src/main/avro"), dir, Findings.withDefaults());
  }
}
