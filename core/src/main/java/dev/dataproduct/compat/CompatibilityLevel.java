package dev.dataproduct.compat;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven Schema Registry compatibility levels. BACKWARD: the new schema reads data written with
 * the previous one; FORWARD: the previous schema reads data written with the new one; FULL: both.
 * The plain forms compare with the latest previous version only, the {@code _TRANSITIVE} forms with
 * every previous version. NONE checks nothing.
 */
public enum CompatibilityLevel {
  NONE,
  BACKWARD,
  BACKWARD_TRANSITIVE,
  FORWARD,
  FORWARD_TRANSITIVE,
  FULL,
  FULL_TRANSITIVE;

  /** Whether this level compares with every previous version, not just the latest. */
  public boolean isTransitive() {
    return this == BACKWARD_TRANSITIVE || this == FORWARD_TRANSITIVE || this == FULL_TRANSITIVE;
  }

  /** Whether the new schema must read data written with the previous one(s). */
  public boolean checksBackward() {
    return this == BACKWARD
        || this == BACKWARD_TRANSITIVE
        || this == FULL
        || this == FULL_TRANSITIVE;
  }

  /** Whether the previous schema(s) must read data written with the new one. */
  public boolean checksForward() {
    return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
  }

  /**
   * Whether this level checks at least what {@code earlier} checked, so consumers who relied on
   * {@code earlier} keep their guarantee: no direction dropped, and transitive stays transitive.
   */
  public boolean keepsPromisesOf(CompatibilityLevel earlier) {
    return (!earlier.checksBackward() || checksBackward())
        && (!earlier.checksForward() || checksForward())
        && (!earlier.isTransitive() || isTransitive());
  }

  /** The level named {@code text}, ignoring case and surrounding blanks; empty when none is. */
  public static Optional<CompatibilityLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (CompatibilityLevel level : values()) {
      if (level.name().equals(wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
