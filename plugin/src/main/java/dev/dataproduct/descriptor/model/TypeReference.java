package dev.dataproduct.descriptor.model;

import dev.dataproduct.descriptor.yaml.YamlMap;

/**
 * A port's key or value: either a primitive Avro type ({@code type}) or a schema file relative to
 * the schema directory ({@code schema}). A well-formed reference has exactly one of them.
 */
public record TypeReference(YamlMap node, String type, String schema) {

  public boolean isSchemaFile() {
    return schema != null;
  }
}
