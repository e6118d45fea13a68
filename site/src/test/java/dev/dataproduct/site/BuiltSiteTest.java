package dev.dataproduct.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The site the build generated (exec:java in process-classes) has a page for everything the plugin
 * declares.
 */
class BuiltSiteTest {

  private final Path site = Path.of(System.getProperty("site.output"));

  @Test
  void everyRuleHasItsPageListedInTheCatalogue() {
    String index = Sources.read(site.resolve("rules/index.html"));
    for (Rule rule : RuleCatalog.all()) {
      Path page = site.resolve("rules/" + rule.id() + ".html");
      assertTrue(Files.isRegularFile(page), "no page for rule " + rule.id());
      assertTrue(
          Sources.read(page).contains(SiteWriter.escape(rule.purpose())),
          rule.id() + "'s page lacks its purpose");
      assertTrue(
          index.contains("href=\"" + rule.id() + ".html\""),
          "the rule catalogue does not link " + rule.id());
    }
  }

  @Test
  void everyGoalHasItsPageWithEveryParameter() {
    for (GoalPages.Goal goal : GoalPages.goals(Path.of(System.getProperty("plugin.descriptor")))) {
      String page = Sources.read(site.resolve("goals/" + goal.name() + ".html"));
      for (GoalPages.Parameter parameter : goal.parameters()) {
        assertTrue(
            page.contains("<h3 id=\"" + parameter.name() + "\">"),
            "goals/" + goal.name() + ".html lacks parameter " + parameter.name());
        if (!parameter.property().isEmpty()) {
          assertTrue(
              page.contains("<code>" + parameter.property() + "</code>"),
              "goals/" + goal.name() + ".html lacks property " + parameter.property());
        }
      }
    }
  }

  @Test
  void theDescriptorReferenceCoversEveryKeyOfTheSchema() {
    String page = Sources.read(site.resolve("descriptor.html"));
    for (String key :
        new String[] {
          "apiVersion",
          "outputPorts",
          "compatibility",
          "encoding",
          "retention",
          "freshness",
          "justification",
          "product"
        }) {
      assertTrue(page.contains("<code>" + key + "</code>"), "descriptor.html lacks key " + key);
    }
    assertTrue(
        Files.isRegularFile(site.resolve(SiteWriter.SCHEMA)),
        "the JSON Schema is not published with the site");
  }

  @Test
  void pagesIncludeTheExampleFilesTheBuildCompiles() {
    assertTrue(
        Sources.read(site.resolve("migration.html"))
            .contains("site/examples/avro-maven-plugin-after/pom.xml"));
    assertTrue(
        Sources.read(site.resolve("getting-started.html")).contains("class PortRoundTripTest"));
  }
}
