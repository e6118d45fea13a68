package dev.dataproduct.compat;

import java.util.Objects;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * One reason the candidate schema is incompatible with one previous version.
 *
 * @param direction which way the data flows that cannot be read
 * @param previousIndex index of the previous version in the list given to {@link
 *     AvroCompatibility#check}, 0 = oldest
 * @param type Avro's kind of incompatibility, or {@code null} when Avro could not compare the two
 *     schemas at all (the message says why)
 * @param message what is wrong, naming the record, field and types involved
 * @param hint how to fix it
 * @param location where in the candidate schema
 */
public record Incompatibility(
    Direction direction,
    int previousIndex,
    SchemaIncompatibilityType type,
    String message,
    String hint,
    SchemaLocation location) {

  public Incompatibility {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(location, "location");
  }

  /** The same incompatibility against another previous version that has the same schema. */
  Incompatibility withPreviousIndex(int index) {
    return new Incompatibility(direction, index, type, message, hint, location);
  }
}
