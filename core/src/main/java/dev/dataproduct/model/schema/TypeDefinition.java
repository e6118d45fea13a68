package dev.dataproduct.model.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A named type (record, error, enum or fixed) as written in a schema file.
 *
 * @param fullName the name with its namespace, as Avro computes it
 * @param kind {@code record}, {@code error}, {@code enum} or {@code fixed}
 * @param pointer the JSON pointer of the defining object
 * @param node the defining object
 */
record TypeDefinition(String fullName, String kind, String pointer, ObjectNode node) {

  boolean isRecord() {
    return kind.equals("record") || kind.equals("error");
  }

  /** The pointer of the {@code name} value, where findings about the type point. */
  String namePointer() {
    return LocatedJson.child(pointer, "name");
  }
}
