package dev.dataproduct.model.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * The fields of a schema as people read them in a table: nested records flattened with dotted paths
 * ({@code customer.email}), each type in one line. The catalog's pages and the changes between two
 * releases name fields and types this way.
 */
public final class SchemaFields {

  /**
   * One field.
   *
   * @param path the dotted path from the top record, e.g. {@code customer.email}
   * @param record the full name of the record that declares the field
   * @param name the field's own name
   * @param type its type as {@link #typeName(Schema)} writes it
   * @param pii whether the field carries {@code "tags": ["pii"]}
   * @param defaultValue the default as JSON ({@code "EUR"}, {@code null}), or {@code null} for none
   */
  public record Field(
      String path,
      String record,
      String name,
      String type,
      String doc,
      boolean pii,
      String defaultValue) {}

  private SchemaFields() {}

  /**
   * The fields of {@code schema} and of records nested in them, in order; none when it is not a
   * record.
   */
  public static List<Field> of(Schema schema) {
    List<Field> fields = new ArrayList<>();
    if (schema != null && schema.getType() == Schema.Type.RECORD) {
      addFields(schema, "", fields, new HashSet<>());
    }
    return fields;
  }

  /** A recursive type is listed once. */
  private static void addFields(Schema record, String prefix, List<Field> out, Set<String> open) {
    if (!open.add(record.getFullName())) {
      return;
    }
    for (Schema.Field field : record.getFields()) {
      String path = prefix + field.name();
      out.add(
          new Field(
              path,
              record.getFullName(),
              field.name(),
              typeName(field.schema()),
              field.doc(),
              isPii(field),
              field.hasDefaultValue()
                  ? JacksonUtils.toJsonNode(field.defaultVal()).toString()
                  : null));
      Schema nested = nonNull(field.schema());
      if (nested.getType() == Schema.Type.RECORD) {
        addFields(nested, path + ".", out, open);
      }
    }
    open.remove(record.getFullName());
  }

  private static boolean isPii(Schema.Field field) {
    return field.getObjectProp("tags") instanceof Collection<?> tags && tags.contains("pii");
  }

  /** The record inside an optional {@code ["null", Record]} union, else the schema itself. */
  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> types =
        schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return types.size() == 1 ? types.get(0) : schema;
  }

  /**
   * How a type reads in a table: {@code string}, {@code long (timestamp-millis)}, {@code null |
   * string}.
   */
  public static String typeName(Schema schema) {
    String logical =
        schema.getLogicalType() == null ? "" : " (" + schema.getLogicalType().getName() + ")";
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getFullName() + logical;
      case ARRAY -> "array<" + typeName(schema.getElementType()) + ">";
      case MAP -> "map<" + typeName(schema.getValueType()) + ">";
      case UNION ->
          schema.getTypes().stream().map(SchemaFields::typeName).collect(Collectors.joining(" | "));
      default -> schema.getType().getName() + logical;
    };
  }
}
