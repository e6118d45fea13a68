package dev.dataproduct.logic.codegen;

import dev.dataproduct.support.BuildError;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Java names for descriptor names, and text made safe for Java sources and Javadoc. */
public final class JavaNames {

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

  private JavaNames() {}

  /**
   * {@code dataproduct.<domain>.<name>}, each part lower case with everything but letters and
   * digits left out: product {@code web-shop} in domain {@code sales} gives {@code
   * dataproduct.sales.webshop}. A part that would not be a Java identifier gets a leading or
   * trailing {@code _} ({@code 2fa} gives {@code _2fa}, {@code new} gives {@code new_}).
   */
  public static String defaultPackage(String domain, String name) {
    return "dataproduct." + packagePart(domain) + "." + packagePart(name);
  }

  /** Checks a package given as an option. */
  public static String checkPackage(String javaPackage) {
    if (!SourceVersion.isName(javaPackage)) {
      throw new BuildError(
          "The Java package \""
              + javaPackage
              + "\" for the generated producers and consumers is not a valid package name;"
              + " use dot-separated lower-case identifiers such as com.example.orders");
    }
    return javaPackage;
  }

  /** The class name stem of a port: {@code order-events} gives {@code OrderEvents}. */
  public static String portClassStem(String portName) {
    StringBuilder stem = new StringBuilder();
    for (String word : WORD_SEPARATORS.split(portName)) {
      if (!word.isEmpty()) {
        stem.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (stem.isEmpty() || !Character.isJavaIdentifierStart(stem.charAt(0))) {
      stem.insert(0, "Port");
    }
    return stem.toString();
  }

  /** {@code text} as a Java string literal, quotes included. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text from the descriptor made safe for Javadoc: HTML escaped, no comment end, no block tags,
   * whitespace collapsed.
   */
  public static String javadocText(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  private static String packagePart(String name) {
    String part =
        name == null ? "" : WORD_SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
      part = "_" + part;
    }
    if (SourceVersion.isKeyword(part)) {
      part = part + "_";
    }
    return part;
  }
}
