package dev.dataproduct.model.contract;

import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * Where a port's transitive history starts again. A new major version may break a port's schema
 * (the check allows it, as a warning); consumers of that port move to the major. Comparing the
 * releases after it with the releases before the break would fail every one of them for a break
 * already accepted, so the port's history starts again at the major: {@code 2.1.0} is compared with
 * {@code 2.0.0}, not with {@code 1.0.0}. A port the major release did not break keeps its whole
 * history. The schemas before the restart stay in the history; only the comparison skips them.
 */
public final class HistoryRestart {

  private static final Pattern MAJOR = Pattern.compile("(\\d{1,9})(?:[.\\-+].*)?");

  private HistoryRestart() {}

  /**
   * The port as release {@code version} carries it after {@code previous}, released as {@code
   * previousVersion}: its history plus the previous schemas, starting again at {@code version} when
   * that is a new major version whose key or value breaks a release the port's level compares with.
   *
   * @param level the port's compatibility level now; empty when it has none that parses
   */
  public static PortContract carry(
      PortContract previous,
      String previousVersion,
      String version,
      Schema key,
      String keyEncoding,
      Schema value,
      Optional<CompatibilityLevel> level) {
    PortContract carried = previous.releasedAs(previousVersion, key, keyEncoding, value);
    if (level.isEmpty() || !newMajor(previousVersion, version)) {
      return carried;
    }
    boolean breaks =
        breaks(value, previous.valueReleases(previousVersion), level.get())
            || (key != null
                && previous.key() != null
                && breaks(key, previous.keyReleases(previousVersion), level.get()));
    return breaks ? carried.restartedAt(version) : carried;
  }

  /**
   * {@code port} of release {@code version}, read from a contract packed before the record existed:
   * where its history starts again is worked out by replaying its releases, oldest first, as {@link
   * #carry} would have recorded them. A port with a record is returned as it is.
   */
  public static PortContract replayed(
      PortContract port, String version, Optional<CompatibilityLevel> level) {
    if (port.transitiveFrom() != null || port.valueHistory().isEmpty() || level.isEmpty()) {
      return port;
    }
    List<ReleasedSchema> values = port.valueReleases(version);
    PortContract replay = null;
    ReleasedSchema previous = null;
    for (ReleasedSchema release : values) {
      Schema key = keyOf(port, version, release.version());
      if (replay == null) {
        replay =
            new PortContract(
                port.portName(), key, port.keyEncoding(), release.schema(), List.of(), List.of());
      } else if (previous.origin() != null) {
        // History adopted from a registry or a folder has labels, not product versions: no major to
        // restart at.
        replay = replay.releasedAs(previous.version(), key, port.keyEncoding(), release.schema());
      } else {
        replay =
            carry(
                replay,
                previous.version(),
                release.version(),
                key,
                port.keyEncoding(),
                release.schema(),
                level);
      }
      previous = release;
    }
    return replay.transitiveFrom() == null ? port : port.restartedAt(replay.transitiveFrom());
  }

  private static Schema keyOf(PortContract port, String version, String release) {
    return port.keyReleases(version).stream()
        .filter(k -> k.version().equals(release))
        .map(ReleasedSchema::schema)
        .findFirst()
        .orElse(null);
  }

  private static boolean breaks(
      Schema candidate, List<ReleasedSchema> releases, CompatibilityLevel level) {
    return !AvroCompatibility.check(
            candidate, releases.stream().map(ReleasedSchema::schema).toList(), level)
        .compatible();
  }

  /** Whether {@code version}'s major number is above {@code previousVersion}'s. */
  static boolean newMajor(String previousVersion, String version) {
    Optional<Integer> was = major(previousVersion);
    Optional<Integer> is = major(version);
    return was.isPresent() && is.isPresent() && is.get() > was.get();
  }

  private static Optional<Integer> major(String version) {
    Matcher m = version == null ? null : MAJOR.matcher(version.trim());
    return m != null && m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
