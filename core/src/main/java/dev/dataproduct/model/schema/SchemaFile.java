package dev.dataproduct.model.schema;

import dev.dataproduct.finding.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/** One {@code .avsc} file under the schema root, with what loading it gave. */
public final class SchemaFile {

  /** How far loading a file got. */
  public enum Status {
    /** Avro parsed and resolved it; {@link #schema()} is present (it may still have findings). */
    LOADED,
    /** It has errors of its own (JSON, Avro structure, undefined names); see the findings. */
    FAILED,
    /** It uses types from a file that failed, so Avro could not parse it; it was not checked. */
    NOT_CHECKED
  }

  private final Path path;
  private final String relativePath;
  private final String displayPath;

  // Filled in while loading, by SchemaSet.
  String text;
  LocatedJson json;
  List<TypeDefinition> definitions = List.of();
  List<TypeReference> references = List.of();
  boolean hasErrors;
  Status status = Status.FAILED;
  Schema schema;
  Map<String, Schema> namedTypes = Map.of();

  SchemaFile(Path path, String relativePath, String displayPath) {
    this.path = path;
    this.relativePath = relativePath;
    this.displayPath = displayPath;
  }

  /** The absolute path of the file. */
  public Path path() {
    return path;
  }

  /** The path under the schema root with {@code /}, e.g. {@code com/example/Order.avsc}. */
  public String relativePath() {
    return relativePath;
  }

  /** The path relative to the project base directory with {@code /}, as findings print it. */
  public String displayPath() {
    return displayPath;
  }

  public Status status() {
    return status;
  }

  /** The file's top-level schema, resolved against every other file; empty unless loaded. */
  public Optional<Schema> schema() {
    return Optional.ofNullable(schema);
  }

  /**
   * The named type {@code fullName} as this file defines it, resolved; empty unless loaded and
   * defined here.
   */
  public Optional<Schema> namedType(String fullName) {
    return Optional.ofNullable(namedTypes.get(fullName));
  }

  /** The full names of the named types this file defines, in the order they appear. */
  public List<String> definedTypes() {
    return definitions.stream().map(TypeDefinition::fullName).distinct().toList();
  }

  /** Where the file's schema starts; the file itself when it is not JSON. */
  public SourcePosition position() {
    return positionOf("");
  }

  /**
   * The line and column of the JSON value at {@code jsonPointer} (RFC 6901, e.g. {@code
   * /fields/2/type}); the nearest existing ancestor when there is no such value.
   */
  public SourcePosition positionOf(String jsonPointer) {
    if (json == null) {
      return SourcePosition.file(displayPath);
    }
    return json.positionOf(jsonPointer);
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
