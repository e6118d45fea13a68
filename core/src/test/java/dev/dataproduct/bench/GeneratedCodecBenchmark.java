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
 * Serializing and deserializing a 20-field record through the generated code (the single-object
 * codec that the generated producer and consumer use: header, fingerprint lookup, a fresh value per
 * record) against the floor of Avro's {@code SpecificDatumWriter} and {@code SpecificDatumReader}
 * on the same generated class, with encoder, decoder and buffer reused and no header. Targets:
 * generated at least 0.9× the floor's throughput. Run with {@code benchmarks/jmh.sh
 * GeneratedCodecBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneratedCodecBenchmark {

  private Object value;
  private Function<Object, byte[]> generatedEncoder;
  private Function<Object, byte[]> floorEncoder;
  private Function<byte[], Object> generatedDecoder;
  private Function<byte[], Object> floorDecoder;
  private byte[] singleObject;
  private byte[] bare;

  @Setup(Level.Trial)
  public void generateAndCompile() {
    GeneratedMeasurements product = GeneratedMeasurements.build();
    value = product.sample();
    generatedEncoder = product.generatedEncoder();
    floorEncoder = product.floorEncoder();
    generatedDecoder = product.generatedDecoder();
    floorDecoder = product.floorDecoder(product.currentSchema());
    singleObject = generatedEncoder.apply(value);
    bare = floorEncoder.apply(value);
    GeneratedMeasurements.requireEqual(
        value, generatedDecoder.apply(singleObject), "the generated codec");
    GeneratedMeasurements.requireEqual(value, floorDecoder.apply(bare), "the floor");
  }

  @Benchmark
  public byte[] serializeGenerated() {
    return generatedEncoder.apply(value);
  }

  @Benchmark
  public byte[] serializeFloor() {
    return floorEncoder.apply(value);
  }

  @Benchmark
  public Object deserializeGenerated() {
    return generatedDecoder.apply(singleObject);
  }

  @Benchmark
  public Object deserializeFloor() {
    return floorDecoder.apply(bare);
  }
}
