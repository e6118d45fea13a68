package dev.dataproduct.logic.codegen.avro;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/** Writes what Avro 1.12.2's {@code enum.vm} writes for an enum schema. */
final class EnumTemplate {

  private final SpecificCompiler avro;
  private final Schema schema;

  EnumTemplate(SpecificCompiler avro, Schema schema) {
    this.avro = avro;
    this.schema = schema;
  }

  String render() {
    StringBuilder out = new StringBuilder(1024);
    String name = SpecificCompiler.mangleTypeIdentifier(schema.getName());
    TypeHeader.write(out, avro, schema); // lines 18-26
    // lines 27-28
    out.append("@org.apache.avro.specific.AvroGenerated\npublic enum ")
        .append(name)
        .append(" implements org.apache.avro.generic.GenericEnumSymbol<")
        .append(name)
        .append("> {\n");
    // line 29: the symbols, the #end eating the line's end
    out.append("  ");
    List<String> symbols = schema.getEnumSymbols();
    for (int i = 0; i < symbols.size(); i++) {
      out.append(SpecificCompiler.mangle(symbols.get(i)));
      if (i < symbols.size() - 1) {
        out.append(", ");
      }
    }
    // lines 30-36
    out.append("  ;\n")
        .append(
            "  public static final org.apache.avro.Schema SCHEMA$ ="
                + " org.apache.avro.JsonSchemaParser.parseInternal(\"")
        .append(SpecificCompiler.escapeForJavaString(schema.toString()))
        .append("\");\n")
        .append(
            """
              public static org.apache.avro.Schema getClassSchema() { return SCHEMA$; }

              @Override
              public org.apache.avro.Schema getSchema() { return SCHEMA$; }
            }
            """);
    return out.toString();
  }
}
