package dev.dataproduct.validate;

import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.descriptor.model.OutputPort;
import dev.dataproduct.descriptor.model.TypeReference;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.rules.PortRules;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.schema.SchemaFile;
import dev.dataproduct.schema.SchemaSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * What the descriptor says about schema files: each reference resolves inside the schema
 * directory, and a key schema can be partitioned by stably.
 */
final class SchemaReferenceCheck {

  private final SchemaSet schemas;
  private final String schemaDirectory;

  /**
   * @param schemas the loaded schemas, or {@code null} when the schema directory does not exist
   * @param schemaDirectory the schema directory as findings print it
   */
  SchemaReferenceCheck(SchemaSet schemas, String schemaDirectory) {
    this.schemas = schemas;
    this.schemaDirectory = schemaDirectory;
  }

  void check(DataProduct product, Findings findings) {
    for (OutputPort port : product.outputPorts()) {
      resolve(port, "key", port.key(), findings).ifPresent(schema -> checkKeySchema(port, schema, findings));
      resolve(port, "value", port.value(), findings);
    }
  }

  private Optional<Schema> resolve(OutputPort port, String role, TypeReference ref, Findings findings) {
    if (ref == null || ref.schema() == null) {
      return Optional.empty();
    }
    if (schemas == null) {
      findings.add(
          Finding.of(
                  SchemaRules.FILE_MISSING,
                  ref.node().positionOf("schema"),
                  "The " + role + " of port \"" + port.name() + "\" refers to " + ref.schema() + " but the schema directory " + schemaDirectory + " does not exist")
              .withHint("Create " + schemaDirectory + "/" + ref.schema() + ", or point <schemaDirectory> at your Avro sources.")
              .withTarget(port.waiverTarget()));
      return Optional.empty();
    }
    return schemas.resolveReference(ref.schema(), ref.node().positionOf("schema"), findings).flatMap(SchemaFile::schema);
  }

  /** Keys decide partitions, so their bytes must be the same for equal keys. */
  private void checkKeySchema(OutputPort port, Schema key, Findings findings) {
    String unstable = unstablePart(key, new IdentityHashMap<>());
    if (unstable != null) {
      findings.add(
          Finding.of(
                  PortRules.KEY_TYPE,
                  port.key().node().positionOf("schema"),
                  "The key schema of port \"" + port.name() + "\" contains " + unstable + ", so equal keys may go to different partitions")
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
      case FLOAT, DOUBLE -> "a " + schema.getType().getName() + " (equal numbers can serialize differently)";
      case ARRAY -> unstablePart(schema.getElementType(), seen);
      case UNION -> schema.getTypes().stream().map(s -> unstablePart(s, seen)).filter(s -> s != null).findFirst().orElse(null);
      case RECORD -> schema.getFields().stream().map(f -> unstablePart(f.schema(), seen)).filter(s -> s != null).findFirst().orElse(null);
      default -> null;
    };
  }
}
