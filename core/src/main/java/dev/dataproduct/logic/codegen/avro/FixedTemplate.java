package dev.dataproduct.logic.codegen.avro;

import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/** Writes what Avro 1.12.2's {@code fixed.vm} writes for a fixed schema. */
final class FixedTemplate {

  private final SpecificCompiler avro;
  private final Schema schema;

  FixedTemplate(SpecificCompiler avro, Schema schema) {
    this.avro = avro;
    this.schema = schema;
  }

  String render() {
    StringBuilder out = new StringBuilder(2048);
    String name = SpecificCompiler.mangleTypeIdentifier(schema.getName());
    TypeHeader.write(out, avro, schema); // lines 18-26
    // lines 27-64, the class name put in for ${this.mangleTypeIdentifier($schema.getName())}
    out.append("@org.apache.avro.specific.FixedSize(")
        .append(schema.getFixedSize())
        .append(")\n@org.apache.avro.specific.AvroGenerated\npublic class ")
        .append(name)
        .append(" extends org.apache.avro.specific.SpecificFixed {\n")
        .append("  private static final long serialVersionUID = ")
        .append(SpecificCompiler.fingerprint64(schema))
        .append("L;\n")
        .append(
            "  public static final org.apache.avro.Schema SCHEMA$ ="
                + " org.apache.avro.JsonSchemaParser.parseInternal(\"")
        .append(SpecificCompiler.escapeForJavaString(schema.toString()))
        .append("\");\n")
        .append(
            """
              public static org.apache.avro.Schema getClassSchema() { return SCHEMA$; }
              public org.apache.avro.Schema getSchema() { return SCHEMA$; }

              /** Creates a new NAME */
              public NAME() {
                super();
              }

              /**
               * Creates a new NAME with the given bytes.
               * @param bytes The bytes to create the new NAME.
               */
              public NAME(byte[] bytes) {
                super(bytes);
              }

              private static final org.apache.avro.io.DatumWriter<NAME>
                WRITER$ = new org.apache.avro.specific.SpecificDatumWriter<NAME>(SCHEMA$);

              @Override public void writeExternal(java.io.ObjectOutput out)
                throws java.io.IOException {
                WRITER$.write(this, org.apache.avro.specific.SpecificData.getEncoder(out));
              }

              private static final org.apache.avro.io.DatumReader<NAME>
                READER$ = new org.apache.avro.specific.SpecificDatumReader<NAME>(SCHEMA$);

              @Override public void readExternal(java.io.ObjectInput in)
                throws java.io.IOException {
                READER$.read(this, org.apache.avro.specific.SpecificData.getDecoder(in));
              }

            }
            """
                .replace("NAME", name));
    return out.toString();
  }
}
