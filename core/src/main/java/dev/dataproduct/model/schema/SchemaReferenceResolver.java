package dev.dataproduct.model.schema;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.rules.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a schema path written in the descriptor: it must name an {@code .avsc} file inside the
 * schema root, by a relative path without {@code ..}, and not through a symbolic link that leads
 * outside.
 */
final class SchemaReferenceResolver {

  private static final Pattern WINDOWS_ABSOLUTE =
      Pattern.compile("^([A-Za-z]:)?[\\\\/].*|^[A-Za-z]:.*");

  private final SchemaSet set;

  SchemaReferenceResolver(SchemaSet set) {
    this.set = set;
  }

  Optional<SchemaFile> resolve(String reference, SourcePosition at, Findings findings) {
    String root = set.displayRoot();
    if (reference == null || reference.isBlank()) {
      report(
          findings,
          SchemaRules.FILE_MISSING,
          at,
          "Schema reference is empty",
          "Name a schema file under " + root + ", e.g. \"com/example/Order.avsc\".");
      return Optional.empty();
    }
    if (WINDOWS_ABSOLUTE.matcher(reference).matches()) {
      report(
          findings,
          SchemaRules.PATH_ESCAPE,
          at,
          "Schema reference \""
              + reference
              + "\" is an absolute path; schema references are relative to "
              + root,
          "Put the schema under "
              + root
              + " and write its path from there"
              + example(reference)
              + ".");
      return Optional.empty();
    }
    List<String> segments = Arrays.asList(reference.split("[/\\\\]"));
    if (segments.contains("..")) {
      report(
          findings,
          SchemaRules.PATH_ESCAPE,
          at,
          "Schema reference \""
              + reference
              + "\" uses \"..\"; schema references must stay inside "
              + root,
          "Put the schema under " + root + " and write its path from there, without \"..\".");
      return Optional.empty();
    }
    Path path;
    try {
      path = set.root().resolve(reference).normalize();
    } catch (InvalidPathException e) {
      report(
          findings,
          SchemaRules.FILE_MISSING,
          at,
          "Schema reference \"" + reference + "\" is not a valid path: " + e.getReason(),
          "Write a path such as \"com/example/Order.avsc\".");
      return Optional.empty();
    }
    if (!Files.exists(path)) {
      missing(reference, at, findings);
      return Optional.empty();
    }
    Path real;
    Path realRoot;
    try {
      real = path.toRealPath();
      realRoot = set.root().toRealPath();
    } catch (IOException e) {
      missing(reference, at, findings);
      return Optional.empty();
    }
    if (!real.startsWith(realRoot)) {
      report(
          findings,
          SchemaRules.PATH_ESCAPE,
          at,
          "Schema reference \""
              + reference
              + "\" leads through a symbolic link to "
              + real
              + ", outside "
              + root,
          "Copy the schema into " + root + " instead of linking to it.");
      return Optional.empty();
    }
    if (!Files.isRegularFile(real) || !real.getFileName().toString().endsWith(".avsc")) {
      report(
          findings,
          SchemaRules.FILE_MISSING,
          at,
          "Schema reference \"" + reference + "\" is not an .avsc schema file",
          "Name an Avro schema file (.avsc) under " + root + ".");
      return Optional.empty();
    }
    String relative = SchemaLoader.slashed(realRoot.relativize(real));
    Optional<SchemaFile> file = set.file(relative);
    if (file.isEmpty()) {
      missing(reference, at, findings);
    }
    return file;
  }

  private void missing(String reference, SourcePosition at, Findings findings) {
    String root = set.displayRoot();
    Optional<String> suggestion = suggest(reference);
    report(
        findings,
        SchemaRules.FILE_MISSING,
        at,
        "Schema file \""
            + reference
            + "\" does not exist under "
            + root
            + suggestion.map(s -> "; did you mean \"" + s + "\"?").orElse(""),
        suggestion
            .map(s -> "Write \"" + s + "\", or create " + root + "/" + reference + ".")
            .orElse("Create " + root + "/" + reference + " or fix the path."));
  }

  /** The existing file meant: the same file name in another folder, else the closest path. */
  private Optional<String> suggest(String reference) {
    String fileName = reference.substring(reference.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    List<String> known = set.files().stream().map(SchemaFile::relativePath).toList();
    Optional<String> sameName =
        known.stream()
            .filter(
                p -> p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(fileName))
            .findFirst();
    return sameName.or(() -> Suggestions.closest(reference, known));
  }

  private static String example(String reference) {
    String fileName =
        reference.substring(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf('\\')) + 1);
    return fileName.isEmpty() ? "" : ", e.g. \"" + fileName + "\"";
  }

  private static void report(
      Findings findings, Rule rule, SourcePosition at, String message, String hint) {
    findings.add(Finding.of(rule, at, message).withHint(hint));
  }
}
