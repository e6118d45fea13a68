package dev.dataproduct.logic.codegen;

import dev.dataproduct.support.BuildError;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The Java face of a port's key or value schema in generated code.
 *
 * @param className the fully qualified Java class
 * @param schemaExpression a Java expression for the schema to read into
 * @param schemaName the full name of a named type, or the primitive type's name
 */
record PortType(String className, String schemaExpression, String schemaName) {

  private static final Map<Schema.Type, String> PRIMITIVES =
      Map.of(
          Schema.Type.STRING, "java.lang.String",
          Schema.Type.BYTES, "java.nio.ByteBuffer",
          Schema.Type.INT, "java.lang.Integer",
          Schema.Type.LONG, "java.lang.Long",
          Schema.Type.FLOAT, "java.lang.Float",
          Schema.Type.DOUBLE, "java.lang.Double",
          Schema.Type.BOOLEAN, "java.lang.Boolean");

  /**
   * @param what how messages name the schema, such as {@code the value of port "order-events"}
   */
  static PortType of(Schema schema, String what) {
    switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> {
        if (schema.getNamespace() == null || schema.getNamespace().isEmpty()) {
          throw new BuildError(
              "Cannot generate a typed client for "
                  + what
                  + ": its schema "
                  + schema.getName()
                  + " has no namespace, and Java cannot import classes from the unnamed package; add a \"namespace\" to the schema");
        }
        String className = SpecificData.getClassName(schema);
        return new PortType(className, className + ".getClassSchema()", schema.getFullName());
      }
      default -> {
        String className = PRIMITIVES.get(schema.getType());
        if (className == null) {
          throw new BuildError(
              "Cannot generate a typed client for "
                  + what
                  + ": its schema is a top-level "
                  + schema.getType().getName()
                  + "; use a record (or a primitive type) as a port's key or value");
        }
        // A logical type or a property is part of the schema the contract has, which publish
        // registers and check compared: the generated codecs write and register that one.
        String expression =
            schema.equals(Schema.create(schema.getType()))
                ? "AvroModels.primitive(Schema.Type." + schema.getType().name() + ")"
                : "AvroModels.primitive(" + JavaNames.literal(schema.toString()) + ")";
        return new PortType(
            className, expression, schema.getType().getName().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Whether the schema expression needs the runtime's {@code AvroModels} and Avro's {@code Schema}.
   */
  boolean isPrimitive() {
    return schemaExpression.startsWith("AvroModels.");
  }

  String simpleName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
