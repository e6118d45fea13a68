package dev.dataproduct.goal;

import dev.dataproduct.bench.SyntheticProduct;
import dev.dataproduct.logic.codegen.CodegenOptions;
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
 * validate, generate and check of one clean build (issue 10: "check reads each baseline once and
 * validates each input once per build"), on a synthetic product released once before. {@code
 * shareValidation=false} is the build before the per-build validation: every goal validated for
 * itself (the baseline was already kept per project). Run with {@code benchmarks/jmh.sh
 * GoalsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class GoalsBenchmark {

  @Param({"5:20", "20:200"})
  public String portsAndSchemas;

  @Param({"true", "false"})
  public boolean shareValidation;

  private Path dir;
  private Path releases;

  @Setup(Level.Trial)
  public void releaseTheProduct() throws IOException {
    String[] sizes = portsAndSchemas.split(":");
    Path root = Files.createTempDirectory("dataproduct-goals-bench");
    dir =
        SyntheticProduct.write(
            root.resolve("synthetic"), Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
    releases = root.resolve("releases");
    GoalProjects.release(new DirectoryProject(dir, "synthetic", "1.0.0", releases));
  }

  @Setup(Level.Invocation)
  public void cleanBuild() throws IOException {
    delete(dir.resolve("target/dataproduct")); // no validation remembered on disk: a clean build
  }

  @TearDown(Level.Trial)
  public void deleteProduct() throws IOException {
    delete(dir.getParent());
  }

  @Benchmark
  public GoalOutcome validateGenerateCheck() {
    DirectoryProject build = new DirectoryProject(dir, "synthetic", "1.1.0", releases);
    build.keepValidations = shareValidation;
    new ValidateGoal(build).run(build.files(), GoalProjects.defaults());
    new GenerateGoal(build)
        .run(build.files(), dir.resolve("target/generated-sources"), CodegenOptions.defaults(), "");
    GoalOutcome checked =
        new CheckGoal(build)
            .run(build.files(), GoalProjects.defaults(), dir.resolve("target/catalog"), true);
    if (!checked.judged() || !checked.findings().isEmpty()) {
      throw new IllegalStateException("the product should pass its check: " + checked.findings());
    }
    return checked;
  }

  private static void delete(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
