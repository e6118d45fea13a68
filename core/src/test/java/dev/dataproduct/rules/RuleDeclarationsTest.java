package dev.dataproduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule is declared once, listed in the catalog, and shown by a fixture named after it whose
 * test asserts its exact output ({@code RuleFixturesTest} for validate, {@code CheckFixturesTest}
 * for check): the fixture is also the example on the rule's site page.
 */
class RuleDeclarationsTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/dataproduct/rules");
  private static final List<Path> FIXTURE_FOLDERS =
      List.of(Path.of("src/test/resources/rules"), Path.of("src/test/resources/check"));

  /**
   * Rules no product fixture can show, and why. Their exact output is asserted by the test named.
   * Keep this short: a rule that a product's files can trigger gets a fixture.
   */
  private static final Map<String, String> WITHOUT_FIXTURE =
      Map.of(
          "CATALOG-VERSION-PUBLISHED",
          "judges what a catalog already holds, and its message names the catalog's absolute folder; PublishedVersionTest asserts its line against a real directory catalog",
          "REGISTRY-INCOMPATIBLE",
          "is the schema registry's verdict when publish registers the schemas; RegistryPublicationTest asserts it against a registry over HTTP",
          "IMPORT-UNMAPPED",
          "is reported by import about a foreign ODCS file, not about a product; OdcsImportTest asserts its located lines",
          "IMPORT-SOURCE",
          "is reported by import about a source it cannot read as a product; OdcsImportTest asserts its line");

  @Test
  void everyRuleConstantOfEveryAreaIsInTheCatalog() throws Exception {
    Set<Rule> declared = new HashSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith("Rules.java")).toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        for (Field field : Class.forName("dev.dataproduct.rules." + name).getFields()) {
          if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
            declared.add((Rule) field.get(null));
          }
        }
      }
    }
    assertEquals(declared, Set.copyOf(RuleCatalog.all()), "the rule constants and the catalog");
    assertEquals(RuleCatalog.all().size(), declared.size());
  }

  @Test
  void everyRuleHasAFixtureNamedAfterItThatShowsIt() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleCatalog.all()) {
      if (!WITHOUT_FIXTURE.containsKey(rule.id()) && fixtureShowing(rule).isEmpty()) {
        missing.add(rule.id());
      }
    }
    assertEquals(
        List.of(),
        missing,
        "rules without a fixture folder src/test/resources/{rules,check}/<RULE-ID> whose expected.txt shows the rule");
  }

  @Test
  void theRulesWithoutFixtureExistAndStillHaveNone() throws IOException {
    for (String id : WITHOUT_FIXTURE.keySet()) {
      Rule rule = RuleCatalog.byId(id).orElseThrow(() -> new AssertionError("no rule " + id));
      assertEquals(
          Optional.empty(), fixtureShowing(rule), id + " has a fixture now; take it off the list");
    }
  }

  @Test
  void onlyTheCheckJudgesChangesBetweenReleases() {
    for (Rule rule : RuleCatalog.all()) {
      if (rule.changeClass() != ChangeClass.NONE) {
        assertEquals(
            Goal.CHECK,
            rule.goal(),
            rule.id() + " is " + rule.changeClass() + " but reported by " + rule.goal());
      }
    }
    assertTrue(RuleCatalog.byId("CONTRACT-PORT-REMOVED").orElseThrow().isBreaking());
    assertFalse(RuleCatalog.byId("CONTRACT-PARTITIONS-INCREASED").orElseThrow().isBreaking());
  }

  private static Optional<Path> fixtureShowing(Rule rule) throws IOException {
    for (Path folder : FIXTURE_FOLDERS) {
      Path expected = folder.resolve(rule.id()).resolve("expected.txt");
      if (Files.isRegularFile(expected)
          && Files.readString(expected).contains("[" + rule.id() + "]")) {
        return Optional.of(expected);
      }
    }
    return Optional.empty();
  }
}
