package dev.dataproduct.logic.check;

import dev.dataproduct.compat.SchemaLocation;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.model.schema.SchemaFile;
import dev.dataproduct.model.schema.SchemaSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Where things stand in the current project, so the check's findings point at the line to edit: the
 * descriptor's nodes for ports and product keys, the loaded schema files for types and fields. When
 * something cannot be found the position falls back to the nearest thing that can (the port's
 * {@code key:} or {@code value:} reference, then the port itself), never to nothing.
 */
public final class CurrentSources {

  private final DataProduct product;
  private final SchemaSet schemas;
  private final SourcePosition projectVersion;

  /**
   * @param product the current descriptor, with its YAML nodes
   * @param schemas the current schema files, or {@code null} when the project has none
   */
  public CurrentSources(DataProduct product, SchemaSet schemas) {
    this(product, schemas, null);
  }

  /**
   * @param projectVersion where the build file gives the project's version (e.g. {@code
   *     pom.xml:8:12}), or {@code null} when unknown; version findings point there when the
   *     descriptor has no {@code version:}
   */
  public CurrentSources(DataProduct product, SchemaSet schemas, SourcePosition projectVersion) {
    this.product = Objects.requireNonNull(product, "product");
    this.schemas = schemas;
    this.projectVersion = projectVersion;
  }

  public DataProduct product() {
    return product;
  }

  /** Where the descriptor's top-level {@code key} has its value, or where the descriptor starts. */
  SourcePosition descriptor(String key) {
    return product.node().positionOf(key);
  }

  /**
   * Where the release's version is written: the descriptor's {@code version:}, else the build
   * file's version, else where the descriptor starts.
   */
  SourcePosition version() {
    return product.node().has("version") || projectVersion == null
        ? descriptor("version")
        : projectVersion;
  }

  /**
   * Where a port's key says how it is written: its {@code encoding}, else the key itself (the
   * default applies).
   */
  static SourcePosition keyEncoding(OutputPort port) {
    return port.key().node().has("encoding")
        ? port.key().node().positionOf("encoding")
        : port.key().node().position();
  }

  /** Where the descriptor's top-level {@code key} is written, or where the descriptor starts. */
  SourcePosition descriptorKey(String key) {
    return product.node().keyPositionOf(key);
  }

  /** Where a port's {@code key} has its value; the port's name when the port does not write it. */
  SourcePosition portEntry(OutputPort port, String key) {
    return port.node().has(key) ? port.node().positionOf(key) : port.node().positionOf("name");
  }

  /** A place in a port's current key or value schema, as the compatibility check reports it. */
  SourcePosition inSchema(String portName, PortPart part, SchemaLocation at) {
    Optional<SchemaFile> file = schemaFile(portName, part);
    if (file.isEmpty()) {
      return reference(portName, part);
    }
    // Pointers run through the schema with every named type inlined; a type another file defines
    // is found by its name instead.
    if (at.recordName() != null && !file.get().definedTypes().contains(at.recordName())) {
      return at.fieldName() == null
          ? type(portName, part, at.recordName())
          : field(portName, part, at.recordName(), at.fieldName());
    }
    return schemas.positionOf(file.get().relativePath(), at.pointer());
  }

  /**
   * Where a record's field is declared; the record, then the port's reference when it is not found.
   */
  SourcePosition field(String portName, PortPart part, String recordFullName, String fieldName) {
    if (schemas != null) {
      Optional<SourcePosition> at =
          schemas
              .fieldPosition(recordFullName, fieldName)
              .or(() -> schemas.typePosition(recordFullName));
      if (at.isPresent()) {
        return at.get();
      }
    }
    return reference(portName, part);
  }

  /** Where a named type is defined; the port's reference when it is not found. */
  SourcePosition type(String portName, PortPart part, String fullName) {
    if (schemas != null && fullName != null) {
      Optional<SourcePosition> at = schemas.typePosition(fullName);
      if (at.isPresent()) {
        return at.get();
      }
    }
    return reference(portName, part);
  }

  /** Where the port's schema starts: the top of its schema file, or its primitive {@code type}. */
  SourcePosition schemaStart(String portName, PortPart part) {
    return schemaFile(portName, part)
        .map(SchemaFile::position)
        .orElseGet(() -> reference(portName, part));
  }

  /**
   * The port's {@code key:} or {@code value:} reference in the descriptor: its {@code schema} or
   * {@code type} value; the port's name when it has no such reference; the descriptor's output
   * ports when there is no such port.
   */
  SourcePosition reference(String portName, PortPart part) {
    Optional<OutputPort> port = product.outputPort(portName);
    if (port.isEmpty()) {
      return descriptorKey("outputPorts");
    }
    TypeReference ref = reference(port.get(), part);
    if (ref == null) {
      return port.get().node().positionOf("name");
    }
    return ref.node().positionOf(ref.isSchemaFile() ? "schema" : "type");
  }

  private Optional<SchemaFile> schemaFile(String portName, PortPart part) {
    if (schemas == null) {
      return Optional.empty();
    }
    return product
        .outputPort(portName)
        .map(port -> reference(port, part))
        .filter(TypeReference::isSchemaFile)
        .flatMap(ref -> schemas.file(ref.schema()));
  }

  private static TypeReference reference(OutputPort port, PortPart part) {
    return part == PortPart.KEY ? port.key() : port.value();
  }
}
