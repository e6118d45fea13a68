package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;

/**
 * A port's key or value: either a primitive Avro type ({@code type}) or a schema file relative to
 * the schema directory ({@code schema}). A well-formed reference has exactly one of them. With a
 * schema file, {@code name} picks the one named type the port carries from a file that defines
 * several (a top-level union, as avro-maven-plugin projects often have).
 *
 * @param encoding how a key is written, {@code kafka} or {@code avro}, as the descriptor gives it
 *     ({@code null} when it does not); only keys have one, see {@link
 *     OutputPort#effectiveKeyEncoding()}
 */
public record TypeReference(
    YamlMap node, String type, String schema, String name, String encoding) {

  public boolean isSchemaFile() {
    return schema != null;
  }
}
