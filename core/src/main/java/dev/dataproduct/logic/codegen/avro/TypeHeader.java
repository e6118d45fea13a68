package dev.dataproduct.logic.codegen.avro;

import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/**
 * The lines {@code enum.vm} and {@code fixed.vm} begin with (their lines 18-26): the package, the
 * schema's doc and its {@code javaAnnotation}s.
 */
final class TypeHeader {

  private TypeHeader() {}

  static void write(StringBuilder out, SpecificCompiler avro, Schema schema) {
    // #if ($schema.getNamespace()): Velocity's #if is false for an empty string too
    if (present(schema.getNamespace())) {
      out.append("package ").append(SpecificCompiler.mangle(schema.getNamespace())).append(";\n");
    }
    if (present(schema.getDoc())) {
      out.append("/** ").append(SpecificCompiler.escapeForJavadoc(schema.getDoc())).append(" */\n");
    }
    for (String annotation : avro.javaAnnotations(schema)) {
      out.append('@').append(annotation).append('\n');
    }
  }

  /** Velocity's {@code #if ($text)}: neither null nor empty. */
  static boolean present(String text) {
    return text != null && !text.isEmpty();
  }
}
