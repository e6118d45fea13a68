package dev.dataproduct.logic.codegen;

import dev.dataproduct.bench.SyntheticProduct;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.schema.SchemaFile;
import dev.dataproduct.model.schema.SchemaSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
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
 * Rendering the Avro classes of a product: {@link AvroClasses} (one compiler, templates cached)
 * against Avro's compiler as avro-maven-plugin 1.12's {@code schema} goal runs it (one compiler for
 * the parsed schemas, Velocity's template cache off, so the templates are parsed again for every
 * class). Both write the same bytes ({@code AvroClassesTest}). In this package because {@link
 * AvroClasses} is internal to it. Run with {@code benchmarks/jmh.sh AvroGenerationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvroGenerationBenchmark {

  @Param({"100"})
  public int schemas;

  private Path dir;
  private List<Schema> fileSchemas;

  @Setup(Level.Trial)
  public void writeProduct() throws IOException {
    dir = SyntheticProduct.write(Files.createTempDirectory("dataproduct-bench"), 1, schemas);
    SchemaSet set = SchemaSet.load(dir.resolve("src/main/avro"), dir, Findings.withDefaults());
    fileSchemas = set.files().stream().map(SchemaFile::schema).flatMap(Optional::stream).toList();
    if (fileSchemas.size() != schemas) {
      throw new IllegalStateException("every synthetic schema should load: " + fileSchemas.size());
    }
  }

  @TearDown(Level.Trial)
  public void deleteProduct() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public Map<String, byte[]> dataproductGenerate() {
    return AvroClasses.render(fileSchemas, CodegenOptions.defaults());
  }

  @Benchmark
  public int avroCompilerUncached() throws IOException {
    Path out = Files.createTempDirectory("dataproduct-bench-avro");
    try {
      SpecificCompiler compiler = new SpecificCompiler(fileSchemas);
      CodegenOptions.defaults().configure(compiler);
      compiler.compileToDestination(null, out.toFile());
      try (Stream<Path> files = Files.walk(out)) {
        return (int) files.filter(Files::isRegularFile).count();
      }
    } finally {
      try (Stream<Path> files = Files.walk(out)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
