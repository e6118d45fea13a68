package dev.dataproduct.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the site's sources and expands the directives of hand-written pages, each alone on its
 * line:
 *
 * <ul>
 *   <li>{@code @include <path> [language]}: the file as a code block, under its path. Paths are
 *       relative to the site module, so a page shows the real file of an example project (or of the
 *       archetype's reference project) that the build compiles.
 *   <li>{@code @compat <folder>}: a compatibility example from {@code examples/compatibility}, with
 *       the verdict of every level computed by the plugin's own compatibility check.
 * </ul>
 *
 * A directive that cannot be expanded is a problem, collected with the others.
 */
final class Sources {

  private static final Pattern INCLUDE = Pattern.compile("@include\\s+(\\S+)(?:\\s+(\\S+))?\\s*");
  private static final Pattern COMPAT = Pattern.compile("@compat\\s+(\\S+)\\s*");

  private final Path siteModule;
  private final Path repository;
  private final String version;
  private final List<String> problems = new ArrayList<>();

  Sources(Path siteModule, String version) {
    this.siteModule = siteModule.toAbsolutePath().normalize();
    this.repository = this.siteModule.getParent();
    this.version = version;
  }

  /** The Markdown of hand-written page {@code slug}, directives expanded. */
  String page(String slug) {
    Path file = siteModule.resolve("src/pages/" + slug + ".md");
    StringBuilder out = new StringBuilder();
    int lineNumber = 0;
    for (String line : read(file).split("\n", -1)) {
      lineNumber++;
      String where = repository.relativize(file) + ":" + lineNumber;
      Matcher include = INCLUDE.matcher(line);
      Matcher compat = COMPAT.matcher(line);
      if (include.matches()) {
        out.append(includedFile(include.group(1), include.group(2), where));
      } else if (compat.matches()) {
        out.append(
            CompatibilityExamples.markdown(
                siteModule.resolve("examples/compatibility").resolve(compat.group(1)),
                this,
                where));
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The descriptor's JSON Schema, as the core jar ships it (core/, resource
   * META-INF/dataproduct/schema/).
   */
  String descriptorSchema() {
    return read(
        repository.resolve(
            "core/src/main/resources/META-INF/dataproduct/schema/dataproduct-v1.schema.json"));
  }

  /** The example product's descriptor (built by CI, see README.md), as a code block. */
  String exampleDescriptor() {
    return codeBlock(repository.resolve("examples/orders/dataproduct.yaml"), "yaml");
  }

  Path repository() {
    return repository;
  }

  /**
   * A file as a fenced code block under its repository path; placeholders of example POMs show the
   * real version.
   */
  String codeBlock(Path file, String language) {
    String text = read(file).replace("@project.version@", version);
    String fence = text.contains("```") ? "````" : "```";
    return "<p class=\"file\">"
        + repository.relativize(file.toAbsolutePath().normalize())
        + "</p>\n\n"
        + fence
        + (language == null ? languageOf(file) : language)
        + "\n"
        + text
        + (text.endsWith("\n") ? "" : "\n")
        + fence
        + "\n";
  }

  void problem(String message) {
    problems.add(message);
  }

  List<String> problems() {
    return problems;
  }

  private String includedFile(String path, String language, String where) {
    Path file = siteModule.resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      problem(where + ": @include " + path + ": no such file");
      return "";
    }
    return codeBlock(file, language);
  }

  private static String languageOf(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".xml")) {
      return "xml";
    } else if (name.endsWith(".java")) {
      return "java";
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return "yaml";
    } else if (name.endsWith(".avsc") || name.endsWith(".json")) {
      return "json";
    }
    return "text";
  }

  /** A file's text; a byte that is not UTF-8 (the DESCRIPTOR-ENCODING fixture) shows as U+FFFD. */
  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
