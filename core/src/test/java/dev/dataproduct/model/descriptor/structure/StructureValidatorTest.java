package dev.dataproduct.model.descriptor.structure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureValidatorTest {

  private static final String PATH = "dataproduct.yaml";

  /** Line numbers in the tests refer to this descriptor. */
  private static final String VALID =
      """
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      name: orders
      domain: sales
      description: Orders.
      owner:
        team: sales-orders
      outputPorts:
        - name: order-events
          topic: sales.orders.order-events.v1
          value: { schema: OrderEvent.avsc }
      """;

  @Test
  void validDescriptorHasNoFindings() {
    assertEquals(List.of(), validate(VALID));
  }

  // --- required keys

  @Test
  void missingTopLevelKeyIsReportedAtTheDocumentWithItsPurpose() {
    Finding finding = only(validate(VALID.replace("domain: sales\n", "")));

    assertFinding(finding, DescriptorRules.REQUIRED, 1, 1, "Missing required key \"domain\"");
    assertEquals("Missing required key \"domain\"", finding.message());
    assertTrue(
        finding.hint().startsWith("Add domain. The business domain that owns the product"),
        finding.hint());
  }

  @Test
  void missingPortKeyIsReportedAtThePortNamingItsPath() {
    Finding finding =
        only(validate(VALID.replace("    topic: sales.orders.order-events.v1\n", "")));

    assertFinding(
        finding,
        DescriptorRules.REQUIRED,
        9,
        5,
        "Missing required key \"topic\" in outputPorts[0]");
    assertTrue(
        finding.hint().startsWith("Add topic to outputPorts[0]. The Kafka topic"), finding.hint());
  }

  @Test
  void everyMissingKeyOfAnEmptyMappingIsReported() {
    List<Finding> findings = validate(VALID + "waivers:\n  - {}\n");

    assertEquals(
        List.of("DESCRIPTOR-REQUIRED@13:5", "DESCRIPTOR-REQUIRED@13:5", "DESCRIPTOR-REQUIRED@13:5"),
        located(findings));
    assertEquals(
        List.of(
            "Missing required key \"rule\" in waivers[0]",
            "Missing required key \"target\" in waivers[0]",
            "Missing required key \"justification\" in waivers[0]"),
        findings.stream().map(Finding::message).toList());
  }

  // --- unknown keys

  @Test
  void unknownKeyIsReportedAtTheKeyWithTheClosestKnownKey() {
    Finding finding = only(validate(VALID + "    compatability: BACKWARD\n"));

    assertFinding(
        finding,
        DescriptorRules.UNKNOWN_KEY,
        12,
        5,
        "Unknown key \"compatability\" in outputPorts[0]; did you mean \"compatibility\"?");
    assertEquals(
        "Keys allowed in outputPorts[0]: name, description, topic, key, value, compatibility, encoding,"
            + " partitions, retention, cleanupPolicy, slo, status.",
        finding.hint());
  }

  @Test
  void unknownKeyFarFromEveryKnownKeyHasNoSuggestion() {
    Finding finding = only(validate(VALID + "sla: gold\n"));

    assertFinding(finding, DescriptorRules.UNKNOWN_KEY, 12, 1, "Unknown key \"sla\"");
    assertEquals("Unknown key \"sla\"", finding.message());
    assertTrue(
        finding.hint().startsWith("Keys allowed at the top level: apiVersion, kind, name"),
        finding.hint());
  }

  // --- allowed values

  @Test
  void valueOutsideAnEnumSuggestsTheClosestAllowedValue() {
    Finding finding = only(validate(VALID + "    compatibility: BACKWARDS\n"));

    assertFinding(
        finding,
        DescriptorRules.VALUE,
        12,
        20,
        "outputPorts[0].compatibility is \"BACKWARDS\", which is not an allowed value; did you mean \"BACKWARD\"?");
    assertEquals(
        "Allowed values: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.",
        finding.hint());
  }

  @Test
  void enumValueInTheWrongCaseSuggestsTheRightCase() {
    assertFinding(
        only(validate(VALID + "classification: Internal\n")),
        DescriptorRules.VALUE,
        12,
        17,
        "classification is \"Internal\", which is not an allowed value; did you mean \"internal\"?");
  }

  @Test
  void enumValueFarFromEveryAllowedValueHasNoSuggestion() {
    Finding finding = only(validate(VALID + "status: live\n"));

    assertEquals("status is \"live\", which is not an allowed value", finding.message());
    assertEquals("Allowed values: draft, active, deprecated, retired.", finding.hint());
  }

  @Test
  void portStatusUsesTheSharedLifecycleValues() {
    assertFinding(
        only(validate(VALID + "    status: sunset\n")),
        DescriptorRules.VALUE,
        12,
        13,
        "outputPorts[0].status is \"sunset\", which is not an allowed value");
  }

  @Test
  void boundsAreCheckedWithTheirOwnWords() {
    List<Finding> findings =
        validate(
            VALID
                + "    partitions: 0\n"
                + "    slo: { availability: 0 }\n"
                + "  - name: audit\n"
                + "    topic: audit\n"
                + "    value: { type: string }\n"
                + "    slo: { availability: 100.5 }\n"
                + "  - name: other\n"
                + "    topic: other\n"
                + "    value: { type: string }\n"
                + "    slo: { availability: .nan }\n");

    assertEquals(
        List.of(
            "DESCRIPTOR-VALUE@12:17",
            "DESCRIPTOR-VALUE@13:26",
            "DESCRIPTOR-VALUE@17:26",
            "DESCRIPTOR-VALUE@21:26"),
        located(findings));
    assertEquals(
        "outputPorts[0].partitions is 0, but must be at least 1", findings.get(0).message());
    assertEquals(
        "outputPorts[0].slo.availability is 0, but must be greater than 0",
        findings.get(1).message());
    assertEquals(
        "outputPorts[1].slo.availability is 100.5, but must be at most 100",
        findings.get(2).message());
    assertEquals(
        "outputPorts[2].slo.availability is .nan, not a finite number", findings.get(3).message());
  }

  @Test
  void valuesOnTheBoundsAreAccepted() {
    assertEquals(
        List.of(), validate(VALID + "    partitions: 1\n    slo: { availability: 100 }\n"));
  }

  @Test
  void emptyOutputPortsNeedAtLeastOne() {
    Finding finding =
        only(validate(VALID.substring(0, VALID.indexOf("outputPorts:")) + "outputPorts: []\n"));

    assertFinding(
        finding, DescriptorRules.VALUE, 8, 14, "outputPorts is empty, but needs at least 1 item");
    assertEquals("The Kafka topics the product publishes, at least one.", finding.hint());
  }

  @Test
  void emptyDescriptionIsReported() {
    assertFinding(
        only(validate(VALID.replace("description: Orders.", "description: \"\""))),
        DescriptorRules.VALUE,
        5,
        14,
        "description is empty");
  }

  @Test
  void recordSchemaHasOneOrTwoKeys() {
    // Two keys are schema with name (and a key may add its encoding); the other pairs are the
    // semantic rules' (rules/port-reference-pairs).
    List<Finding> findings =
        validate(
            VALID.replace(
                "    value: { schema: OrderEvent.avsc }\n",
                "    key: {}\n    value: { type: string, schema: OrderKey.avsc, name: com.example.OrderKey }\n"));

    assertEquals(List.of("DESCRIPTOR-VALUE@11:10", "DESCRIPTOR-VALUE@12:12"), located(findings));
    assertEquals(
        "outputPorts[0].key has no keys, but needs at least 1 of: type, schema, name, encoding",
        findings.get(0).message());
    assertEquals(
        "outputPorts[0].value has 3 keys (type, schema, name), but allows at most 2",
        findings.get(1).message());
  }

  @Test
  void aKeyMayCarryItsEncodingBesideItsType() {
    assertEquals(
        List.of(),
        validate(
            VALID.replace(
                "    value: { schema: OrderEvent.avsc }\n",
                "    key: { type: string, encoding: kafka }\n    value: { schema: OrderEvent.avsc }\n")));
    assertEquals(
        List.of("DESCRIPTOR-VALUE@11:36"),
        located(
            validate(
                VALID.replace(
                    "    value: { schema: OrderEvent.avsc }\n",
                    "    key: { type: string, encoding: utf8 }\n    value: { schema: OrderEvent.avsc }\n"))));
  }

  // --- types

  @Test
  void quotedNumberGetsAHintToRemoveTheQuotes() {
    Finding finding = only(validate(VALID + "    partitions: \"6\"\n"));

    assertFinding(
        finding,
        DescriptorRules.TYPE,
        12,
        17,
        "outputPorts[0].partitions must be an integer, but is \"6\"");
    assertEquals("Remove the quotes around 6.", finding.hint());
  }

  @Test
  void yaml11BooleanWhereTextIsExpectedGetsAHintToQuoteIt() {
    Finding finding = only(validate(VALID.replace("domain: sales", "domain: no")));

    assertFinding(
        finding, DescriptorRules.TYPE, 4, 9, "domain must be a string, but is the boolean no");
    assertEquals("Quote the value so YAML reads it as text: domain: \"no\"", finding.hint());
  }

  @Test
  void versionThatYamlReadsAsANumberGetsAHintToQuoteIt() {
    Finding finding = only(validate(VALID + "version: 2.10\n"));

    assertFinding(
        finding, DescriptorRules.TYPE, 12, 10, "version must be a string, but is the number 2.10");
    assertEquals("Quote the value so YAML reads it as text: version: \"2.10\"", finding.hint());
  }

  @Test
  void numberInAListOfStringsGetsAHintToQuoteTheItem() {
    Finding finding = only(validate(VALID + "tags: [orders, 2026]\n"));

    assertFinding(
        finding, DescriptorRules.TYPE, 12, 16, "tags[1] must be a string, but is the integer 2026");
    assertEquals("Quote the value so YAML reads it as text: - \"2026\"", finding.hint());
  }

  @Test
  void scalarWhereAMappingIsExpectedNamesTheKeysOfTheMapping() {
    Finding finding =
        only(validate(VALID.replace("owner:\n  team: sales-orders\n", "owner: sales-orders\n")));

    assertFinding(
        finding, DescriptorRules.TYPE, 6, 8, "owner must be a mapping, but is \"sales-orders\"");
    assertEquals("Write owner as a mapping with the keys: team, email.", finding.hint());
  }

  @Test
  void mappingWhereAListIsExpected() {
    Finding finding =
        only(validate(VALID.replace("  - name: order-events", "    name: order-events")));

    assertFinding(
        finding, DescriptorRules.TYPE, 9, 5, "outputPorts must be a list, but is a mapping");
    assertEquals(
        "Write outputPorts as a list: one \"- \" line per item, or [a, b].", finding.hint());
  }

  @Test
  void keyWithoutValueIsNull() {
    Finding finding = only(validate(VALID.replace("description: Orders.", "description:")));

    assertFinding(
        finding, DescriptorRules.TYPE, 5, 13, "description must be a string, but is empty");
    assertTrue(
        finding.hint().startsWith("Give description a value. What the product offers"),
        finding.hint());
  }

  @Test
  void integralFloatIsAnInteger() {
    assertEquals(List.of(), validate(VALID + "    partitions: 6.0\n"));
  }

  // --- format identification

  @Test
  void otherApiVersionIsAnApiVersionFinding() {
    Finding finding = only(validate(VALID.replace("dataproduct.dev/v1", "dataproduct.dev/v2")));

    assertFinding(
        finding,
        DescriptorRules.API_VERSION,
        1,
        13,
        "apiVersion is \"dataproduct.dev/v2\", but this plugin reads only \"dataproduct.dev/v1\"");
    assertEquals("Write apiVersion: dataproduct.dev/v1", finding.hint());
  }

  @Test
  void otherKindIsAnApiVersionFinding() {
    assertFinding(
        only(validate(VALID.replace("kind: DataProduct", "kind: Dataproduct"))),
        DescriptorRules.API_VERSION,
        2,
        7,
        "kind is \"Dataproduct\", but this plugin reads only \"DataProduct\"");
  }

  @Test
  void apiVersionOfTheWrongTypeIsAnApiVersionFinding() {
    assertFinding(
        only(validate(VALID.replace("apiVersion: dataproduct.dev/v1", "apiVersion: 1"))),
        DescriptorRules.API_VERSION,
        1,
        13,
        "apiVersion must be a string, but is the integer 1");
  }

  // --- the whole picture

  @Test
  void everyProblemIsReportedInDocumentOrder() {
    String yaml =
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: orders
        description: Orders.
        status: activ
        owner: { teem: sales-orders }
        outputPorts:
          - name: order-events
            value: { schema: OrderEvent.avsc }
            partitions: -1
            encoding: avro
        """;

    assertEquals(
        List.of(
            "DESCRIPTOR-REQUIRED@1:1",
            "DESCRIPTOR-VALUE@5:9",
            "DESCRIPTOR-REQUIRED@6:8",
            "DESCRIPTOR-UNKNOWN-KEY@6:10",
            "DESCRIPTOR-REQUIRED@8:5",
            "DESCRIPTOR-VALUE@10:17",
            "DESCRIPTOR-VALUE@11:15"),
        located(validate(yaml)));
  }

  @Test
  void patternsAreLeftToTheSemanticRules() {
    String yaml =
        VALID
            .replace("name: orders", "name: Orders")
            .replace("sales.orders.order-events.v1", "sales orders");

    assertEquals(List.of(), validate(yaml));
  }

  @Test
  void aliasedMappingsAreCheckedWhereverTheyAreUsed() {
    String yaml =
        VALID
            + "    slo: &slo { freshness: PT5M, availability: 0 }\n"
            + "  - name: audit\n"
            + "    topic: audit\n"
            + "    value: { type: string }\n"
            + "    slo: *slo\n";

    List<Finding> findings = validate(yaml);

    assertEquals(List.of("DESCRIPTOR-VALUE@12:48", "DESCRIPTOR-VALUE@12:48"), located(findings));
    assertEquals(
        "outputPorts[0].slo.availability is 0, but must be greater than 0",
        findings.get(0).message());
    assertEquals(
        "outputPorts[1].slo.availability is 0, but must be greater than 0",
        findings.get(1).message());
  }

  // --- the schema it interprets

  @Test
  void schemaKeywordsItWouldIgnoreAreRefusedSoSchemaAndValidatorCannotDrift() throws Exception {
    JsonNode oneOf =
        new ObjectMapper()
            .readTree(
                """
        {"type": "object", "properties": {"key": {"oneOf": [{"type": "string"}, {"type": "object"}]}}}""");
    JsonNode typeList =
        new ObjectMapper()
            .readTree(
                """
        {"$defs": {"port": {"type": ["string", "null"]}}}""");
    JsonNode patternAndFormat =
        new ObjectMapper()
            .readTree(
                """
        {"type": "object", "properties": {"email": {"type": "string", "pattern": "@", "format": "email"}}}""");

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> StructureValidator.requireInterpretable(oneOf));
    assertEquals(
        "#/properties/key uses \"oneOf\", which StructureValidator does not interpret",
        refused.getMessage());
    assertThrows(
        IllegalStateException.class, () -> StructureValidator.requireInterpretable(typeList));
    StructureValidator.requireInterpretable(patternAndFormat);
  }

  // --- helpers

  private static List<Finding> validate(String yaml) {
    YamlLoadResult loaded = new YamlLoader().parse(yaml.getBytes(UTF_8), PATH);
    assertEquals(List.of(), loaded.findings(), "loader findings");
    return new StructureValidator().validate(loaded.document().orElseThrow());
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  private static List<String> located(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + "@" + f.position().line() + ":" + f.position().column())
        .toList();
  }

  private static void assertFinding(
      Finding finding, Rule rule, int line, int column, String messageStart) {
    assertEquals(rule, finding.rule(), finding::toString);
    assertEquals(new SourcePosition(PATH, line, column), finding.position(), finding::toString);
    assertTrue(
        finding.message().startsWith(messageStart),
        () -> "\"" + messageStart + "\" does not start: " + finding.message());
    assertFalse(finding.hint() == null || finding.hint().isBlank(), () -> "no hint: " + finding);
  }
}
