package dev.dataproduct.logic.codegen.avro;

import static dev.dataproduct.logic.codegen.avro.TypeHeader.present;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/**
 * Writes what Avro 1.12.2's {@code record.vm} writes for a record schema. The comments give the
 * template's lines each block mirrors. Velocity runs Avro's templates with the space gobbling of
 * Velocity 1.7 ({@code bc}): a directive at the end of a line eats the line's end, which is why
 * some lines below end without one.
 */
final class RecordTemplate {

  private final SpecificCompiler avro;
  private final Schema schema;
  private final boolean error;

  /** {@code ${this.mangleTypeIdentifier($schema.getName())}} */
  private final String name;

  /** {@code #if ($schema.getNamespace())$this.mangle($schema.getNamespace()).#end${name}} */
  private final String qualified;

  private final List<FieldParts> fields = new ArrayList<>();
  private final StringBuilder out = new StringBuilder(16 * 1024);

  /** The template's {@code $nv} and {@code $maxnv}, the numbering of the coders' variables. */
  private int nv;

  private int maxnv;

  /**
   * Velocity's limit on nested macro calls ({@code velocimacro.max_depth}, 20 by default): Velocity
   * fails the class when a schema nests deeper, so this does too, and the caller falls back.
   */
  private static final int MAX_MACRO_DEPTH = 20;

  private int macroDepth;

  RecordTemplate(SpecificCompiler avro, Schema schema) {
    this.avro = avro;
    this.schema = schema;
    this.error = schema.isError();
    this.name = SpecificCompiler.mangleTypeIdentifier(schema.getName());
    this.qualified =
        present(schema.getNamespace())
            ? SpecificCompiler.mangle(schema.getNamespace()) + "." + name
            : name;
    for (Schema.Field field : schema.getFields()) {
      fields.add(new FieldParts(field));
    }
  }

  /** What the template asks of a field, asked once. */
  private final class FieldParts {
    final Schema.Field field;
    final Schema type;

    /** {@code ${this.mangle($field.name(), $schema.isError())}} */
    final String name;

    /** {@code ${this.mangle($field.name())}} (the all-args constructor's parameter) */
    final String parameter;

    /**
     * {@code $this.escapeForJavadoc($field.doc())}, or null when {@code #if ($field.doc())} fails
     */
    final String doc;

    final String javaType;

    /** {@code ${this.javaUnbox($field.schema(), false)}} */
    final String unboxed;

    final boolean hasBuilder;
    final int pos;

    FieldParts(Schema.Field field) {
      this.field = field;
      this.type = field.schema();
      this.name = SpecificCompiler.mangle(field.name(), error);
      this.parameter = SpecificCompiler.mangle(field.name());
      this.doc = present(field.doc()) ? SpecificCompiler.escapeForJavadoc(field.doc()) : null;
      this.javaType = avro.javaType(type);
      this.unboxed = avro.javaUnbox(type, false);
      this.hasBuilder = SpecificCompiler.hasBuilder(type);
      this.pos = field.pos();
    }

    /** {@code Optional&lt;${this.escapeForJavadoc(${this.javaType($field.schema())})}&gt;} */
    String optionalInJavadoc() {
      return "Optional&lt;" + SpecificCompiler.escapeForJavadoc(javaType) + "&gt;";
    }
  }

  /** One line of output: the parts, then the line's end. */
  private void line(Object... parts) {
    for (Object part : parts) {
      out.append(part);
    }
    out.append('\n');
  }

  String render() {
    header();
    messageCoders();
    fieldsAndConstructors();
    getAndPut();
    accessors();
    builder();
    externalizable();
    if (avro.isCustomCodable(schema)) {
      customCoders();
    }
    if (avro.canGenerateEqualsAndHashCode(schema)) {
      equalsAndHashCode();
    }
    // lines 661-922: the class's end, then the blank lines between the macro definitions
    out.append("}\n").append("\n".repeat(10));
    return out.toString();
  }

  /** Lines 18-64. */
  private void header() {
    if (present(schema.getNamespace())) {
      line("package ", SpecificCompiler.mangle(schema.getNamespace()), ";");
    }
    line();
    line("import org.apache.avro.JsonSchemaParser;");
    line("import org.apache.avro.specific.SpecificData;");
    line("import org.apache.avro.util.Utf8;");
    if (!error) {
      line("import org.apache.avro.message.BinaryMessageEncoder;");
      line("import org.apache.avro.message.BinaryMessageDecoder;");
      line("import org.apache.avro.message.SchemaStore;");
    }
    if (avro.isGettersReturnOptional() || avro.isCreateOptionalGetters()) {
      out.append("import java.util.Optional;"); // line 30 ends in #end
    }
    line();
    if (present(schema.getDoc())) {
      line("/** ", SpecificCompiler.escapeForJavadoc(schema.getDoc()), " */");
    }
    for (String annotation : avro.javaAnnotations(schema)) {
      line("@", annotation);
    }
    line("@org.apache.avro.specific.AvroGenerated");
    line(
        "public class ",
        name,
        " extends ",
        avro.getSchemaParentClass(error),
        " implements org.apache.avro.specific.SpecificRecord {");
    line(
        "  private static final long serialVersionUID = ",
        SpecificCompiler.fingerprint64(schema),
        "L;");
    line();
    String schemaString = javaSplit(schema.toString());
    Collection<Map.Entry<String, String>> factories =
        avro.getUsedCustomLogicalTypeFactories(schema).entrySet();
    if (!factories.isEmpty()) {
      line("  static {");
      for (Map.Entry<String, String> factory : factories) {
        line(
            "    org.apache.avro.LogicalTypes.register(\"",
            factory.getKey(),
            "\", new ",
            factory.getValue(),
            "());");
      }
      line("  }");
    }
    line();
    line(
        "  public static final org.apache.avro.Schema SCHEMA$ = JsonSchemaParser.parseInternal(",
        schemaString,
        ");");
    line("  public static org.apache.avro.Schema getClassSchema() { return SCHEMA$; }");
    line();
    line("  private static final SpecificData MODEL$ = new SpecificData();");
    Collection<String> conversions = avro.getUsedConversionClasses(schema);
    if (!conversions.isEmpty()) {
      line("  static {");
      for (String conversion : conversions) {
        line("    MODEL$.addLogicalTypeConversion(new ", conversion, "());");
      }
      line("  }");
    }
    line();
  }

  private String javaSplit(String text) {
    try {
      return avro.javaSplit(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lines 65-117. */
  private void messageCoders() {
    if (!error) {
      line("  private static final BinaryMessageEncoder<", name, "> ENCODER =");
      line("      new BinaryMessageEncoder<>(MODEL$, SCHEMA$);");
      line();
      line("  private static final BinaryMessageDecoder<", name, "> DECODER =");
      line("      new BinaryMessageDecoder<>(MODEL$, SCHEMA$);");
      line();
      line("  /**");
      line("   * Return the BinaryMessageEncoder instance used by this class.");
      line("   * @return the message encoder used by this class");
      line("   */");
      line("  public static BinaryMessageEncoder<", name, "> getEncoder() {");
      line("    return ENCODER;");
      line("  }");
      line();
      line("  /**");
      line("   * Return the BinaryMessageDecoder instance used by this class.");
      line("   * @return the message decoder used by this class");
      line("   */");
      line("  public static BinaryMessageDecoder<", name, "> getDecoder() {");
      line("    return DECODER;");
      line("  }");
      line();
      line("  /**");
      line(
          "   * Create a new BinaryMessageDecoder instance for this class that uses the specified"
              + " {@link SchemaStore}.");
      line("   * @param resolver a {@link SchemaStore} used to find schemas by fingerprint");
      line(
          "   * @return a BinaryMessageDecoder instance for this class backed by the given"
              + " SchemaStore");
      line("   */");
      line(
          "  public static BinaryMessageDecoder<", name, "> createDecoder(SchemaStore resolver) {");
      line("    return new BinaryMessageDecoder<>(MODEL$, SCHEMA$, resolver);");
      line("  }");
      line();
      // lines 98-109 name the schema unmangled: ${schema.getName()}
      line("  /**");
      line("   * Serializes this ", schema.getName(), " to a ByteBuffer.");
      line("   * @return a buffer holding the serialized data for this instance");
      line("   * @throws java.io.IOException if this instance could not be serialized");
      line("   */");
      line("  public java.nio.ByteBuffer toByteBuffer() throws java.io.IOException {");
      line("    return ENCODER.encode(this);");
      line("  }");
      line();
      line("  /**");
      line("   * Deserializes a ", schema.getName(), " from a ByteBuffer.");
      line("   * @param b a byte buffer holding serialized data for an instance of this class");
      line("   * @return a ", schema.getName(), " instance decoded from the given buffer");
      line(
          "   * @throws java.io.IOException if the given bytes could not be deserialized into an"
              + " instance of this class");
      line("   */");
      line("  public static ", name, " fromByteBuffer(");
      line("      java.nio.ByteBuffer b) throws java.io.IOException {");
      line("    return DECODER.decode(b);");
      line("  }");
    }
    line();
  }

  /** Lines 118-179. */
  private void fieldsAndConstructors() {
    String visibility = avro.publicFields() ? "public" : avro.privateFields() ? "private" : "";
    for (FieldParts f : fields) {
      if (f.doc != null) {
        line("  /** ", f.doc, " */");
      }
      for (String annotation : avro.javaAnnotations(f.field)) {
        line("  @", annotation);
      }
      line("  ", visibility, " ", f.unboxed, " ", f.name, ";");
    }
    if (error) {
      line();
      line("  public ", name, "() {");
      line("    super();");
      line("  }");
      line();
      line("  public ", name, "(Object value) {");
      line("    super(value);");
      line("  }");
      line();
      line("  public ", name, "(Throwable cause) {");
      line("    super(cause);");
      line("  }");
      line();
      line("  public ", name, "(Object value, Throwable cause) {");
      line("    super(value, cause);");
      line("  }");
      line();
    } else {
      if (fields.size() > 0) {
        line();
        line("  /**");
        line("   * Default constructor.  Note that this does not initialize fields");
        line("   * to their default values from the schema.  If that is desired then");
        line("   * one should use <code>newBuilder()</code>.");
        line("   */");
        line("  public ", name, "() {}");
        if (avro.isCreateAllArgsConstructor()) {
          line();
          line("  /**");
          line("   * All-args constructor.");
          for (FieldParts f : fields) {
            if (f.doc != null) {
              line("   * @param ", f.parameter, " ", f.doc);
            } else {
              line("   * @param ", f.parameter, " The new value for ", f.field.name());
            }
          }
          line("   */");
          out.append("  public ").append(name).append('(');
          for (int i = 0; i < fields.size(); i++) {
            FieldParts f = fields.get(i);
            out.append(f.javaType).append(' ').append(f.parameter);
            if (i + 1 < fields.size()) {
              out.append(", ");
            }
          }
          line(") {");
          for (FieldParts f : fields) {
            line("    ", avro.generateSetterCode(f.type, f.parameter, f.parameter));
          }
          line("  }");
        } else {
          line("  /**");
          line("   * This schema contains more than 254 fields which exceeds the maximum number");
          line("   * of permitted constructor parameters in the JVM. An all-args constructor");
          line("   * will not be generated. Please use <code>newBuilder()</code> to instantiate");
          line("   * objects instead.");
          line("   */");
        }
      }
      line();
    }
  }

  /** Lines 180-227. */
  private void getAndPut() {
    line("  @Override");
    line("  public org.apache.avro.specific.SpecificData getSpecificData() { return MODEL$; }");
    line();
    line("  @Override");
    line("  public org.apache.avro.Schema getSchema() { return SCHEMA$; }");
    line();
    line("  // Used by DatumWriter.  Applications should not call.");
    line("  @Override");
    line("  public java.lang.Object get(int field$) {");
    line("    switch (field$) {");
    for (int i = 0; i < fields.size(); i++) {
      line("    case ", i, ": return ", fields.get(i).name, ";");
    }
    line("    default: throw new IndexOutOfBoundsException(\"Invalid index: \" + field$);");
    line("    }");
    line("  }");
    line();
    if (avro.hasLogicalTypeField(schema)) {
      line("  private static final org.apache.avro.Conversion<?>[] conversions =");
      line("      new org.apache.avro.Conversion<?>[] {");
      for (FieldParts f : fields) {
        line("      ", avro.conversionInstance(f.type), ",");
      }
      line("      null");
      line("  };");
      line();
      line("  @Override");
      line("  public org.apache.avro.Conversion<?> getConversion(int field) {");
      line("    return conversions[field];");
      line("  }");
      line();
    }
    line("  // Used by DatumReader.  Applications should not call.");
    line("  @Override");
    line("  @SuppressWarnings(value=\"unchecked\")");
    line("  public void put(int field$, java.lang.Object value$) {");
    line("    switch (field$) {");
    for (int i = 0; i < fields.size(); i++) {
      FieldParts f = fields.get(i);
      // line 221
      out.append("    case ").append(i).append(": ").append(f.name).append(" = ");
      if (!f.javaType.equals("java.lang.Object") && !f.javaType.equals("java.lang.String")) {
        out.append('(').append(f.javaType).append(')');
      }
      out.append("value$");
      if (f.javaType.equals("java.lang.String")) {
        out.append(" != null ? value$.toString() : null");
      }
      line("; break;");
    }
    line("    default: throw new IndexOutOfBoundsException(\"Invalid index: \" + field$);");
    line("    }");
    line("  }");
    line();
  }

  /** Lines 228-282: the record's getters and setters. */
  private void accessors() {
    for (FieldParts f : fields) {
      if (avro.isGettersReturnOptional()
          && (!avro.isOptionalGettersForNullableFieldsOnly() || f.type.isNullable())) {
        optionalGetter(f, "  ", "   ", SpecificCompiler.generateGetMethod(schema, f.field));
      } else {
        line("  /**");
        line("   * Gets the value of the '", f.name, "' field.");
        if (f.doc != null) {
          line("   * @return ", f.doc);
        } else {
          line("   * @return The value of the '", f.name, "' field.");
        }
        line("   */");
        line(
            "  public ",
            f.unboxed,
            " ",
            SpecificCompiler.generateGetMethod(schema, f.field),
            "() {");
        line("    return ", f.name, ";");
        line("  }");
      }
      line();
      if (avro.isCreateOptionalGetters()) {
        optionalGetter(f, "  ", "   ", SpecificCompiler.generateGetOptionalMethod(schema, f.field));
      }
      line();
      if (avro.isCreateSetters()) {
        line("  /**");
        line("   * Sets the value of the '", f.name, "' field.");
        if (f.doc != null) {
          line("   * ", f.doc);
        }
        line("   * @param value the value to set.");
        line("   */");
        line(
            "  public void ",
            SpecificCompiler.generateSetMethod(schema, f.field),
            "(",
            f.unboxed,
            " value) {");
        line("    ", avro.generateSetterCode(f.type, f.name, "value"));
        line("  }");
      }
      line();
    }
  }

  /**
   * A getter returning an {@code Optional}: lines 230-238 and 259-267 of the record, 415-423 of its
   * builder, which indent their javadoc differently.
   */
  private void optionalGetter(FieldParts f, String indent, String javadoc, String method) {
    line(indent, "/**");
    line(
        javadoc, "* Gets the value of the '", f.name, "' field as an ", f.optionalInJavadoc(), ".");
    if (f.doc != null) {
      line(javadoc, "* ", f.doc);
    }
    line(javadoc, "* @return The value wrapped in an ", f.optionalInJavadoc(), ".");
    line(javadoc, "*/");
    line(indent, "public Optional<", f.javaType, "> ", method, "() {");
    line(indent, "  return Optional.<", f.javaType, ">ofNullable(", f.name, ");");
    line(indent, "}");
  }

  /** Lines 283-542. */
  private void builder() {
    line("  /**");
    line("   * Creates a new ", name, " RecordBuilder.");
    line("   * @return A new ", name, " RecordBuilder");
    line("   */");
    line("  public static ", qualified, ".Builder newBuilder() {");
    line("    return new ", qualified, ".Builder();");
    line("  }");
    line();
    line("  /**");
    line("   * Creates a new ", name, " RecordBuilder by copying an existing Builder.");
    line("   * @param other The existing builder to copy.");
    line("   * @return A new ", name, " RecordBuilder");
    line("   */");
    line("  public static ", qualified, ".Builder newBuilder(", qualified, ".Builder other) {");
    line("    if (other == null) {");
    line("      return new ", qualified, ".Builder();");
    line("    } else {");
    line("      return new ", qualified, ".Builder(other);");
    line("    }");
    line("  }");
    line();
    line("  /**");
    line("   * Creates a new ", name, " RecordBuilder by copying an existing ", name, " instance.");
    line("   * @param other The existing instance to copy.");
    line("   * @return A new ", name, " RecordBuilder");
    line("   */");
    line("  public static ", qualified, ".Builder newBuilder(", qualified, " other) {");
    line("    if (other == null) {");
    line("      return new ", qualified, ".Builder();");
    line("    } else {");
    line("      return new ", qualified, ".Builder(other);");
    line("    }");
    line("  }");
    line();
    line("  /**");
    line("   * RecordBuilder for ", name, " instances.");
    line("   */");
    line("  @org.apache.avro.specific.AvroGenerated");
    // lines 321-323: each #end eats its line's end, the blank line 322 stays
    line(
        "  public static class Builder extends",
        error
            ? " org.apache.avro.specific.SpecificErrorBuilderBase<"
            : " org.apache.avro.specific.SpecificRecordBuilderBase<",
        name,
        ">");
    line(
        "    implements",
        error ? " org.apache.avro.data.ErrorBuilder<" : " org.apache.avro.data.RecordBuilder<",
        name,
        "> {");
    line();
    for (FieldParts f : fields) {
      if (f.doc != null) {
        line("    /** ", f.doc, " */");
      }
      line("    private ", f.unboxed, " ", f.name, ";");
      if (f.hasBuilder) {
        line("    private ", f.unboxed, ".Builder ", f.name, "Builder;");
      }
    }
    line();
    line("    /** Creates a new Builder */");
    line("    private Builder() {");
    line("      super(SCHEMA$, MODEL$);");
    line("    }");
    line();
    line("    /**");
    line("     * Creates a Builder by copying an existing Builder.");
    line("     * @param other The existing Builder to copy.");
    line("     */");
    line("    private Builder(", qualified, ".Builder other) {");
    line("      super(other);");
    for (FieldParts f : fields) {
      line("      if (isValidValue(fields()[", f.pos, "], other.", f.name, ")) {");
      line(
          "        this.",
          f.name,
          " = data().deepCopy(fields()[",
          f.pos,
          "].schema(), other.",
          f.name,
          ");");
      line("        fieldSetFlags()[", f.pos, "] = other.fieldSetFlags()[", f.pos, "];");
      line("      }");
      if (f.hasBuilder) {
        line(
            "      if (other.",
            SpecificCompiler.generateHasBuilderMethod(schema, f.field),
            "()) {");
        line(
            "        this.",
            f.name,
            "Builder = ",
            f.javaType,
            ".newBuilder(other.",
            SpecificCompiler.generateGetBuilderMethod(schema, f.field),
            "());");
        line("      }");
      }
    }
    line("    }");
    line();
    line("    /**");
    line("     * Creates a Builder by copying an existing ", name, " instance");
    line("     * @param other The existing instance to copy.");
    line("     */");
    line("    private Builder(", qualified, " other) {");
    line(error ? "      super(other);" : "      super(SCHEMA$, MODEL$);"); // lines 364-365
    for (FieldParts f : fields) {
      line("      if (isValidValue(fields()[", f.pos, "], other.", f.name, ")) {");
      line(
          "        this.",
          f.name,
          " = data().deepCopy(fields()[",
          f.pos,
          "].schema(), other.",
          f.name,
          ");");
      line("        fieldSetFlags()[", f.pos, "] = true;");
      line("      }");
      if (f.hasBuilder) {
        line("      this.", f.name, "Builder = null;");
      }
    }
    line("    }");
    if (error) {
      for (String[] method :
          new String[][] {
            {"setValue(Object value)", "setValue(value)"},
            {"clearValue()", "clearValue()"},
            {"setCause(Throwable cause)", "setCause(cause)"},
            {"clearCause()", "clearCause()"}
          }) {
        line();
        line("    @Override");
        line("    public ", qualified, ".Builder ", method[0], " {");
        line("      super.", method[1], ";");
        line("      return this;");
        line("    }");
      }
    }
    line();
    for (FieldParts f : fields) {
      builderAccessors(f);
    }
    // lines 514-542
    line("    @Override");
    line("    @SuppressWarnings(\"unchecked\")");
    line("    public ", name, " build() {");
    line("      try {");
    line(
        "        ", name, " record = new ", name, "(", error ? "getValue(), getCause()" : "", ");");
    for (FieldParts f : fields) {
      String orDefault =
          " = fieldSetFlags()["
              + f.pos
              + "] ? this."
              + f.name
              + " : "
              + (f.javaType.equals("java.lang.Object") ? "" : "(" + f.javaType + ")")
              + " defaultValue(fields()["
              + f.pos
              + "]);";
      if (f.hasBuilder) {
        line("        if (", f.name, "Builder != null) {");
        line("          try {");
        line("            record.", f.name, " = this.", f.name, "Builder.build();");
        line("          } catch (org.apache.avro.AvroMissingFieldException e) {");
        line("            e.addParentField(record.getSchema().getField(\"", f.name, "\"));");
        line("            throw e;");
        line("          }");
        line("        } else {");
        line("          record.", f.name, orDefault);
        line("        }");
      } else {
        line("        record.", f.name, orDefault);
      }
    }
    line("        return record;");
    line("      } catch (org.apache.avro.AvroMissingFieldException e) {");
    line("        throw e;");
    line("      } catch (java.lang.Exception e) {");
    line("        throw new org.apache.avro.AvroRuntimeException(e);");
    line("      }");
    line("    }");
    line("  }");
    line();
  }

  /** Lines 403-513: one field's methods in the builder. */
  private void builderAccessors(FieldParts f) {
    line("    /**");
    line("      * Gets the value of the '", f.name, "' field.");
    if (f.doc != null) {
      line("      * ", f.doc);
    }
    line("      * @return The value.");
    line("      */");
    line(
        "    public ", f.unboxed, " ", SpecificCompiler.generateGetMethod(schema, f.field), "() {");
    line("      return ", f.name, ";");
    line("    }");
    line();
    if (avro.isCreateOptionalGetters()) {
      optionalGetter(
          f, "    ", "      ", SpecificCompiler.generateGetOptionalMethod(schema, f.field));
    }
    line();
    line("    /**");
    line("      * Sets the value of the '", f.name, "' field.");
    if (f.doc != null) {
      line("      * ", f.doc);
    }
    line("      * @param value The value of '", f.name, "'.");
    line("      * @return This builder.");
    line("      */");
    line(
        "    public ",
        qualified,
        ".Builder ",
        SpecificCompiler.generateSetMethod(schema, f.field),
        "(",
        f.unboxed,
        " value) {");
    line("      validate(fields()[", f.pos, "], value);");
    if (f.hasBuilder) {
      line("      this.", f.name, "Builder = null;");
    }
    line("      ", avro.generateSetterCode(f.type, f.name, "value"));
    line("      fieldSetFlags()[", f.pos, "] = true;");
    line("      return this;");
    line("    }");
    line();
    String hasMethod = SpecificCompiler.generateHasMethod(schema, f.field);
    line("    /**");
    line("      * Checks whether the '", f.name, "' field has been set.");
    if (f.doc != null) {
      line("      * ", f.doc);
    }
    line("      * @return True if the '", f.name, "' field has been set, false otherwise.");
    line("      */");
    line("    public boolean ", hasMethod, "() {");
    line("      return fieldSetFlags()[", f.pos, "];");
    line("    }");
    line();
    String clearMethod = SpecificCompiler.generateClearMethod(schema, f.field);
    if (f.hasBuilder) {
      String setBuilderMethod = SpecificCompiler.generateSetBuilderMethod(schema, f.field);
      line("    /**");
      line(
          "     * Gets the Builder instance for the '",
          f.name,
          "' field and creates one if it doesn't exist yet.");
      if (f.doc != null) {
        line("     * ", f.doc);
      }
      line("     * @return This builder.");
      line("     */");
      line(
          "    public ",
          f.javaType,
          ".Builder ",
          SpecificCompiler.generateGetBuilderMethod(schema, f.field),
          "() {");
      line("      if (", f.name, "Builder == null) {");
      line("        if (", hasMethod, "()) {");
      line("          ", setBuilderMethod, "(", f.javaType, ".newBuilder(", f.name, "));");
      line("        } else {");
      line("          ", setBuilderMethod, "(", f.javaType, ".newBuilder());");
      line("        }");
      line("      }");
      line("      return ", f.name, "Builder;");
      line("    }");
      line();
      line("    /**");
      line("     * Sets the Builder instance for the '", f.name, "' field");
      if (f.doc != null) {
        line("     * ", f.doc);
      }
      line("     * @param value The builder instance that must be set.");
      line("     * @return This builder.");
      line("     */");
      line();
      line(
          "    public ",
          qualified,
          ".Builder ",
          setBuilderMethod,
          "(",
          f.unboxed,
          ".Builder value) {");
      line("      ", clearMethod, "();");
      line("      ", f.name, "Builder = value;");
      line("      return this;");
      line("    }");
      line();
      line("    /**");
      line("     * Checks whether the '", f.name, "' field has an active Builder instance");
      if (f.doc != null) {
        line("     * ", f.doc);
      }
      line("     * @return True if the '", f.name, "' field has an active Builder instance");
      line("     */");
      line(
          "    public boolean ",
          SpecificCompiler.generateHasBuilderMethod(schema, f.field),
          "() {");
      line("      return ", f.name, "Builder != null;");
      line("    }");
    }
    line();
    line("    /**");
    line("      * Clears the value of the '", f.name, "' field.");
    if (f.doc != null) {
      line("      * ", f.doc);
    }
    line("      * @return This builder.");
    line("      */");
    line("    public ", qualified, ".Builder ", clearMethod, "() {");
    if (SpecificCompiler.isUnboxedJavaTypeNullable(f.type)) {
      line("      ", f.name, " = null;");
    }
    if (f.hasBuilder) {
      line("      ", f.name, "Builder = null;");
    }
    line("      fieldSetFlags()[", f.pos, "] = false;");
    line("      return this;");
    line("    }");
    line();
  }

  /** Lines 543-561. */
  private void externalizable() {
    line("  @SuppressWarnings(\"unchecked\")");
    line("  private static final org.apache.avro.io.DatumWriter<", name, ">");
    line(
        "    WRITER$ = (org.apache.avro.io.DatumWriter<",
        name,
        ">)MODEL$.createDatumWriter(SCHEMA$);");
    line();
    line("  @Override public void writeExternal(java.io.ObjectOutput out)");
    line("    throws java.io.IOException {");
    line("    WRITER$.write(this, SpecificData.getEncoder(out));");
    line("  }");
    line();
    line("  @SuppressWarnings(\"unchecked\")");
    line("  private static final org.apache.avro.io.DatumReader<", name, ">");
    line(
        "    READER$ = (org.apache.avro.io.DatumReader<",
        name,
        ">)MODEL$.createDatumReader(SCHEMA$);");
    line();
    line("  @Override public void readExternal(java.io.ObjectInput in)");
    line("    throws java.io.IOException {");
    line("    READER$.read(this, SpecificData.getDecoder(in));");
    line("  }");
    line();
  }

  /** Lines 562-619, with the macros of lines 663-922. */
  private void customCoders() {
    line("  @Override protected boolean hasCustomCoders() { return true; }");
    line();
    line("  @Override public void customEncode(org.apache.avro.io.Encoder out)");
    line("    throws java.io.IOException");
    line("  {");
    nv = 0;
    maxnv = 0;
    for (FieldParts f : fields) {
      encodeVar(0, "this." + f.name, f.type);
      line();
      nv = maxnv;
    }
    line("  }");
    line();
    line("  @Override public void customDecode(org.apache.avro.io.ResolvingDecoder in)");
    line("    throws java.io.IOException");
    line("  {");
    line("    org.apache.avro.Schema.Field[] fieldOrder = in.readFieldOrderIfDiff();");
    line("    if (fieldOrder == null) {");
    nv = 0;
    maxnv = 0;
    for (FieldParts f : fields) {
      decodeVar(2, "this." + f.name, f.type, "SCHEMA$.getField(\"" + f.name + "\").schema()");
      line();
      nv = maxnv;
    }
    line("    } else {");
    line("      for (int i = 0; i < ", fields.size(), "; i++) {");
    line("        switch (fieldOrder[i].pos()) {");
    nv = 0;
    maxnv = 0;
    for (int fieldno = 0; fieldno < fields.size(); fieldno++) {
      FieldParts f = fields.get(fieldno);
      line("        case ", fieldno, ":");
      decodeVar(6, "this." + f.name, f.type, "SCHEMA$.getField(\"" + f.name + "\").schema()");
      line("          break;");
      line();
      nv = maxnv;
    }
    line("        default:");
    line("          throw new java.io.IOException(\"Corrupt ResolvingDecoder.\");");
    line("        }");
    line("      }");
    line("    }");
    line("  }");
  }

  /** Lines 620-660. */
  private void equalsAndHashCode() {
    line();
    line("  @Override");
    line("  public int hashCode() {");
    line("    int result = 1;");
    for (FieldParts f : fields) {
      if (!avro.ignoredField(f.field)) {
        line("    result = 31 * result + ", avro.hashCodeFor(f.type, "this." + f.name), ";");
      }
    }
    line("    return result;");
    line("  }");
    line();
    line("  @Override");
    line("  public boolean equals(Object o) {");
    line("    if (this == o) {");
    line("      return true;");
    line("    }");
    line("    if (!(o instanceof ", name, ")) {");
    line("      return false;");
    line("    }");
    line("    ", name, " other = (", name, ") o;");
    for (FieldParts f : fields) {
      if (!avro.ignoredField(f.field)) {
        String n = f.name;
        if (avro.isPrimitiveType(f.type)) {
          line("    if (this.", n, " != other.", n, ") {");
        } else if (f.javaType.equals("java.lang.CharSequence")) {
          line("    if (Utf8.compareSequences(this.", n, ", other.", n, ") != 0) {");
        } else {
          line("    if (!java.util.Objects.equals(this.", n, ", other.", n, ")) {");
        }
        line("      return false;");
        line("    }");
      }
    }
    line("    return true;");
    line("  }");
  }

  // The macros, lines 663-922. $I is ${this.indent($indent)}.

  private void enterMacro() {
    if (macroDepth == MAX_MACRO_DEPTH) {
      throw new IllegalStateException("Velocity's macro depth of " + MAX_MACRO_DEPTH + " exceeded");
    }
    macroDepth++;
  }

  /** #encodeVar, lines 663-705. */
  private void encodeVar(int indent, String var, Schema s) {
    enterMacro();
    String i = avro.indent(indent);
    switch (s.getType()) {
      case ARRAY -> encodeArray(indent, var, s);
      case MAP -> encodeMap(indent, var, s);
      case UNION -> encodeUnion(indent, var, s);
      case RECORD -> line(i, "    ", var, ".customEncode(out);");
      case NULL -> line(i, "    out.writeNull();");
      case BOOLEAN -> line(i, "    out.writeBoolean(", var, ");");
      case INT -> line(i, "    out.writeInt(", var, ");");
      case LONG -> line(i, "    out.writeLong(", var, ");");
      case FLOAT -> line(i, "    out.writeFloat(", var, ");");
      case DOUBLE -> line(i, "    out.writeDouble(", var, ");");
      case STRING -> {
        if (avro.isStringable(s)) {
          line(i, "    out.writeString(", var, ".toString());");
        } else {
          line(i, "    out.writeString(", var, ");");
        }
      }
      case BYTES -> line(i, "    out.writeBytes(", var, ");");
      case FIXED -> line(i, "    out.writeFixed(", var, ".bytes(), 0, ", s.getFixedSize(), ");");
      case ENUM -> line(i, "    out.writeEnum(", var, ".ordinal());");
    }
    macroDepth--;
  }

  /** #encodeArray, lines 707-729. */
  private void encodeArray(int indent, String var, Schema s) {
    enterMacro();
    String i = avro.indent(indent);
    String et = avro.javaType(s.getElementType());
    line(i, "    long size", nv, " = ", var, ".size();");
    line(i, "    out.writeArrayStart();");
    line(i, "    out.setItemCount(size", nv, ");");
    line(i, "    long actualSize", nv, " = 0;");
    line(i, "    for (", et, " e", nv, ": ", var, ") {");
    line(i, "      actualSize", nv, "++;");
    line(i, "      out.startItem();");
    String element = "e" + nv;
    nv++;
    maxnv = nv;
    encodeVar(indent + 2, element, s.getElementType());
    nv--;
    line(i, "    }");
    line(i, "    out.writeArrayEnd();");
    line(i, "    if (actualSize", nv, " != size", nv, ")");
    line(
        i,
        "      throw new java.util.ConcurrentModificationException(\"Array-size written was \" +"
            + " size",
        nv,
        " + \", but element count was \" + actualSize",
        nv,
        " + \".\");");
    macroDepth--;
  }

  /** #encodeMap, lines 731-760. */
  private void encodeMap(int indent, String var, Schema s) {
    enterMacro();
    String i = avro.indent(indent);
    String kt = avro.getStringType(s);
    String vt = avro.javaType(s.getValueType());
    line(i, "    long size", nv, " = ", var, ".size();");
    line(i, "    out.writeMapStart();");
    line(i, "    out.setItemCount(size", nv, ");");
    line(i, "    long actualSize", nv, " = 0;");
    line(i, "    for (java.util.Map.Entry<", kt, ", ", vt, "> e", nv, ": ", var, ".entrySet()) {");
    line(i, "      actualSize", nv, "++;");
    line(i, "      out.startItem();");
    if (avro.isStringable(s)) {
      line(i, "      out.writeString(e", nv, ".getKey().toString());");
    } else {
      line(i, "      out.writeString(e", nv, ".getKey());");
    }
    line(i, "      ", vt, " v", nv, " = e", nv, ".getValue();");
    String value = "v" + nv;
    nv++;
    maxnv = nv;
    encodeVar(indent + 2, value, s.getValueType());
    nv--;
    line(i, "    }");
    line(i, "    out.writeMapEnd();");
    line(i, "    if (actualSize", nv, " != size", nv, ")");
    // line 759 is not indented with $I
    line(
        "      throw new java.util.ConcurrentModificationException(\"Map-size written was \" +"
            + " size",
        nv,
        " + \", but element count was \" + actualSize",
        nv,
        " + \".\");");
    macroDepth--;
  }

  /** #encodeUnion, lines 762-775. */
  private void encodeUnion(int indent, String var, Schema s) {
    enterMacro();
    String i = avro.indent(indent);
    int nonNull = avro.getNonNullIndex(s);
    line(i, "    if (", var, " == null) {");
    line(i, "      out.writeIndex(", nonNull == 0 ? 1 : 0, ");");
    line(i, "      out.writeNull();");
    line(i, "    } else {");
    line(i, "      out.writeIndex(", nonNull, ");");
    encodeVar(indent + 2, var, s.getTypes().get(nonNull));
    line(i, "    }");
    macroDepth--;
  }

  /** #decodeVar, lines 778-822. */
  private void decodeVar(int indent, String var, Schema s, String rs) {
    enterMacro();
    String i = avro.indent(indent);
    switch (s.getType()) {
      case ARRAY -> decodeArray(indent, var, s, rs);
      case MAP -> decodeMap(indent, var, s, rs);
      case UNION -> decodeUnion(indent, var, s, rs);
      case RECORD -> {
        line(i, "    if (", var, " == null) {");
        line(i, "      ", var, " = new ", avro.javaType(s), "();");
        line(i, "    }");
        line(i, "    ", var, ".customDecode(in);");
      }
      case NULL -> line(i, "    in.readNull();");
      case BOOLEAN -> line(i, "    ", var, " = in.readBoolean();");
      case INT -> line(i, "    ", var, " = in.readInt();");
      case LONG -> line(i, "    ", var, " = in.readLong();");
      case FLOAT -> line(i, "    ", var, " = in.readFloat();");
      case DOUBLE -> line(i, "    ", var, " = in.readDouble();");
      case STRING -> decodeString(i, var, s);
      case BYTES -> line(i, "    ", var, " = in.readBytes(", var, ");");
      case FIXED -> {
        line(i, "    if (", var, " == null) {");
        line(i, "      ", var, " = new ", avro.javaType(s), "();");
        line(i, "    }");
        line(i, "    in.readFixed(", var, ".bytes(), 0, ", s.getFixedSize(), ");");
      }
      case ENUM -> line(i, "    ", var, " = ", avro.javaType(s), ".values()[in.readEnum()];");
    }
    macroDepth--;
  }

  /** #decodeString, lines 824-849. */
  private void decodeString(String ii, String var, Schema s) {
    enterMacro();
    String st = avro.getStringType(s);
    if (avro.isStringable(s)) {
      if (st.equals("java.net.URI")) {
        line(ii, "    try {");
        line(ii, "      ", var, " = new ", st, "(in.readString());");
        line(ii, "    } catch (java.net.URISyntaxException e) {");
        line(ii, "      throw new java.io.IOException(e.getMessage());");
        line(ii, "    }");
      } else if (st.equals("java.net.URL")) {
        line(ii, "    try {");
        line(ii, "      ", var, " = new ", st, "(in.readString());");
        line(ii, "    } catch (java.net.MalformedURLException e) {");
        line(ii, "      throw new java.io.IOException(e.getMessage());");
        line(ii, "    }");
      } else {
        line(ii, "    ", var, " = new ", st, "(in.readString());");
      }
    } else if (st.equals("java.lang.String")) {
      line(ii, "    ", var, " = in.readString();");
    } else if (st.equals("org.apache.avro.util.Utf8")) {
      line(ii, "    ", var, " = in.readString(", var, ");");
    } else {
      line(
          ii, "    ", var, " = in.readString(", var, " instanceof Utf8 ? (Utf8)", var, " : null);");
    }
    macroDepth--;
  }

  /** #decodeArray, lines 851-878. */
  private void decodeArray(int indent, String var, Schema s, String rs) {
    enterMacro();
    String i = avro.indent(indent);
    String t = avro.javaType(s);
    String et = avro.javaType(s.getElementType());
    String gat = "SpecificData.Array<" + et + ">";
    line(i, "    long size", nv, " = in.readArrayStart();");
    line(i, "    ", t, " a", nv, " = ", var, ";");
    line(i, "    if (a", nv, " == null) {");
    line(i, "      a", nv, " = new ", gat, "((int)size", nv, ", ", rs, ");");
    line(i, "      ", var, " = a", nv, ";");
    line(i, "    } else a", nv, ".clear();");
    line(
        i,
        "    ",
        gat,
        " ga",
        nv,
        " = (a",
        nv,
        " instanceof SpecificData.Array ? (",
        gat,
        ")a",
        nv,
        " : null);");
    line(i, "    for ( ; 0 < size", nv, "; size", nv, " = in.arrayNext()) {");
    line(i, "      for ( ; size", nv, " != 0; size", nv, "--) {");
    line(i, "        ", et, " e", nv, " = (ga", nv, " != null ? ga", nv, ".peek() : null);");
    String element = "e" + nv;
    nv++;
    maxnv = nv;
    decodeVar(indent + 4, element, s.getElementType(), rs + ".getElementType()");
    nv--;
    line(i, "        a", nv, ".add(e", nv, ");");
    line(i, "      }");
    line(i, "    }");
    macroDepth--;
  }

  /** #decodeMap, lines 880-907. */
  private void decodeMap(int indent, String var, Schema s, String rs) {
    enterMacro();
    String i = avro.indent(indent);
    String t = avro.javaType(s);
    String kt = avro.getStringType(s);
    String vt = avro.javaType(s.getValueType());
    line(i, "    long size", nv, " = in.readMapStart();");
    line(
        i,
        "    ",
        t,
        " m",
        nv,
        " = ",
        var,
        "; // Need fresh name due to limitation of macro system");
    line(i, "    if (m", nv, " == null) {");
    line(
        i,
        "      m",
        nv,
        " = new java.util.HashMap<",
        kt,
        ",",
        vt,
        ">((int)(size",
        nv,
        " * 4)/3 + 1);");
    line(i, "      ", var, " = m", nv, ";");
    line(i, "    } else m", nv, ".clear();");
    line(i, "    for ( ; 0 < size", nv, "; size", nv, " = in.mapNext()) {");
    line(i, "      for ( ; size", nv, " != 0; size", nv, "--) {");
    line(i, "        ", kt, " k", nv, " = null;");
    decodeString(i + "    ", "k" + nv, s);
    line(i, "        ", vt, " v", nv, " = null;");
    String value = "v" + nv;
    nv++;
    maxnv = nv;
    decodeVar(indent + 4, value, s.getValueType(), rs + ".getValueType()");
    nv--;
    line(i, "        m", nv, ".put(k", nv, ", v", nv, ");");
    line(i, "      }");
    line(i, "    }");
    macroDepth--;
  }

  /** #decodeUnion, lines 909-922. */
  private void decodeUnion(int indent, String var, Schema s, String rs) {
    enterMacro();
    String i = avro.indent(indent);
    int si = avro.getNonNullIndex(s);
    line(i, "    if (in.readIndex() != ", si, ") {");
    line(i, "      in.readNull();");
    line(i, "      ", var, " = null;");
    line(i, "    } else {");
    decodeVar(indent + 2, var, s.getTypes().get(si), rs + ".getTypes().get(" + si + ")");
    line(i, "    }");
    macroDepth--;
  }
}
