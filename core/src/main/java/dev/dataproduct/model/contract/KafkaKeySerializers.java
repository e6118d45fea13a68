package dev.dataproduct.model.contract;

import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Kafka's own serializer of each primitive Avro type: how keys with key encoding {@code kafka} are
 * written. One list for reading released contracts, for the check's messages and for the generated
 * clients' Javadoc.
 */
public final class KafkaKeySerializers {

  private static final Map<Schema.Type, String> BY_TYPE =
      Map.of(
          Schema.Type.STRING, "StringSerializer",
          Schema.Type.BYTES, "ByteBufferSerializer",
          Schema.Type.INT, "IntegerSerializer",
          Schema.Type.LONG, "LongSerializer",
          Schema.Type.FLOAT, "FloatSerializer",
          Schema.Type.DOUBLE, "DoubleSerializer",
          Schema.Type.BOOLEAN, "BooleanSerializer");

  private KafkaKeySerializers() {}

  /**
   * The simple name of Kafka's serializer of {@code type}, e.g. {@code StringSerializer}; empty
   * when Kafka has none.
   */
  public static Optional<String> of(Schema.Type type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** Whether Kafka's own serializers write keys of {@code type}. */
  public static boolean writes(Schema.Type type) {
    return BY_TYPE.containsKey(type);
  }
}
