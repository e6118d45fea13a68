package dev.dataproduct.bench;

import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.compat.CompatibilityResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The wire check of {@code dataproduct:check} at scale: 200 ports with 20 released versions each,
 * at FULL_TRANSITIVE, against the floor of calling Avro's {@link SchemaCompatibility} directly on
 * the same pairs in both directions. Each release adds an optional field, so every pair is
 * compatible and both sides do all of their work. Run with {@code benchmarks/jmh.sh
 * CompatibilityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompatibilityBenchmark {

  private static final int PORTS = 200;
  private static final int RELEASES = 20;

  private final List<Schema> candidates = new ArrayList<>();
  private final List<List<Schema>> histories = new ArrayList<>();

  @Setup(Level.Trial)
  public void buildHistories() {
    for (int port = 0; port < PORTS; port++) {
      List<Schema> versions = new ArrayList<>();
      // Parse every version separately, as the check does when it reads them from jars.
      for (int release = 0; release <= RELEASES; release++) {
        versions.add(new Schema.Parser().parse(schema(port, release)));
      }
      candidates.add(versions.remove(RELEASES));
      histories.add(versions);
    }
  }

  @Benchmark
  public void dataproductCheck(Blackhole sink) {
    for (int port = 0; port < PORTS; port++) {
      CompatibilityResult result =
          AvroCompatibility.check(
              candidates.get(port), histories.get(port), CompatibilityLevel.FULL_TRANSITIVE);
      if (!result.compatible()) {
        throw new IllegalStateException("the synthetic history should be compatible");
      }
      sink.consume(result);
    }
  }

  @Benchmark
  public void avroSchemaCompatibilityFloor(Blackhole sink) {
    for (int port = 0; port < PORTS; port++) {
      Schema candidate = candidates.get(port);
      for (Schema previous : histories.get(port)) {
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(candidate, previous);
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(previous, candidate);
        if (backward.getType() != SchemaCompatibilityType.COMPATIBLE
            || forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
          throw new IllegalStateException("the synthetic history should be compatible");
        }
        sink.consume(backward);
        sink.consume(forward);
      }
    }
  }

  /**
   * Port {@code port}'s value schema as of release {@code release}: ten fields plus one per
   * release.
   */
  static String schema(int port, int release) {
    StringBuilder fields = new StringBuilder();
    fields.append("{\"name\": \"id\", \"type\": \"string\"}");
    for (int f = 0; f < 10; f++) {
      fields
          .append(", {\"name\": \"base")
          .append(f)
          .append("\", \"type\": ")
          .append(f % 2 == 0 ? "\"long\"" : "[\"null\", \"string\"], \"default\": null")
          .append("}");
    }
    fields
        .append(", {\"name\": \"address\", \"type\": {\"type\": \"record\", \"name\": \"Address")
        .append(port)
        .append(
            "\", \"fields\": [{\"name\": \"city\", \"type\": \"string\"}, {\"name\": \"zip\", \"type\": \"string\"}]}}");
    for (int r = 1; r <= release; r++) {
      fields
          .append(", {\"name\": \"added")
          .append(r)
          .append("\", \"type\": [\"null\", \"string\"], \"default\": null}");
    }
    return "{\"type\": \"record\", \"name\": \"Port"
        + port
        + "Value\", \"namespace\": \"com.example.bench\", \"fields\": ["
        + fields
        + "]}";
  }
}
