package dev.dataproduct.contract;

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
 */
public record PortContract(
    String portName, Schema key, String keyEncoding, Schema value, List<ReleasedSchema> keyHistory, List<ReleasedSchema> valueHistory) {

  public PortContract {
    keyHistory = List.copyOf(keyHistory);
    valueHistory = List.copyOf(valueHistory);
  }

  /** The history the release after this one carries: this one's history plus its current schemas. */
  public PortContract releasedAs(String version, Schema nextKey, String nextKeyEncoding, Schema nextValue) {
    return new PortContract(portName, nextKey, nextKeyEncoding, nextValue, append(keyHistory, version, key), append(valueHistory, version, value));
  }

  private static List<ReleasedSchema> append(List<ReleasedSchema> history, String version, Schema schema) {
    if (schema == null) {
      return history;
    }
    List<ReleasedSchema> out = new ArrayList<>(history);
    out.add(new ReleasedSchema(version, schema));
    return out;
  }
}
