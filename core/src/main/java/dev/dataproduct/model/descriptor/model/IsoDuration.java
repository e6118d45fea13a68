package dev.dataproduct.model.descriptor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO-8601 durations as the descriptor uses them ({@code P7D}, {@code PT5M}, {@code P1Y2M}, {@code
 * P2W}). Java's {@link Duration} rejects years and months and {@link java.time.Period} rejects
 * hours, so this parses the whole grammar and approximates calendar units (a year is 365 days, a
 * month 30) to compare durations, which is all the rules need.
 */
public final class IsoDuration {

  /** The retention value meaning "kept forever". */
  public static final String INFINITE = "infinite";

  /** What {@link #INFINITE} compares as: longer than any written duration. */
  public static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);

  private static final Pattern GRAMMAR =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

  /**
   * The longest duration Kafka can hold: {@code retention.ms} is a long of milliseconds (about 292
   * million years).
   */
  public static final Duration LONGEST = Duration.ofMillis(Long.MAX_VALUE);

  private IsoDuration() {}

  /**
   * The duration {@code text} stands for, or empty when it is not an ISO-8601 duration or is longer
   * than {@link #LONGEST} (see {@link #isTooLong}).
   */
  public static Optional<Duration> parse(String text) {
    Matcher m = matcher(text);
    if (m == null) {
      return Optional.empty();
    }
    try {
      long days =
          Math.addExact(
              Math.addExact(
                  Math.multiplyExact(365, group(m, 1)), Math.multiplyExact(30, group(m, 2))),
              Math.addExact(Math.multiplyExact(7, group(m, 3)), group(m, 4)));
      Duration d = Duration.ofDays(days).plusHours(group(m, 5)).plusMinutes(group(m, 6));
      if (m.group(7) != null) {
        d = d.plus(seconds(m.group(7)));
      }
      return d.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(d);
    } catch (ArithmeticException | NumberFormatException e) {
      // Digits beyond a long, or a sum beyond Duration's range.
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text} is written as an ISO-8601 duration but is longer than {@link #LONGEST}.
   */
  public static boolean isTooLong(String text) {
    return matcher(text) != null && parse(text).isEmpty();
  }

  private static Matcher matcher(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = GRAMMAR.matcher(text.trim());
    // "P" and "PT" alone match the pattern but are not durations.
    if (!m.matches() || text.trim().equals("P") || text.trim().endsWith("T")) {
      return null;
    }
    return m;
  }

  private static Duration seconds(String decimal) {
    BigDecimal value = new BigDecimal(decimal);
    BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
    long nanos =
        value.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
    return Duration.ofSeconds(whole.longValueExact(), nanos);
  }

  /** A retention: a duration, or {@link #INFINITE}, which compares as the longest possible. */
  public static Optional<Duration> parseRetention(String text) {
    if (INFINITE.equals(text)) {
      return Optional.of(FOREVER);
    }
    return parse(text);
  }

  private static long group(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }
}
