package dataproduct.bench.measurements;

import com.example.bench.Measurement;
import com.example.bench.Quality;
import dataproduct.bench.measurements.runtime.SingleObjectCodec;
import dataproduct.bench.measurements.runtime.WriterSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The codecs the benchmarks compare, compiled with the generated sources so that each is called
 * through the same interface: the generated single-object codec, and the floor, Avro's
 * SpecificDatumWriter and SpecificDatumReader with their encoder, decoder and buffer reused. Each
 * function is for one thread.
 */
public final class BenchCodecs {

  private BenchCodecs() {}

  /** The codec the generated producer and consumer use; it reads values written with {@code older} too. */
  public static SingleObjectCodec<Measurement> generated(Schema older) {
    return new SingleObjectCodec<>(Measurement.class, Measurement.getClassSchema(), WriterSchemas.of(older));
  }

  public static Function<Object, byte[]> generatedEncoder(Schema older) {
    SingleObjectCodec<Measurement> codec = generated(older);
    return value -> codec.encode((Measurement) value);
  }

  public static Function<byte[], Object> generatedDecoder(Schema older) {
    SingleObjectCodec<Measurement> codec = generated(older);
    return codec::decode;
  }

  public static Function<Object, byte[]> floorEncoder() {
    SpecificDatumWriter<Measurement> writer = new SpecificDatumWriter<>(Measurement.getClassSchema(), model());
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    BinaryEncoder[] encoder = {null};
    return value -> {
      out.reset();
      encoder[0] = EncoderFactory.get().binaryEncoder(out, encoder[0]);
      try {
        writer.write((Measurement) value, encoder[0]);
        encoder[0].flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    };
  }

  /**
   * The class's logical-type conversions with its class loader: in this benchmark the class is not
   * on the application class path, which the class's own model would look in.
   */
  private static SpecificData model() {
    SpecificData model = new SpecificData(Measurement.class.getClassLoader());
    SpecificData.getForClass(Measurement.class).getConversions().forEach(model::addLogicalTypeConversion);
    return model;
  }

  /** Reads the bare Avro binary (no header) written with {@code writer} into Measurement. */
  public static Function<byte[], Object> floorDecoder(Schema writerSchema) {
    SpecificDatumReader<Measurement> reader = new SpecificDatumReader<>(writerSchema, Measurement.getClassSchema(), model());
    BinaryDecoder[] decoder = {null};
    return bytes -> {
      decoder[0] = DecoderFactory.get().binaryDecoder(bytes, decoder[0]);
      try {
        // No object reuse: the generated consumer hands out a new value per record, so the floor does too.
        return reader.read(null, decoder[0]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** A measurement with every field set. */
  public static Measurement sample() {
    return Measurement.newBuilder()
        .setId("m-000000123456").setSensorId("sensor-0042").setSite("hamburg-port-7").setUnit("celsius").setFirmware("4.2.17")
        .setSequence(123_456_789L).setTakenAt(Instant.ofEpochMilli(1_764_590_400_000L)).setReceivedAt(1_764_590_400_250L)
        .setValue(21.375).setError(0.05).setBattery(0.87f).setRssi(-67).setChannel(11).setRetries(0).setCalibrated(true)
        .setQuality(Quality.GOOD).setNote("checked on site").setOperator(null).setTags(List.of("outdoor", "pier", "v2"))
        .setGateway("gw-3")
        .build();
  }

  /** {@code value} written with {@code writerSchema} (fields matched by name), bare Avro binary. */
  public static byte[] writtenWith(Schema writerSchema, Object value) {
    Measurement measurement = (Measurement) value;
    GenericRecord record = new GenericData.Record(writerSchema);
    for (Schema.Field field : writerSchema.getFields()) {
      Object fieldValue = measurement.get(field.name());
      record.put(field.name(), fieldValue instanceof Instant instant ? instant.toEpochMilli()
          : fieldValue instanceof Quality quality ? new GenericData.EnumSymbol(field.schema(), quality.name()) : fieldValue);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<GenericRecord>(writerSchema).write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
