package dev.dataproduct.site;

import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleArea;
import dev.dataproduct.rules.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The rule catalogue: an index grouped by area and one page per rule, generated from the rule
 * declarations ({@link RuleCatalog}), so a rule cannot exist without its page. Where the core's
 * tests have a fixture for the rule ({@code core/src/test/resources/rules/<ID>} for {@code
 * validate}, {@code .../check/<ID>} for {@code check}), the page shows its files and the exact
 * output the tests assert.
 */
final class RulePages {

  static final String VALIDATE_FIXTURES = "core/src/test/resources/rules/";
  static final String CHECK_FIXTURES = "core/src/test/resources/check/";

  private RulePages() {}

  static List<Page> pages(Sources sources) {
    List<Page> pages = new ArrayList<>();
    pages.add(Page.fromMarkdown(Navigation.RULES, index()));
    for (Rule rule : RuleCatalog.all()) {
      pages.add(Page.fromMarkdown("rules/" + rule.id(), page(rule, sources)));
    }
    return pages;
  }

  private static String index() {
    StringBuilder out = new StringBuilder("# Rules\n\n");
    out.append(
            "<p class=\"generated\">Generated from the rule declarations of the plugin (<code>dev.dataproduct.rules.RuleCatalog</code>); ")
        .append(
            "<code>mvn dev.dataproduct:dataproduct-maven-plugin:rules</code> prints the same list.</p>\n\n");
    out.append(
            "Every finding names a rule by a stable ID. Change a rule's severity, or turn it off, in the plugin's configuration:\n\n")
        .append(
            "```xml\n<configuration>\n  <rules>\n    <GOVERNANCE-FIELD-DOC>error</GOVERNANCE-FIELD-DOC>  <!-- off, info, warning or error -->\n  </rules>\n</configuration>\n```\n\n")
        .append(
            "or accept one finding with a [waiver](../descriptor.html#waivers) in `dataproduct.yaml`.\n\n");
    for (RuleArea area : RuleArea.values()) {
      List<Rule> rules = RuleCatalog.all().stream().filter(rule -> rule.area() == area).toList();
      if (rules.isEmpty()) {
        continue;
      }
      out.append("<h2 id=\"")
          .append(area.prefix().toLowerCase(Locale.ROOT))
          .append("\">")
          .append(area.prefix())
          .append(": ")
          .append(SiteWriter.escape(area.purpose()))
          .append("</h2>\n\n");
      out.append(
          "| rule | default | goal | change | what it checks |\n| --- | --- | --- | --- | --- |\n");
      for (Rule rule : rules) {
        out.append("| [")
            .append(rule.id())
            .append("](")
            .append(rule.id())
            .append(".html) | ")
            .append(severity(rule))
            .append(" | ")
            .append(rule.goal().goalName())
            .append(" | ")
            .append(rule.changeClass().name().toLowerCase(Locale.ROOT))
            .append(" | ")
            .append(plain(rule.purpose()))
            .append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String page(Rule rule, Sources sources) {
    StringBuilder out = new StringBuilder("# ").append(rule.id()).append("\n\n");
    out.append("<p class=\"generated\">Generated from the declaration of ")
        .append(rule.id())
        .append(".</p>\n\n");
    out.append(plain(rule.purpose())).append("\n\n");
    out.append("| | |\n| --- | --- |\n")
        .append("| area | [")
        .append(rule.area().prefix())
        .append("](index.html#")
        .append(rule.area().prefix().toLowerCase(Locale.ROOT))
        .append("): ")
        .append(plain(rule.area().purpose()))
        .append(" |\n")
        .append("| default severity | ")
        .append(severity(rule))
        .append(" |\n")
        .append("| reported by | `dataproduct:")
        .append(rule.goal().goalName())
        .append("` |\n")
        .append("| change class | ")
        .append(rule.changeClass().name().toLowerCase(Locale.ROOT))
        .append(" (version step: ")
        .append(rule.changeClass().release())
        .append("): ")
        .append(plain(rule.changeClass().meaning()))
        .append(" |\n\n");
    out.append("## Change its severity\n\n```xml\n<configuration>\n  <rules>\n    <")
        .append(rule.id())
        .append(">warning</")
        .append(rule.id())
        .append(">  <!-- off, info, warning or error -->\n  </rules>\n</configuration>\n```\n\n");
    out.append("## Accept one finding\n\n```yaml\nwaivers:\n  - rule: ")
        .append(rule.id())
        .append(
            "\n    target: outputPorts/order-events     # what the finding is about, as it names it\n")
        .append("    justification: Why this is acceptable, and until when\n```\n\n");
    example(rule, sources, out);
    return out.toString();
  }

  /** The plugin's test fixture for the rule, when there is one. */
  private static void example(Rule rule, Sources sources, StringBuilder out) {
    Path repository = sources.repository();
    Path validate = repository.resolve(VALIDATE_FIXTURES + rule.id());
    Path check = repository.resolve(CHECK_FIXTURES + rule.id());
    if (Files.isDirectory(validate)) {
      out.append("## Example\n\nFrom the plugin's test fixture `")
          .append(VALIDATE_FIXTURES)
          .append(rule.id())
          .append("`; its test asserts exactly this output of `dataproduct:validate`.\n\n");
      for (Path file : files(validate)) {
        if (!file.getFileName().toString().equals("expected.txt")) {
          out.append(sources.codeBlock(file, null)).append('\n');
        }
      }
      out.append(sources.codeBlock(validate.resolve("expected.txt"), "text")).append('\n');
    } else if (Files.isDirectory(check)) {
      out.append("## Example\n\nFrom the plugin's test fixture `")
          .append(CHECK_FIXTURES)
          .append(rule.id())
          .append(
              "`: the files that differ between the previous release and the current one, and the output of `dataproduct:check` its test asserts.\n\n");
      Path previous = check.resolve("previous");
      Path current = check.resolve("current");
      for (Path file : files(current)) {
        Path before = previous.resolve(current.relativize(file));
        if (!Files.isRegularFile(before) || !Sources.read(before).equals(Sources.read(file))) {
          if (Files.isRegularFile(before)) {
            out.append(sources.codeBlock(before, null)).append('\n');
          }
          out.append(sources.codeBlock(file, null)).append('\n');
        }
      }
      out.append(sources.codeBlock(check.resolve("expected.txt"), "text")).append('\n');
    }
  }

  private static List<Path> files(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Declared text as Markdown that shows it as written: "<domain>/<name>" is text, not an HTML tag.
   */
  private static String plain(String text) {
    return SiteWriter.escape(text)
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`");
  }

  private static String severity(Rule rule) {
    return rule.defaultSeverity().toString().toLowerCase(Locale.ROOT);
  }
}
