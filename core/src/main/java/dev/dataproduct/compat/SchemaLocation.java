package dev.dataproduct.compat;

import java.util.Objects;

/**
 * A place in the candidate schema's JSON document.
 *
 * @param pointer a JSON pointer into the candidate {@code .avsc}, e.g. {@code /fields/2/type};
 *     {@code ""} is the whole schema. A named type used more than once is pointed to where it is
 *     defined when the problem is inside it, and where it is used when the use itself is the
 *     problem. For a field that exists only in the previous schema it points to the {@code fields}
 *     of the candidate record.
 * @param recordName full name of the record that holds {@link #fieldName()}, or {@code null}
 * @param fieldName the field involved, or {@code null} when the problem is not in a field; it may
 *     name a field that only the previous schema has (a removed field)
 */
public record SchemaLocation(String pointer, String recordName, String fieldName) {

  static final SchemaLocation ROOT = new SchemaLocation("", null, null);

  public SchemaLocation {
    Objects.requireNonNull(pointer, "pointer");
  }
}
