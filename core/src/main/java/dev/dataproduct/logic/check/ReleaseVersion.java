package dev.dataproduct.logic.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product version as semantic versioning reads it: {@code major.minor.patch} with an optional
 * qualifier ({@code 2.0.0-SNAPSHOT}, {@code 1.1.0-rc1}). Missing parts count as 0; a version with a
 * qualifier comes before the same numbers without one, as in SemVer and Maven.
 */
record ReleaseVersion(String text, int major, int minor, int patch, String qualifier)
    implements Comparable<ReleaseVersion> {

  private static final Pattern SHAPE =
      Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:[-.+](.+))?");

  /** The version {@code text} stands for, or empty when it does not start with a number. */
  static Optional<ReleaseVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReleaseVersion(
            text.trim(), number(m.group(1)), number(m.group(2)), number(m.group(3)), m.group(4)));
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  @Override
  public int compareTo(ReleaseVersion other) {
    int byNumbers =
        major != other.major
            ? Integer.compare(major, other.major)
            : minor != other.minor
                ? Integer.compare(minor, other.minor)
                : Integer.compare(patch, other.patch);
    if (byNumbers != 0) {
      return byNumbers;
    }
    if (qualifier == null || other.qualifier == null) {
      return qualifier == null ? (other.qualifier == null ? 0 : 1) : -1;
    }
    return qualifier.toLowerCase(Locale.ROOT).compareTo(other.qualifier.toLowerCase(Locale.ROOT));
  }
}
