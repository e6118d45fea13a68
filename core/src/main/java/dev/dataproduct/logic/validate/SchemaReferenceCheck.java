package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.model.schema.SchemaFile;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.PortRules;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.rules.Suggestions;
import dev.dataproduct.support.Wording;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * What the descriptor says about schema files: each reference resolves inside the schema directory
 * to one type a generated client can carry, and a key schema can be partitioned by stably.
 */
final class SchemaReferenceCheck {

  private final SchemaSet schemas;
  private final String schemaDirectory;
  private final Wording wording;

  /**
   * @param schemas the loaded schemas, or {@code null} when the schema directory does not exist
   * @param schemaDirectory the schema directory as findings print it
   * @param wording how the front end names the schema directory option
   */
  SchemaReferenceCheck(SchemaSet schemas, String schemaDirectory, Wording wording) {
    this.schemas = schemas;
    this.schemaDirectory = schemaDirectory;
    this.wording = wording;
  }

  void check(DataProduct product, Findings findings) {
    for (OutputPort port : product.outputPorts()) {
      resolve(port, "key", port.key(), findings)
          .filter(schema -> oneType(port, "key", port.key(), schema, findings))
          .ifPresent(schema -> checkKeySchema(port, schema, findings));
      resolve(port, "value", port.value(), findings)
          .ifPresent(schema -> oneType(port, "value", port.value(), schema, findings));
    }
  }

  private Optional<Schema> resolve(
      OutputPort port, String role, TypeReference ref, Findings findings) {
    if (ref == null || ref.schema() == null) {
      return Optional.empty();
    }
    if (schemas == null) {
      findings.add(
          Finding.of(
                  SchemaRules.FILE_MISSING,
                  ref.node().positionOf("schema"),
                  "The "
                      + role
                      + " of port \""
                      + port.name()
                      + "\" refers to "
                      + ref.schema()
                      + " but the schema directory "
                      + schemaDirectory
                      + " does not exist")
              .withHint(
                  "Create "
                      + schemaDirectory
                      + "/"
                      + ref.schema()
                      + ", or point "
                      + wording.schemaDirectoryOption()
                      + " at your Avro sources.")
              .withTarget(port.waiverTarget()));
      return Optional.empty();
    }
    Optional<SchemaFile> file =
        schemas
            .resolveReference(ref.schema(), ref.node().positionOf("schema"), findings)
            .filter(f -> f.status() == SchemaFile.Status.LOADED);
    if (file.isEmpty() || ref.name() == null) {
      return file.flatMap(SchemaFile::schema);
    }
    Optional<Schema> named = file.get().namedType(ref.name());
    if (named.isEmpty()) {
      List<String> defined = file.get().definedTypes();
      String closest =
          Suggestions.closest(ref.name(), defined)
              .map(s -> "; did you mean \"" + s + "\"?")
              .orElse("");
      findings.add(
          Finding.of(
                  PortRules.ONE_TYPE,
                  ref.node().positionOf("name"),
                  "The "
                      + role
                      + " of port \""
                      + port.name()
                      + "\" names type \""
                      + ref.name()
                      + "\", which "
                      + file.get().displayPath()
                      + " does not define"
                      + closest)
              .withHint(
                  defined.isEmpty()
                      ? "Remove name: the file defines no named type."
                      : "Name one of the types the file defines: "
                          + String.join(", ", defined)
                          + ".")
              .withTarget(port.waiverTarget()));
    }
    return named;
  }

  /**
   * A port carries one type, which generated code can name: a record, enum or fixed in a namespace,
   * or a primitive. Returns whether {@code schema} is one.
   */
  private boolean oneType(
      OutputPort port, String role, TypeReference ref, Schema schema, Findings findings) {
    String what = "The " + role + " of port \"" + port.name() + "\"";
    String problem;
    String hint;
    switch (schema.getType()) {
      case UNION -> {
        List<String> named =
            schema.getTypes().stream()
                .filter(t -> t.getType() == Schema.Type.RECORD)
                .map(Schema::getFullName)
                .toList();
        problem =
            what
                + " is "
                + ref.schema()
                + ", whose top level is a union of "
                + schema.getTypes().size()
                + " types ("
                + schema.getTypes().stream()
                    .map(Schema::getFullName)
                    .collect(Collectors.joining(", "))
                + "); a port carries one type";
        hint =
            named.isEmpty()
                ? "Make the file's top level one record, or point the port at a file that defines one."
                : "Name the type the port carries, e.g. "
                    + role
                    + ": { schema: "
                    + ref.schema()
                    + ", name: "
                    + named.get(0)
                    + " }; a topic that carries several types needs one port per type.";
      }
      case ARRAY, MAP, NULL -> {
        problem =
            what
                + " is a top-level "
                + schema.getType().getName()
                + "; a port carries a record or a primitive type, which generated clients can name";
        hint =
            "Wrap it in a record, e.g. {\"type\": \"record\", \"name\": \"Batch\", \"namespace\": \"com.example\", \"fields\": [{\"name\": \"items\", \"type\": ...}]}.";
      }
      case RECORD, ENUM, FIXED -> {
        if (schema.getNamespace() != null && !schema.getNamespace().isEmpty()) {
          return true;
        }
        problem =
            what
                + " is type \""
                + schema.getName()
                + "\", which has no namespace; Java cannot import a generated class from the unnamed package";
        hint = "Add \"namespace\": \"com.example\" to the type.";
      }
      default -> {
        return true;
      }
    }
    findings.add(
        Finding.of(
                PortRules.ONE_TYPE,
                ref.node().positionOf(ref.name() != null ? "name" : "schema"),
                problem)
            .withHint(hint)
            .withTarget(port.waiverTarget()));
    return false;
  }

  /** Keys decide partitions, so their bytes must be the same for equal keys. */
  private void checkKeySchema(OutputPort port, Schema key, Findings findings) {
    String unstable = unstablePart(key, new IdentityHashMap<>());
    if (unstable != null) {
      findings.add(
          Finding.of(
                  PortRules.KEY_TYPE,
                  port.key().node().positionOf("schema"),
                  "The key schema of port \""
                      + port.name()
                      + "\" contains "
                      + unstable
                      + ", so equal keys may go to different partitions")
              .withHint("Key by strings, integers, bytes or records of those.")
              .withTarget(port.waiverTarget()));
    }
  }

  /** A description of the first map or floating-point type inside {@code schema}, or null. */
  private static String unstablePart(Schema schema, Map<Schema, Boolean> seen) {
    if (seen.put(schema, Boolean.TRUE) != null) {
      return null;
    }
    return switch (schema.getType()) {
      case MAP -> "a map (its entries have no fixed order)";
      case FLOAT, DOUBLE ->
          "a " + schema.getType().getName() + " (equal numbers can serialize differently)";
      case ARRAY -> unstablePart(schema.getElementType(), seen);
      case UNION ->
          schema.getTypes().stream()
              .map(s -> unstablePart(s, seen))
              .filter(s -> s != null)
              .findFirst()
              .orElse(null);
      case RECORD ->
          schema.getFields().stream()
              .map(f -> unstablePart(f.schema(), seen))
              .filter(s -> s != null)
              .findFirst()
              .orElse(null);
      default -> null;
    };
  }
}
