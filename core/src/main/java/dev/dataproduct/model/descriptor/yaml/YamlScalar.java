package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.SourcePosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
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

  /**
   * The value when this is an integer or float scalar, YAML 1.1 forms included ({@code 0x1F},
   * {@code 0b101}, {@code 017} octal, {@code 1_000}, {@code 1:30} base 60); empty for {@code .inf}
   * and {@code .nan}, which are not numbers a descriptor uses.
   */
  public Optional<BigDecimal> asNumber() {
    if (!isNumber()) {
      return Optional.empty();
    }
    String t = text.replace("_", "");
    try {
      return Optional.of(
          kind == Kind.INTEGER ? new BigDecimal(integerValue(t)) : new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static BigInteger integerValue(String text) {
    boolean negative = text.startsWith("-");
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0b")) {
      value = new BigInteger(digits.substring(2), 2);
    } else if (digits.startsWith("0o")) {
      value = new BigInteger(digits.substring(2), 8);
    } else if (digits.contains(":")) {
      value = BigInteger.ZERO;
      for (String part : digits.split(":")) {
        value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
      }
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      value = new BigInteger(digits.substring(1), 8);
    } else {
      value = new BigInteger(digits);
    }
    return negative ? value.negate() : value;
  }

  /** The value when this is a boolean; YAML 1.1 reads {@code yes} and {@code on} as true. */
  public Optional<Boolean> asBoolean() {
    if (kind != Kind.BOOLEAN) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return Optional.of(lower.equals("true") || lower.equals("yes") || lower.equals("on"));
  }
}
