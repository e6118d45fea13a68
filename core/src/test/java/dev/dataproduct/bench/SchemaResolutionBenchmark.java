package dev.dataproduct.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

/**
 * Deserializing with schema resolution: records written by the previous release (the 20-field
 * record without its last field) read into the current class. The generated codec finds the writer
 * schema by the record's fingerprint and keeps one resolving reader per writer schema; the floor is
 * Avro's {@code SpecificDatumReader} built once for that writer and reader. Target: generated at
 * least 0.8× the floor's throughput. Run with {@code benchmarks/jmh.sh SchemaResolutionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaResolutionBenchmark {

  private Function<byte[], Object> generatedDecoder;
  private Function<byte[], Object> floorDecoder;
  private byte[] singleObject;
  private byte[] bare;

  @Setup(Level.Trial)
  public void generateAndCompile() {
    GeneratedMeasurements product = GeneratedMeasurements.build();
    bare = product.writtenWith(product.olderSchema(), product.sample());
    singleObject = GeneratedMeasurements.singleObject(product.olderSchema(), bare);
    generatedDecoder = product.generatedDecoder();
    floorDecoder = product.floorDecoder(product.olderSchema());
    GeneratedMeasurements.requireEqual(
        floorDecoder.apply(bare),
        generatedDecoder.apply(singleObject),
        "the generated codec, resolving");
  }

  @Benchmark
  public Object deserializeResolvingGenerated() {
    return generatedDecoder.apply(singleObject);
  }

  @Benchmark
  public Object deserializeResolvingFloor() {
    return floorDecoder.apply(bare);
  }
}
