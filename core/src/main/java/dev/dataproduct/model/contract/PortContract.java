package dev.dataproduct.model.contract;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * One output port's schemas: the current key and value, and what earlier releases published.
 *
 * @param portName the port's name
 * @param key the key schema ({@code {type: string}} becomes Avro's string schema), or {@code null}
 *     when records have no key
 * @param keyEncoding how keys are written, {@code kafka} or {@code avro} (the port's encoding), as
 *     the release decided it; {@code null} when records have no key
 * @param value the value schema
 * @param keyHistory the key schemas of earlier releases, oldest first
 * @param valueHistory the value schemas of earlier releases, oldest first
 * @param transitiveFrom the release where the port's transitive history starts again, because a
 *     major release broke it there: transitive levels compare with that release and the ones after
 *     it only. {@code null} when they compare with every release.
 */
public record PortContract(
    String portName,
    Schema key,
    String keyEncoding,
    Schema value,
    List<ReleasedSchema> keyHistory,
    List<ReleasedSchema> valueHistory,
    String transitiveFrom) {

  public PortContract {
    keyHistory = List.copyOf(keyHistory);
    valueHistory = List.copyOf(valueHistory);
  }

  /** A port whose transitive history reaches back to its first release. */
  public PortContract(
      String portName,
      Schema key,
      String keyEncoding,
      Schema value,
      List<ReleasedSchema> keyHistory,
      List<ReleasedSchema> valueHistory) {
    this(portName, key, keyEncoding, value, keyHistory, valueHistory, null);
  }

  /**
   * The history the release after this one carries: this one's history plus its current schemas.
   */
  public PortContract releasedAs(
      String version, Schema nextKey, String nextKeyEncoding, Schema nextValue) {
    return new PortContract(
        portName,
        nextKey,
        nextKeyEncoding,
        nextValue,
        append(keyHistory, version, key),
        append(valueHistory, version, value),
        transitiveFrom);
  }

  /** This port with its transitive history starting again at {@code version}. */
  /** This port under another name, with its schemas and history (a port renamed on its topic). */
  public PortContract named(String name) {
    return new PortContract(
        name, key, keyEncoding, value, keyHistory, valueHistory, transitiveFrom);
  }

  public PortContract restartedAt(String version) {
    return new PortContract(portName, key, keyEncoding, value, keyHistory, valueHistory, version);
  }

  /**
   * The key schemas a release after this one is compared with at a transitive level, oldest first:
   * those published since the history last started again, ending with this release's own.
   *
   * @param version this release's version
   */
  public List<ReleasedSchema> keyReleases(String version) {
    return since(append(keyHistory, version, key));
  }

  /** Like {@link #keyReleases(String)}, for the value. */
  public List<ReleasedSchema> valueReleases(String version) {
    return since(append(valueHistory, version, value));
  }

  /**
   * The releases from {@code transitiveFrom} on. Histories are in release order, so that is the
   * tail from its entry; a history without that entry (a key added later) is kept whole.
   */
  private List<ReleasedSchema> since(List<ReleasedSchema> releases) {
    for (int i = releases.size() - 1; transitiveFrom != null && i >= 0; i--) {
      if (releases.get(i).version().equals(transitiveFrom)) {
        return List.copyOf(releases.subList(i, releases.size()));
      }
    }
    return releases;
  }

  private static List<ReleasedSchema> append(
      List<ReleasedSchema> history, String version, Schema schema) {
    if (schema == null) {
      return history;
    }
    List<ReleasedSchema> out = new ArrayList<>(history);
    out.add(new ReleasedSchema(version, schema));
    return out;
  }
}
