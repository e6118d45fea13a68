package dev.dataproduct.model.descriptor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.yaml.YamlList;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.model.descriptor.yaml.YamlNode;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema (what editors check) and {@link StructureValidator} (what the build checks) must
 * agree. Every fixture under {@code descriptor/agreement/} is checked by both: an independent JSON
 * Schema implementation (networknt, on the YAML converted to JSON by Jackson) and YamlLoader +
 * StructureValidator. For invalid fixtures they must report the same violations, compared as {@code
 * RULE-ID@line:col} after mapping each JSON Schema keyword to the rule that covers it, and list
 * those rules in their first line ({@code # expect: ...}).
 *
 * <p>{@code pattern} and {@code format} are the semantic rules' job, not StructureValidator's:
 * fixtures in {@code invalid-pattern-only/} are rejected by the schema through those keywords
 * alone, and this test asserts that StructureValidator accepts them, so the division of labour is
 * explicit; in the other invalid fixtures, pattern and format errors are left out of the
 * comparison.
 *
 * <p>Fixtures avoid what Jackson's YAML reading does differently from SnakeYAML's YAML 1.1, because
 * those differences are YAML's, not the schema's: plain yes, no, on and off (booleans to SnakeYAML)
 * and aliases (Jackson's tree model reads an alias as its name). The per-case tests cover both.
 */
class SchemaAgreementTest {

  private static final Path FIXTURES = fixtures();
  private static final List<String> LEFT_TO_SEMANTIC_RULES = List.of("pattern", "format");
  private static Schema jsonSchema;

  @BeforeAll
  static void loadJsonSchema() throws IOException {
    try (InputStream in =
        StructureValidator.class.getResourceAsStream(StructureValidator.SCHEMA_RESOURCE)) {
      jsonSchema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static Stream<Path> valid() throws IOException {
    return list("valid");
  }

  static Stream<Path> invalid() throws IOException {
    return list("invalid");
  }

  static Stream<Path> invalidPatternOnly() throws IOException {
    return list("invalid-pattern-only");
  }

  @ParameterizedTest
  @MethodSource("valid")
  void validFixturesPassBoth(Path fixture) throws IOException {
    assertEquals(
        List.of(), jsonSchemaErrors(fixture), "JSON Schema errors in " + fixture.getFileName());
    assertEquals(
        List.of(),
        validatorFindings(fixture),
        "StructureValidator findings in " + fixture.getFileName());
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidFixturesFailBothWithTheSameFindings(Path fixture) throws IOException {
    YamlMap document = load(fixture);
    List<Error> errors = jsonSchemaErrors(fixture);
    List<String> fromSchema = new ArrayList<>();
    for (Error error : errors) {
      if (!LEFT_TO_SEMANTIC_RULES.contains(error.getKeyword())
          && !hidesBehindTypeError(error, errors)) {
        fromSchema.add(expectedFinding(error, document));
      }
    }
    List<String> fromValidator =
        validatorFindings(fixture).stream()
            .map(f -> f.ruleId() + "@" + f.position().line() + ":" + f.position().column())
            .toList();

    assertFalse(fromSchema.isEmpty(), "the JSON Schema accepts " + fixture.getFileName());
    assertEquals(
        sorted(fromSchema), sorted(fromValidator), "findings for " + fixture.getFileName());
    assertEquals(
        sorted(expectedRules(fixture)),
        sorted(fromValidator.stream().map(s -> s.substring(0, s.indexOf('@'))).toList()),
        "rules listed in the '# expect:' line of " + fixture.getFileName());
  }

  @ParameterizedTest
  @MethodSource("invalidPatternOnly")
  void patternAndFormatAreLeftToTheSemanticRules(Path fixture) throws IOException {
    List<Error> errors = jsonSchemaErrors(fixture);
    assertFalse(errors.isEmpty(), "the JSON Schema accepts " + fixture.getFileName());
    for (Error error : errors) {
      assertTrue(
          LEFT_TO_SEMANTIC_RULES.contains(error.getKeyword()),
          "not a pattern or format error: " + error);
    }
    assertEquals(List.of(), validatorFindings(fixture));
  }

  /**
   * JSON Schema reports every keyword a value fails; StructureValidator reports only the type of a
   * value of the wrong type (const "dataproduct.dev/v1" says nothing new about apiVersion: 1).
   */
  private static boolean hidesBehindTypeError(Error error, List<Error> all) {
    return !error.getKeyword().equals("type")
        && all.stream()
            .anyMatch(
                e ->
                    e.getKeyword().equals("type")
                        && e.getInstanceLocation().equals(error.getInstanceLocation()));
  }

  /** The finding StructureValidator should give for a JSON Schema error, as RULE-ID@line:col. */
  private static String expectedFinding(Error error, YamlMap document) {
    NodePath path = error.getInstanceLocation();
    boolean identifiesFormat =
        path.getNameCount() == 1 && List.of("apiVersion", "kind").contains(path.getElement(0));
    YamlNode node = nodeAt(document, error.getInstanceLocation());
    String rule;
    SourcePosition at = node.position();
    switch (error.getKeyword()) {
      case "required" -> rule = "DESCRIPTOR-REQUIRED";
      case "additionalProperties" -> {
        rule = "DESCRIPTOR-UNKNOWN-KEY";
        at = ((YamlMap) node).keyPositionOf(error.getProperty());
      }
      case "type" -> rule = identifiesFormat ? "DESCRIPTOR-API-VERSION" : "DESCRIPTOR-TYPE";
      case "const" -> rule = identifiesFormat ? "DESCRIPTOR-API-VERSION" : "DESCRIPTOR-VALUE";
      case "enum",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minItems",
          "minLength",
          "minProperties",
          "maxProperties" ->
          rule = "DESCRIPTOR-VALUE";
      default -> {
        return fail(
            "no StructureValidator rule for JSON Schema keyword "
                + error.getKeyword()
                + ": "
                + error);
      }
    }
    return rule + "@" + at.line() + ":" + at.column();
  }

  private static YamlNode nodeAt(YamlMap document, NodePath path) {
    YamlNode node = document;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      node =
          element instanceof Integer index
              ? ((YamlList) node).items().get(index)
              : ((YamlMap) node).get((String) element).orElseThrow();
    }
    return node;
  }

  private static List<Error> jsonSchemaErrors(Path fixture) throws IOException {
    JsonNode json = new YAMLMapper().readTree(fixture.toFile());
    return jsonSchema.validate(json);
  }

  private static List<Finding> validatorFindings(Path fixture) throws IOException {
    return new StructureValidator().validate(load(fixture));
  }

  private static YamlMap load(Path fixture) throws IOException {
    YamlLoadResult result =
        new YamlLoader().load(fixture, fixture.getFileName().toString(), TestWording.MAVEN_WORDS);
    assertEquals(List.of(), result.findings(), "loader findings for " + fixture.getFileName());
    return result.document().orElseThrow();
  }

  private static List<String> expectedRules(Path fixture) throws IOException {
    String first = Files.readAllLines(fixture).get(0);
    if (!first.startsWith("# expect: ")) {
      return fail(fixture.getFileName() + " must start with '# expect: <RULE-ID> ...'");
    }
    return Arrays.asList(first.substring("# expect: ".length()).trim().split("\\s+"));
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  private static Stream<Path> list(String folder) throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertFalse(yaml.isEmpty(), "no fixtures in " + folder);
      return yaml.stream();
    }
  }

  private static Path fixtures() {
    try {
      return Path.of(SchemaAgreementTest.class.getResource("/descriptor/agreement").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
