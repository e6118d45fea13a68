package dev.dataproduct.descriptor.yaml;

import dev.dataproduct.finding.SourcePosition;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A scalar with the type YAML resolved for it (a quoted scalar is always a string).
 *
 * @param text the scalar's text as written, {@code null} for YAML null
 * @param kind what YAML resolved the text to
 * @param position where the scalar starts
 */
public record YamlScalar(String text, Kind kind, SourcePosition position) implements YamlNode {

  /** The resolved type of a scalar. */
  public enum Kind {
    NULL("null"),
    BOOLEAN("boolean"),
    INTEGER("integer"),
    FLOAT("number"),
    STRING("string");

    private final String typeName;

    Kind(String typeName) {
      this.typeName = typeName;
    }

    public String typeName() {
      return typeName;
    }
  }

  @Override
  public String typeName() {
    return kind.typeName();
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.FLOAT;
  }

  /** The text when this is a string scalar. */
  public Optional<String> asString() {
    return kind == Kind.STRING ? Optional.of(text) : Optional.empty();
  }

  /** The value when this is an integer or float scalar (YAML forms such as {@code 0x1F} included). */
  public Optional<BigDecimal> asNumber() {
    if (!isNumber()) {
      return Optional.empty();
    }
    try {
      String t = text.replace("_", "");
      if (kind == Kind.INTEGER && (t.startsWith("0x") || t.startsWith("0o"))) {
        return Optional.of(new BigDecimal(new java.math.BigInteger(t.substring(2), t.startsWith("0x") ? 16 : 8)));
      }
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty(); // .inf, .nan and other forms are not numbers a descriptor uses
    }
  }

  public Optional<Boolean> asBoolean() {
    return kind == Kind.BOOLEAN ? Optional.of(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
  }
}
