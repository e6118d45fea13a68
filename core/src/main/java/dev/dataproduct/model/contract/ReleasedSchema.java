package dev.dataproduct.model.contract;

import org.apache.avro.Schema;

/**
 * A schema as a port published it in one release.
 *
 * @param version the release, or for history from before the plugin a label such as {@code
 *     registry-v3}; it names the history file, so it is a {@linkplain ContractLayout#isSafeName
 *     safe name}
 * @param schema the schema
 * @param origin where a schema from before the plugin came from, for messages (e.g. {@code version
 *     3 of subject orders-value in https://registry.example.com}); {@code null} for a release this
 *     plugin built
 */
public record ReleasedSchema(String version, Schema schema, String origin) {

  /** A schema a release built by this plugin published. */
  public ReleasedSchema(String version, Schema schema) {
    this(version, schema, null);
  }

  /** How messages name it: its origin when it came from before the plugin, else its version. */
  public String label() {
    return origin == null ? version : origin;
  }
}
