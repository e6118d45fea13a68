package dev.dataproduct.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.schema.SchemaSet.Definer;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.rules.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.ParseContext;
import org.apache.avro.Schema;
import org.apache.avro.util.SchemaResolver;

/**
 * Loads a {@link SchemaSet}: reads and walks every file, resolves names across files, then has Avro
 * parse the files in dependency order. Files that use each other's types (a cycle) are parsed
 * together in one {@link ParseContext}, which resolves forward references at the end; every other
 * file gets its own context holding just the types it uses, so a file that fails affects only the
 * files that use its types.
 */
final class SchemaLoader {

  /** Spellings of primitive types seen in other languages. */
  private static final Map<String, String> PRIMITIVE_ALIASES =
      Map.of(
          "integer", "int", "bool", "boolean", "str", "string", "int32", "int", "int64", "long",
          "float32", "float", "float64", "double", "binary", "bytes");

  /** Avro's logical types and the type each annotates. */
  private static final Map<String, String> LOGICAL_TYPES =
      Map.ofEntries(
          Map.entry(
              "decimal",
              "{\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 10, \"scale\": 2}"),
          Map.entry("uuid", "{\"type\": \"string\", \"logicalType\": \"uuid\"}"),
          Map.entry("date", "{\"type\": \"int\", \"logicalType\": \"date\"}"),
          Map.entry("time-millis", "{\"type\": \"int\", \"logicalType\": \"time-millis\"}"),
          Map.entry("time-micros", "{\"type\": \"long\", \"logicalType\": \"time-micros\"}"),
          Map.entry(
              "timestamp-millis", "{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}"),
          Map.entry(
              "timestamp-micros", "{\"type\": \"long\", \"logicalType\": \"timestamp-micros\"}"),
          Map.entry(
              "timestamp-nanos", "{\"type\": \"long\", \"logicalType\": \"timestamp-nanos\"}"),
          Map.entry(
              "local-timestamp-millis",
              "{\"type\": \"long\", \"logicalType\": \"local-timestamp-millis\"}"),
          Map.entry(
              "local-timestamp-micros",
              "{\"type\": \"long\", \"logicalType\": \"local-timestamp-micros\"}"),
          Map.entry(
              "local-timestamp-nanos",
              "{\"type\": \"long\", \"logicalType\": \"local-timestamp-nanos\"}"),
          Map.entry(
              "duration",
              "{\"type\": \"fixed\", \"name\": \"Duration\", \"size\": 12, \"logicalType\": \"duration\"}"));

  /** Names other languages and databases give the types Avro writes as logical types. */
  private static final Map<String, String> LOGICAL_ALIASES =
      Map.ofEntries(
          Map.entry("bigdecimal", "decimal"),
          Map.entry("numeric", "decimal"),
          Map.entry("money", "decimal"),
          Map.entry("number", "decimal"),
          Map.entry("biginteger", "decimal"),
          Map.entry("guid", "uuid"),
          Map.entry("localdate", "date"),
          Map.entry("time", "time-millis"),
          Map.entry("localtime", "time-millis"),
          Map.entry("timestamp", "timestamp-millis"),
          Map.entry("datetime", "timestamp-millis"),
          Map.entry("instant", "timestamp-millis"),
          Map.entry("offsetdatetime", "timestamp-millis"),
          Map.entry("zoneddatetime", "timestamp-millis"),
          Map.entry("localdatetime", "local-timestamp-millis"),
          Map.entry("interval", "duration"));

  /** A reference to a type defined in another file. */
  private record Use(TypeReference reference, String fullName, SchemaFile owner) {}

  private final SchemaSet set;
  private final Findings findings;
  private final Map<String, List<Definer>> definers = new LinkedHashMap<>();
  private final Map<SchemaFile, List<Use>> uses = new IdentityHashMap<>();

  private SchemaLoader(SchemaSet set, Findings findings) {
    this.set = set;
    this.findings = findings;
  }

  static SchemaSet load(Path schemaRoot, Path baseDir, Findings findings) throws IOException {
    Path root = schemaRoot.toAbsolutePath().normalize();
    Path base = baseDir.toAbsolutePath().normalize();
    SchemaSet set = new SchemaSet(root, base, display(base, root));
    SchemaLoader loader = new SchemaLoader(set, findings);
    if (Files.isDirectory(root)) {
      loader.findFiles();
    } else if (Files.exists(root)) {
      throw new IOException("Schema directory " + root + " is not a directory");
    }
    loader.run();
    return set;
  }

  private void findFiles() throws IOException {
    Path root = set.root();
    Path realRoot = root.toRealPath();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths =
          walk.filter(p -> p.getFileName().toString().endsWith(".avsc") && Files.isRegularFile(p))
              .sorted((a, b) -> slashed(root.relativize(a)).compareTo(slashed(root.relativize(b))))
              .toList();
    }
    for (Path path : paths) {
      SchemaFile file =
          new SchemaFile(path, slashed(root.relativize(path)), display(set.baseDir(), path));
      Path real = path.toRealPath();
      if (!real.startsWith(realRoot)) {
        report(
            SchemaRules.PATH_ESCAPE,
            SourcePosition.file(file.displayPath()),
            "Schema file \""
                + file.relativePath()
                + "\" is a symbolic link to "
                + real
                + ", outside "
                + set.displayRoot()
                + "; it is not loaded",
            "Copy the schema into " + set.displayRoot() + " instead of linking to it.");
        continue;
      }
      set.add(file);
    }
  }

  private void run() throws IOException {
    for (SchemaFile file : set.files()) {
      read(file);
    }
    for (SchemaFile file : set.files()) {
      for (TypeDefinition definition : file.definitions) {
        definers
            .computeIfAbsent(definition.fullName(), name -> new ArrayList<>())
            .add(new Definer(file, definition));
      }
    }
    definers.forEach((name, list) -> set.owners.put(name, list.get(0)));
    // Files that failed to read may define types nobody else can see; what they might define is
    // "not checked" in the files that use it, never "undefined".
    List<SchemaFile> unread =
        set.files().stream().filter(f -> f.hasErrors && f.text != null).toList();
    for (SchemaFile file : set.files()) {
      resolveReferences(file, unread);
    }
    // Defaults are checked afterwards, with positions: Avro cannot check a default whose type is
    // defined further down or in another file of a cycle, and would reject the whole file. Avro
    // reads this switch from a thread-local, also while it resolves references.
    boolean validateDefaults = Schema.getValidateDefaults();
    Schema.setValidateDefaults(false);
    try {
      for (List<SchemaFile> component :
          FileComponents.inDependencyOrder(set.files(), this::dependencies)) {
        parseWithAvro(component);
      }
    } finally {
      Schema.setValidateDefaults(validateDefaults);
    }
    checkDuplicates();
    checkDefaults();
    checkRecursion();
  }

  private void read(SchemaFile file) throws IOException {
    Optional<String> text = StandaloneSchema.utf8Text(Files.readAllBytes(file.path()));
    if (text.isEmpty()) {
      file.hasErrors = true;
      report(
          SchemaRules.JSON,
          SourcePosition.file(file.displayPath()),
          "Schema file is not UTF-8 text",
          "Save the file as UTF-8.");
      return;
    }
    file.text = text.get();
    try {
      file.json = LocatedJson.parse(file.text, file.displayPath());
    } catch (LocatedJson.TooDeep e) {
      file.hasErrors = true;
      report(
          SchemaRules.TOO_DEEP,
          e.at(),
          "The schema nests deeper than "
              + LocatedJson.MAX_DEPTH
              + " levels of JSON; it is not read further, as Avro and code generation would run out of stack",
          "Flatten the schema: define the nested records once, at the top of the file or in their own files, and refer to them by name.");
      return;
    } catch (LocatedJson.SyntaxError e) {
      file.hasErrors = true;
      report(
          SchemaRules.JSON,
          e.at(),
          "Not valid JSON: " + e.getMessage(),
          "Fix the JSON syntax; a schema file holds one JSON value.");
      return;
    }
    for (LocatedJson.DuplicateKey duplicate : file.json.duplicateKeys()) {
      report(
          SchemaRules.JSON,
          duplicate.at(),
          "Key \""
              + duplicate.key()
              + "\" appears twice in the same object; Avro silently uses the last one",
          "Remove one of the two \"" + duplicate.key() + "\" entries.");
    }
    AvscWalker.walk(file, findings);
  }

  /**
   * Finds what each name refers to, as Avro does: in this file first, then in any file; a name
   * found nowhere but written as the name of a type in a file that failed to read is taken to be
   * that file's.
   */
  private void resolveReferences(SchemaFile file, List<SchemaFile> unread) {
    Set<String> local =
        file.definitions.stream().map(TypeDefinition::fullName).collect(Collectors.toSet());
    List<Use> external = new ArrayList<>();
    for (TypeReference reference : file.references) {
      String found = null;
      for (String candidate : reference.candidates()) {
        if (local.contains(candidate) || definers.containsKey(candidate)) {
          found = candidate;
          break;
        }
      }
      Optional<SchemaFile> brokenOwner =
          found == null ? mayDefine(unread, file, reference) : Optional.empty();
      if (brokenOwner.isPresent()) {
        external.add(new Use(reference, reference.qualifiedName(), brokenOwner.get()));
      } else if (found == null) {
        file.hasErrors = true;
        reportUndefined(file, reference);
      } else if (!local.contains(found)) {
        external.add(new Use(reference, found, set.owners.get(found).file()));
      }
    }
    uses.put(file, external);
  }

  /** The first file that failed to read and whose text names a type as {@code reference} does. */
  private static Optional<SchemaFile> mayDefine(
      List<SchemaFile> unread, SchemaFile user, TypeReference reference) {
    String simple = reference.name().substring(reference.name().lastIndexOf('.') + 1);
    Pattern definition =
        Pattern.compile(
            "\"name\"\\s*:\\s*\"("
                + Pattern.quote(reference.qualifiedName())
                + "|"
                + Pattern.quote(simple)
                + ")\"");
    return unread.stream().filter(f -> f != user && definition.matcher(f.text).find()).findFirst();
  }

  private List<SchemaFile> dependencies(SchemaFile file) {
    return uses.getOrDefault(file, List.of()).stream().map(Use::owner).distinct().toList();
  }

  private void parseWithAvro(List<SchemaFile> component) {
    Set<SchemaFile> members = Collections.newSetFromMap(new IdentityHashMap<>());
    members.addAll(component);
    if (blocked(component, members)) {
      return;
    }
    ParseContext context = new ParseContext();
    for (SchemaFile file : component) {
      for (Use use : uses.get(file)) {
        if (!members.contains(use.owner()) && !context.contains(use.fullName())) {
          context.put(set.namedTypes.get(use.fullName()));
        }
      }
    }
    context.commit();
    Map<SchemaFile, Schema> parsed = new LinkedHashMap<>();
    for (SchemaFile file : component) {
      try {
        parsed.put(
            file, new Schema.Parser(context).setValidateDefaults(false).parseInternal(file.text));
        context.commit();
      } catch (RuntimeException e) {
        context.rollback();
        avroFailed(file, e);
      }
    }
    if (parsed.size() < component.size()) {
      blocked(component, members);
      return;
    }
    try {
      // Types used before their definition (later in the file, or in another file of a cycle)
      // are placeholders until resolved; most files have none and need no second pass.
      boolean resolved = parsed.values().stream().allMatch(SchemaResolver::isFullyResolvedSchema);
      if (!resolved) {
        context.resolveAllSchemas();
      }
      Map<String, Schema> types = context.typesByName();
      for (SchemaFile file : component) {
        file.schema = resolved ? parsed.get(file) : context.resolve(parsed.get(file));
        Map<String, Schema> own = new LinkedHashMap<>();
        for (String name : file.definedTypes()) {
          own.put(name, types.get(name));
          if (set.owners.get(name).file() == file) {
            set.namedTypes.put(name, types.get(name));
          }
        }
        file.namedTypes = own;
        file.status = SchemaFile.Status.LOADED;
      }
    } catch (RuntimeException e) {
      for (SchemaFile file : component) {
        file.schema = null;
        avroFailed(file, e);
      }
    }
  }

  /**
   * Marks the files of a component that cannot be parsed because a file whose types they use
   * failed, with one note each; returns whether the component is blocked.
   */
  private boolean blocked(List<SchemaFile> component, Set<SchemaFile> members) {
    Use componentBlocker = null;
    Map<SchemaFile, Use> ownBlocker = new HashMap<>();
    for (SchemaFile file : component) {
      if (file.hasErrors) {
        file.status = SchemaFile.Status.FAILED;
      }
      for (Use use : uses.getOrDefault(file, List.of())) {
        boolean ownerFailed =
            members.contains(use.owner())
                ? use.owner().hasErrors
                : use.owner().status != SchemaFile.Status.LOADED;
        if (ownerFailed) {
          ownBlocker.putIfAbsent(file, use);
          componentBlocker = componentBlocker == null ? use : componentBlocker;
        }
      }
    }
    boolean anyFailed = component.stream().anyMatch(f -> f.hasErrors);
    if (componentBlocker == null && !anyFailed) {
      return false;
    }
    for (SchemaFile file : component) {
      if (file.hasErrors) {
        continue;
      }
      file.status = SchemaFile.Status.NOT_CHECKED;
      Use own = ownBlocker.get(file);
      if (own != null) {
        report(
            SchemaRules.NOT_CHECKED,
            file.positionOf(own.reference().pointer()),
            "Not checked with Avro: it uses \""
                + own.fullName()
                + "\" from "
                + own.owner().displayPath()
                + ", which has errors",
            "Fix "
                + own.owner().displayPath()
                + " first; this file is checked once that one loads.");
      } else {
        SchemaFile culprit =
            componentBlocker != null
                ? componentBlocker.owner()
                : component.stream().filter(f -> f.hasErrors).findFirst().orElseThrow();
        report(
            SchemaRules.NOT_CHECKED,
            file.position(),
            "Not checked with Avro: it is in a cycle of files that use each other's types, and "
                + culprit.displayPath()
                + " has errors",
            "Fix " + culprit.displayPath() + " first; this file is checked once that one loads.");
      }
    }
    return true;
  }

  private void avroFailed(SchemaFile file, RuntimeException e) {
    file.hasErrors = true;
    file.status = SchemaFile.Status.FAILED;
    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    if (message.length() > 300) {
      message = message.substring(0, 297) + "...";
    }
    // Avro names what it could not resolve; point at that reference when this file has it.
    String undefined =
        message.startsWith("Undefined schema: ")
            ? message.substring("Undefined schema: ".length()).trim()
            : null;
    Optional<TypeReference> reference =
        file.references.stream().filter(r -> r.qualifiedName().equals(undefined)).findFirst();
    report(
        SchemaRules.INVALID,
        reference.map(r -> file.positionOf(r.pointer())).orElseGet(file::position),
        "Avro cannot read this schema: " + message,
        reference.isPresent()
            ? "Write the type's full name, or define it before its first use."
            : "Fix the schema so that Avro 1.12 accepts it.");
  }

  private void reportUndefined(SchemaFile file, TypeReference reference) {
    String name = reference.name();
    SourcePosition at = file.positionOf(reference.pointer());
    if (name.isEmpty()) {
      report(
          SchemaRules.UNDEFINED_NAME,
          at,
          "The type is an empty string",
          "Write a type: one of Avro's primitives (null, boolean, int, long, float, double, bytes, string), or the name of a type defined in a .avsc file under "
              + set.displayRoot()
              + ".");
      return;
    }
    if (name.indexOf('.') < 0) {
      String logical = LOGICAL_TYPES.get(name);
      if (logical != null) {
        report(
            SchemaRules.INVALID,
            at,
            "\"" + name + "\" is a logical type, not a type of its own",
            "Write the type it annotates with a logicalType: " + logical + ".");
        return;
      }
      // "strng" is a typo of a primitive; "Strng" may as well be one of the product's types.
      Optional<String> primitive =
          Optional.ofNullable(PRIMITIVE_ALIASES.get(name.toLowerCase(Locale.ROOT)))
              .or(
                  () ->
                      Suggestions.closest(name, AvscWalker.PRIMITIVES)
                          .filter(
                              p ->
                                  Character.isLowerCase(name.charAt(0))
                                      || name.equalsIgnoreCase(p)));
      if (primitive.isPresent()) {
        report(
            SchemaRules.INVALID,
            at,
            "Unknown type \"" + name + "\"; did you mean \"" + primitive.get() + "\"?",
            "The primitive types are null, boolean, int, long, float, double, bytes and string.");
        return;
      }
      // "bigdecimal", "timestamp": a Java or SQL type that Avro writes as a logical type.
      Optional<String> meant =
          Optional.ofNullable(
                  LOGICAL_ALIASES.get(name.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "")))
              .or(() -> Suggestions.closest(name.toLowerCase(Locale.ROOT), LOGICAL_TYPES.keySet()));
      if (meant.isPresent() && Character.isLowerCase(name.charAt(0))) {
        report(
            SchemaRules.INVALID,
            at,
            "Unknown type \""
                + name
                + "\"; Avro has no such type, did you mean the logical type \""
                + meant.get()
                + "\"?",
            "Write the type it annotates with a logicalType: "
                + LOGICAL_TYPES.get(meant.get())
                + ".");
        return;
      }
    }
    String qualified = reference.qualifiedName();
    String written =
        qualified.equals(name) ? "\"" + name + "\"" : "\"" + name + "\" (" + qualified + ")";
    Optional<String> suggestion = suggestType(reference);
    String message =
        "Type " + written + " is not defined in any schema file under " + set.displayRoot();
    if (suggestion.isPresent()) {
      String proposed = suggestion.get();
      if (reference.namespace() != null
          && reference.namespace().equals(AvscWalker.namespaceOf(proposed))
          && name.indexOf('.') < 0) {
        proposed = proposed.substring(proposed.lastIndexOf('.') + 1);
      }
      report(
          SchemaRules.UNDEFINED_NAME,
          at,
          message + "; did you mean \"" + proposed + "\"?",
          "Write \"" + proposed + "\", or define \"" + qualified + "\" in a schema file.");
    } else if (name.indexOf('.') < 0 && Character.isLowerCase(name.charAt(0))) {
      // A lower-case name is more often a type Avro does not have than a type of the product.
      report(
          SchemaRules.UNDEFINED_NAME,
          at,
          message,
          "Avro's types are the primitives null, boolean, int, long, float, double, bytes and string, and the logical types "
              + String.join(", ", new TreeSet<>(LOGICAL_TYPES.keySet()))
              + " written on a primitive, e.g. {\"type\": \"int\", \"logicalType\": \"date\"}; a type of the product's own is defined in a .avsc file under "
              + set.displayRoot()
              + ".");
    } else {
      report(
          SchemaRules.UNDEFINED_NAME,
          at,
          message,
          "Define \""
              + qualified
              + "\" in a .avsc file under "
              + set.displayRoot()
              + ", or refer to an existing type by its full name (namespace.Name).");
    }
  }

  /** The defined type the user most likely meant. */
  private Optional<String> suggestType(TypeReference reference) {
    String simple = reference.name().substring(reference.name().lastIndexOf('.') + 1);
    Map<String, String> bySimpleName = new LinkedHashMap<>();
    for (String fullName : definers.keySet()) {
      bySimpleName.putIfAbsent(fullName.substring(fullName.lastIndexOf('.') + 1), fullName);
    }
    String sameSimpleName = bySimpleName.get(simple);
    if (sameSimpleName != null) {
      return Optional.of(sameSimpleName);
    }
    // Compare simple names only: full names share long namespaces, which makes unrelated types look
    // close.
    return Suggestions.closest(simple, bySimpleName.keySet()).map(bySimpleName::get);
  }

  /** Two files defining one full name must define it the same way. */
  private void checkDuplicates() {
    definers.forEach(
        (name, list) -> {
          Definer first = list.get(0);
          Set<SchemaFile> reported = Collections.newSetFromMap(new IdentityHashMap<>());
          for (Definer other : list.subList(1, list.size())) {
            if (other.file() == first.file() || !reported.add(other.file())) {
              continue;
            }
            Schema mine = first.file().namedTypes.get(name);
            Schema theirs = other.file().namedTypes.get(name);
            if (mine != null && theirs != null && !mine.equals(theirs)) {
              SourcePosition firstAt = first.file().positionOf(first.definition().namePointer());
              report(
                  SchemaRules.DUPLICATE_NAME,
                  other.file().positionOf(other.definition().namePointer()),
                  "Type \"" + name + "\" is already defined differently in " + firstAt,
                  "Define the type in one file and refer to it by name from the others, or make both definitions identical.");
            }
          }
        });
  }

  private void checkDefaults() {
    for (SchemaFile file : set.files()) {
      if (file.status != SchemaFile.Status.LOADED) {
        continue;
      }
      for (TypeDefinition definition : file.definitions) {
        Schema record = file.namedTypes.get(definition.fullName());
        if (!definition.isRecord() || record == null || record.getType() != Schema.Type.RECORD) {
          continue;
        }
        JsonNode fields = definition.node().get("fields");
        for (int i = 0; i < fields.size(); i++) {
          JsonNode field = fields.get(i);
          JsonNode value = field.get("default");
          Schema.Field avroField =
              value == null ? null : record.getField(field.get("name").asText());
          if (avroField == null) {
            continue;
          }
          String pointer =
              LocatedJson.child(
                  LocatedJson.child(LocatedJson.child(definition.pointer(), "fields"), i),
                  "default");
          DefaultValues.check(avroField.schema(), value, pointer)
              .ifPresent(
                  problem ->
                      report(
                          SchemaRules.BAD_DEFAULT,
                          file.positionOf(problem.pointer()),
                          "Default of field \""
                              + avroField.name()
                              + "\" in record \""
                              + definition.fullName()
                              + "\" does not fit its type: "
                              + problem.message(),
                          problem.hint()));
        }
      }
    }
  }

  private void checkRecursion() {
    for (EndlessRecursion.Cycle cycle : EndlessRecursion.find(set.namedTypes.values())) {
      SourcePosition at =
          set.fieldPosition(cycle.record(), cycle.field())
              .orElseGet(() -> set.typePosition(cycle.record()).orElseThrow());
      report(
          SchemaRules.RECURSIVE,
          at,
          "Record \""
              + cycle.record()
              + "\" contains itself with no way to end ("
              + cycle.cycle()
              + "): every value would be infinitely deep",
          "Make field \""
              + cycle.field()
              + "\" optional (a union starting with \"null\", with \"default\": null), or hold the recursion in an array or a map.");
    }
  }

  private void report(Rule rule, SourcePosition at, String message, String hint) {
    findings.add(Finding.of(rule, at, message).withHint(hint));
  }

  static String display(Path base, Path path) {
    return slashed(base.relativize(path));
  }

  static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
