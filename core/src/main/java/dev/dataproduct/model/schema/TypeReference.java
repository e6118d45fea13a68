package dev.dataproduct.model.schema;

import java.util.List;

/**
 * A use of a named type by its name, e.g. {@code "type": "Customer"}.
 *
 * @param name the name as written
 * @param namespace the namespace in force where it is written, or {@code null}
 * @param pointer the JSON pointer of the name
 */
record TypeReference(String name, String namespace, String pointer) {

  /**
   * The full names this reference may mean, in the order Avro tries them: qualified with the
   * namespace in force, then as written (a type in the null namespace).
   */
  List<String> candidates() {
    String qualified = qualifiedName();
    return qualified.equals(name) ? List.of(name) : List.of(qualified, name);
  }

  /** The name qualified with the namespace in force, unless it already has a dot. */
  String qualifiedName() {
    return name.indexOf('.') >= 0 || namespace == null ? name : namespace + "." + name;
  }
}
