package dev.dataproduct.compat;

import java.util.List;

/**
 * The verdict of {@link AvroCompatibility#check}: every incompatibility found, ordered by previous
 * version (oldest first), then BACKWARD before FORWARD, then in schema order.
 */
public record CompatibilityResult(List<Incompatibility> incompatibilities) {

  static final CompatibilityResult COMPATIBLE = new CompatibilityResult(List.of());

  public CompatibilityResult {
    incompatibilities = List.copyOf(incompatibilities);
  }

  public boolean compatible() {
    return incompatibilities.isEmpty();
  }
}
