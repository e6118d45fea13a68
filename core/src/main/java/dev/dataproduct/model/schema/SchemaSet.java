package dev.dataproduct.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.GovernanceRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.apache.avro.Schema;

/**
 * The Avro schema files of a product ({@code src/main/avro/**}{@code /*.avsc}), each parsed once
 * and resolved against the others, with the position of every type and field so that findings point
 * to {@code file:line:column}. Loading reports what is wrong with the files themselves (JSON, Avro
 * structure, undefined or duplicate names, defaults, endless recursion); the governance checks and
 * schema references from the descriptor are separate calls.
 */
public final class SchemaSet {

  private final Path root;
  private final Path baseDir;
  private final String displayRoot;
  private final Map<String, SchemaFile> files = new LinkedHashMap<>();
  final Map<String, Schema> namedTypes = new LinkedHashMap<>();

  /** The first definition of every full name, in file order; the one references resolve to. */
  final Map<String, Definer> owners = new LinkedHashMap<>();

  /** A definition and the file it is in. */
  record Definer(SchemaFile file, TypeDefinition definition) {}

  SchemaSet(Path root, Path baseDir, String displayRoot) {
    this.root = root;
    this.baseDir = baseDir;
    this.displayRoot = displayRoot;
  }

  /**
   * Loads every {@code .avsc} file under {@code schemaRoot} (recursively, in path order) and
   * reports the problems of each to {@code findings}. A file that fails never stops the others from
   * being checked. A missing {@code schemaRoot} gives an empty set.
   *
   * @param schemaRoot the schema directory, usually {@code <baseDir>/src/main/avro}
   * @param baseDir the project base directory; finding paths are relative to it
   * @param findings where problems are reported
   * @throws IOException when a file or directory cannot be read
   */
  public static SchemaSet load(Path schemaRoot, Path baseDir, Findings findings)
      throws IOException {
    return SchemaLoader.load(schemaRoot, baseDir, findings);
  }

  void add(SchemaFile file) {
    files.put(file.relativePath(), file);
  }

  /** The schema directory, absolute. */
  public Path root() {
    return root;
  }

  /** The schema directory relative to the base directory, e.g. {@code src/main/avro}. */
  public String displayRoot() {
    return displayRoot;
  }

  Path baseDir() {
    return baseDir;
  }

  /** Every {@code .avsc} file found, in path order, whether it loaded or not. */
  public Collection<SchemaFile> files() {
    return Collections.unmodifiableCollection(files.values());
  }

  /** The file at {@code relativePath} under the schema root ({@code /}-separated). */
  public Optional<SchemaFile> file(String relativePath) {
    return Optional.ofNullable(files.get(relativePath));
  }

  /** The resolved top-level schema of the file at {@code relativePath}, if it loaded. */
  public Optional<Schema> schemaOfFile(String relativePath) {
    return file(relativePath).flatMap(SchemaFile::schema);
  }

  /** The named type (record, enum, fixed) with this full name, as its defining file gives it. */
  public Optional<Schema> namedType(String fullName) {
    return Optional.ofNullable(namedTypes.get(fullName));
  }

  /** Number of {@code .avsc} files found. */
  public int fileCount() {
    return files.size();
  }

  /** Number of files that loaded (their schema is available). */
  public int loadedFileCount() {
    return (int)
        files.values().stream().filter(f -> f.status() == SchemaFile.Status.LOADED).count();
  }

  /** Number of distinct named types available from loaded files. */
  public int namedTypeCount() {
    return namedTypes.size();
  }

  /**
   * The line and column of the JSON value at {@code jsonPointer} in the file at {@code fileRel}
   * (nearest existing ancestor if there is no such value; the file itself if it is unknown).
   */
  public SourcePosition positionOf(String fileRel, String jsonPointer) {
    SchemaFile file = files.get(fileRel);
    if (file == null) {
      return SourcePosition.file(displayRoot.isEmpty() ? fileRel : displayRoot + "/" + fileRel);
    }
    return file.positionOf(jsonPointer);
  }

  /** Where the named type is defined (its {@code name} value), in the file that owns it. */
  public Optional<SourcePosition> typePosition(String fullName) {
    Definer owner = owners.get(fullName);
    return owner == null
        ? Optional.empty()
        : Optional.of(owner.file().positionOf(owner.definition().namePointer()));
  }

  /** Where field {@code fieldName} of record {@code recordFullName} is declared (its name). */
  public Optional<SourcePosition> fieldPosition(String recordFullName, String fieldName) {
    Definer owner = owners.get(recordFullName);
    if (owner == null || !owner.definition().isRecord()) {
      return Optional.empty();
    }
    JsonNode fields = owner.definition().node().get("fields");
    for (int i = 0; fields != null && fields.isArray() && i < fields.size(); i++) {
      JsonNode name = fields.get(i).get("name");
      if (name != null && name.isTextual() && name.asText().equals(fieldName)) {
        return Optional.of(owner.file().positionOf(fieldNamePointer(owner.definition(), i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a schema path written in the descriptor (relative to the schema root) and returns its
   * file. Reports {@code SCHEMA-PATH-ESCAPE} for an absolute path, a path with {@code ..} or a
   * symbolic link that leads outside the schema root, and {@code SCHEMA-FILE-MISSING} (with a "did
   * you mean") for a file that is not there; both at {@code at}, the descriptor's position. The
   * file returned may have failed to load; see {@link SchemaFile#status()}.
   */
  public Optional<SchemaFile> resolveReference(
      String reference, SourcePosition at, Findings findings) {
    return new SchemaReferenceResolver(this).resolve(reference, at, findings);
  }

  /** Every field tagged {@code pii}, in file and declaration order (each record once). */
  public List<PiiField> piiFields() {
    List<PiiField> pii = new ArrayList<>();
    forEachField(
        (owner, field, index) -> {
          if (isPii(field.get("tags"))) {
            pii.add(
                new PiiField(
                    owner.definition().fullName(),
                    field.get("name").asText(),
                    owner.file().relativePath(),
                    owner.file().positionOf(fieldNamePointer(owner.definition(), index))));
          }
        });
    return pii;
  }

  /** Reports {@code GOVERNANCE-FIELD-DOC} for every field without a non-blank {@code doc}. */
  public void checkFieldDocs(Findings findings) {
    checkFieldDocs(findings, (record, field) -> true);
  }

  /**
   * Reports {@code GOVERNANCE-FIELD-DOC} for every field without a non-blank {@code doc} that
   * {@code held} accepts (by the record's full name and the field's name).
   */
  public void checkFieldDocs(Findings findings, BiPredicate<String, String> held) {
    forEachField(
        (owner, field, index) -> {
          JsonNode doc = field.get("doc");
          String record = owner.definition().fullName();
          String name = field.get("name").asText();
          if ((doc == null || !doc.isTextual() || doc.asText().isBlank())
              && held.test(record, name)) {
            findings.add(
                Finding.of(
                        GovernanceRules.FIELD_DOC,
                        owner.file().positionOf(fieldNamePointer(owner.definition(), index)),
                        "Field \"" + name + "\" of record \"" + record + "\" has no doc")
                    .withHint(
                        "Add \"doc\": \"<what the field means, its unit and where it comes from>\" to the field.")
                    .withTarget(record + "#" + name));
          }
        });
  }

  private interface FieldVisitor {
    void visit(Definer owner, JsonNode field, int index);
  }

  /** Visits every named field of every record, once per full name (its owning definition). */
  private void forEachField(FieldVisitor visitor) {
    for (Definer owner : owners.values()) {
      if (!owner.definition().isRecord()) {
        continue;
      }
      JsonNode fields = owner.definition().node().get("fields");
      for (int i = 0; fields != null && fields.isArray() && i < fields.size(); i++) {
        JsonNode field = fields.get(i);
        JsonNode name = field.get("name");
        if (name != null && name.isTextual()) {
          visitor.visit(owner, field, i);
        }
      }
    }
  }

  private static boolean isPii(JsonNode tags) {
    if (tags == null) {
      return false;
    }
    if (tags.isTextual()) {
      return tags.asText().trim().toLowerCase(Locale.ROOT).equals("pii");
    }
    for (int i = 0; tags.isArray() && i < tags.size(); i++) {
      if (isPii(tags.get(i))) {
        return true;
      }
    }
    return false;
  }

  static String fieldNamePointer(TypeDefinition record, int index) {
    String field = LocatedJson.child(LocatedJson.child(record.pointer(), "fields"), index);
    return LocatedJson.child(field, "name");
  }
}
