package dev.dataproduct.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goal reference, generated from the plugin descriptor that maven-plugin-plugin writes from the
 * Mojos' annotations and Javadoc ({@code plugin-enhanced.xml}, where descriptions are HTML): an
 * index and one page per goal with its phase and every parameter a user can set, with its property,
 * default and Javadoc.
 */
final class GoalPages {

  /**
   * A {@code ${...}} expression cut by an HTML tag: maven-plugin-tools mangles {@code {@code
   * ...${x}...}} in Javadoc.
   */
  private static final Pattern BROKEN_EXPRESSION = Pattern.compile("\\$\\{[^}<]*<");

  private GoalPages() {}

  record Parameter(
      String name,
      String type,
      boolean required,
      String property,
      String defaultValue,
      String since,
      String description) {}

  record Goal(
      String name,
      String description,
      String phase,
      String since,
      boolean threadSafe,
      boolean requiresProject,
      List<Parameter> parameters) {}

  static List<Goal> goals(Path pluginDescriptor) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(pluginDescriptor.toFile());
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot read the plugin descriptor " + pluginDescriptor + ": " + e.getMessage(), e);
    }
    List<Goal> goals = new ArrayList<>();
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      Map<String, Element> configuration = new LinkedHashMap<>();
      Element config = child(mojo, "configuration");
      if (config != null) {
        for (Node node = config.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element element) {
            configuration.put(element.getTagName(), element);
          }
        }
      }
      List<Parameter> parameters = new ArrayList<>();
      Element parameterList = child(mojo, "parameters");
      if (parameterList != null) {
        for (Node node = parameterList.getFirstChild();
            node != null;
            node = node.getNextSibling()) {
          if (node instanceof Element parameter && "true".equals(text(parameter, "editable"))) {
            String name = text(parameter, "name");
            Element value = configuration.get(name);
            String expression = value == null ? "" : value.getTextContent().strip();
            parameters.add(
                new Parameter(
                    name,
                    text(parameter, "type"),
                    "true".equals(text(parameter, "required")),
                    expression.startsWith("${") && expression.endsWith("}")
                        ? expression.substring(2, expression.length() - 1)
                        : "",
                    value == null ? "" : value.getAttribute("default-value"),
                    text(parameter, "since"),
                    text(parameter, "description")));
          }
        }
      }
      goals.add(
          new Goal(
              text(mojo, "goal"),
              text(mojo, "description"),
              text(mojo, "phase"),
              text(mojo, "since"),
              "true".equals(text(mojo, "threadSafe")),
              "true".equals(text(mojo, "requiresProject")),
              parameters));
    }
    return goals;
  }

  static List<Page> pages(Path pluginDescriptor) {
    List<Goal> goals = goals(pluginDescriptor);
    List<Page> pages = new ArrayList<>();
    StringBuilder index = new StringBuilder("# Goals\n\n");
    index
        .append(generatedNote())
        .append("\n\n| goal | default phase | what it does |\n| --- | --- | --- |\n");
    for (Goal goal : goals) {
      index
          .append("| [dataproduct:")
          .append(goal.name())
          .append("](")
          .append(goal.name())
          .append(".html) | ")
          .append(goal.phase().isEmpty() ? "(run from the command line)" : "`" + goal.phase() + "`")
          .append(" | ")
          .append(firstSentence(goal.description()))
          .append(" |\n");
      pages.add(Page.fromMarkdown("goals/" + goal.name(), page(goal)));
    }
    index
        .append(
            "\nEvery parameter with a property can be set on the command line, e.g. `-Ddataproduct.skip`. ")
        .append(
            "`dataproduct.skip` skips every goal, `dataproduct.<goal>.skip` one goal; a skipped goal says why in one line.\n");
    pages.add(0, Page.fromMarkdown(Navigation.GOALS, index.toString()));
    return pages;
  }

  /** Javadoc that would read wrong on the goal pages. */
  static List<String> problems(Path pluginDescriptor) {
    List<String> problems = new ArrayList<>();
    for (Goal goal : goals(pluginDescriptor)) {
      if (goal.description().isBlank()) {
        problems.add("goal " + goal.name() + " has no Javadoc");
      }
      for (Parameter parameter : goal.parameters()) {
        if (parameter.description().isBlank()) {
          problems.add(
              "parameter " + parameter.name() + " of goal " + goal.name() + " has no Javadoc");
        } else if (BROKEN_EXPRESSION.matcher(parameter.description()).find()) {
          problems.add(
              "the Javadoc of parameter "
                  + parameter.name()
                  + " of goal "
                  + goal.name()
                  + " has a ${...} inside {@code ...}, which maven-plugin-tools cuts at its '}'; write <pre>&lt;name&gt;${...}&lt;/name&gt;</pre> instead");
        }
      }
    }
    return problems;
  }

  private static String page(Goal goal) {
    StringBuilder out = new StringBuilder("# dataproduct:").append(goal.name()).append("\n\n");
    out.append(generatedNote()).append("\n\n");
    out.append(javadoc(goal.description()));
    out.append("| | |\n| --- | --- |\n")
        .append("| full name | `dev.dataproduct:dataproduct-maven-plugin:")
        .append(goal.name())
        .append("` |\n")
        .append("| default phase | ")
        .append(
            goal.phase().isEmpty()
                ? "none: run it from the command line"
                : "`" + goal.phase() + "`")
        .append(" |\n")
        .append("| needs a project | ")
        .append(goal.requiresProject() ? "yes" : "no")
        .append(" |\n")
        .append("| thread-safe | ")
        .append(goal.threadSafe() ? "yes (parallel builds with -T)" : "no")
        .append(" |\n");
    if (!goal.since().isEmpty()) {
      out.append("| since | ").append(goal.since()).append(" |\n");
    }
    out.append("\n## Parameters\n\n");
    if (goal.parameters().isEmpty()) {
      out.append("None.\n");
    }
    for (Parameter parameter : goal.parameters()) {
      out.append("<h3 id=\"")
          .append(parameter.name())
          .append("\"><code>&lt;")
          .append(parameter.name())
          .append("&gt;</code></h3>\n\n");
      out.append(javadoc(parameter.description()));
      out.append("| | |\n| --- | --- |\n")
          .append("| type | `")
          .append(parameter.type().replace("|", "\\|"))
          .append("` |\n");
      if (!parameter.property().isEmpty()) {
        out.append("| property | `").append(parameter.property()).append("` |\n");
      }
      out.append("| default | ")
          .append(
              parameter.defaultValue().isEmpty() ? "none" : "`" + parameter.defaultValue() + "`")
          .append(" |\n");
      if (parameter.required()) {
        out.append("| required | yes |\n");
      }
      if (!parameter.since().isEmpty()) {
        out.append("| since | ").append(parameter.since()).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Javadoc HTML kept in one HTML block: a blank line would end it and turn the rest into Markdown.
   */
  private static String javadoc(String html) {
    return "<div class=\"javadoc\">" + html.replaceAll("\n\\s*\n", "\n") + "</div>\n\n";
  }

  private static String generatedNote() {
    return "<p class=\"generated\">Generated from the Mojos' Javadoc and annotations, through the plugin descriptor that maven-plugin-plugin writes.</p>";
  }

  private static String firstSentence(String html) {
    String text = html.replaceAll("<[^>]+>", "").replace("\n", " ").strip();
    int end = text.indexOf(". ");
    return (end < 0 ? text : text.substring(0, end + 1)).replace("|", "\\|");
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().strip();
  }
}
