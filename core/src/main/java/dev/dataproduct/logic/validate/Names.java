package dev.dataproduct.logic.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/** Name shapes the descriptor format requires, and how to turn a bad name into a good one. */
final class Names {

  static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Kafka's own rule: at most 249 characters of ASCII letters, digits, '.', '_' and '-'. */
  static final Pattern KAFKA_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private Names() {}

  static boolean isKebabCase(String name) {
    return KEBAB_CASE.matcher(name).matches();
  }

  /**
   * The kebab-case form of a name: {@code OrderEvents} and {@code order_events} become {@code
   * order-events}.
   */
  static String toKebabCase(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
    String kebab = spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return kebab.replaceAll("^-+|-+$", "");
  }

  static boolean isLegalTopic(String topic) {
    return KAFKA_TOPIC.matcher(topic).matches() && !topic.equals(".") && !topic.equals("..");
  }
}
