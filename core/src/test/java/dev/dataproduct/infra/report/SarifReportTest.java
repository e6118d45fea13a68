package dev.dataproduct.infra.report;

import static dev.dataproduct.infra.report.ReportFixtures.TRICKY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The schema's own $id, mapped to the copy in the test resources so nothing is fetched. */
  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private static final Schema SARIF_SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              builder ->
                  builder.schemaIdResolvers(
                      resolvers ->
                          resolvers.mapPrefix(
                              SCHEMA_ID, "classpath:report/sarif-schema-2.1.0.json")))
          .getSchema(SchemaLocation.of(SCHEMA_ID));

  private static JsonNode parse(ReportInput input) throws IOException {
    return MAPPER.readTree(ReportFixtures.render(SarifReport::write, input));
  }

  private static void assertValidSarif(JsonNode sarif) {
    List<Error> errors = SARIF_SCHEMA.validate(sarif);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }

  @Test
  void fileNameCarriesTheGoal() {
    assertEquals("check.sarif", SarifReport.fileName("check"));
  }

  @Test
  void levelsMapFromSeverities() {
    assertEquals("error", SarifReport.level(Severity.ERROR));
    assertEquals("warning", SarifReport.level(Severity.WARNING));
    assertEquals("note", SarifReport.level(Severity.INFO));
  }

  @Test
  void validAgainstTheSarifSchema() throws IOException {
    assertValidSarif(parse(ReportFixtures.mixed()));
    assertValidSarif(parse(ReportFixtures.empty()));
    assertValidSarif(parse(ReportFixtures.tricky()));
  }

  @Test
  void schemaCatchesAnInvalidLog() throws IOException {
    JsonNode sarif = parse(ReportFixtures.mixed());
    ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

    assertFalse(SARIF_SCHEMA.validate(sarif).isEmpty(), "the schema check must be able to fail");
  }

  @Test
  void oneRunWithTheDriverAndItsRules() throws IOException {
    JsonNode sarif = parse(ReportFixtures.mixed());

    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").asText());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertEquals(1, sarif.get("runs").size());
    JsonNode driver = sarif.at("/runs/0/tool/driver");
    assertEquals("dataproduct-maven-plugin", driver.get("name").asText());
    assertEquals("0.1.0", driver.get("version").asText());
    assertEquals(SarifReport.INFORMATION_URI, driver.get("informationUri").asText());
    JsonNode rules = driver.get("rules");
    assertEquals(5, rules.size());
    assertEquals("DESCRIPTOR-UNKNOWN-KEY", rules.at("/0/id").asText());
    assertEquals(
        "Only keys of the descriptor format are used, so typos never pass silently.",
        rules.at("/0/shortDescription/text").asText());
    assertEquals("error", rules.at("/0/defaultConfiguration/level").asText());
    assertEquals("DESCRIPTOR", rules.at("/0/properties/area").asText());
    assertEquals("GOVERNANCE-FIELD-DOC", rules.at("/1/id").asText());
    assertEquals("warning", rules.at("/1/defaultConfiguration/level").asText());
    assertEquals("NAMING-TOPIC-COLLISION", rules.at("/3/id").asText());
    assertEquals("SCHEMA-FILE-MISSING", rules.at("/4/id").asText());
    assertEquals("dataproduct/validate/", sarif.at("/runs/0/automationDetails/id").asText());
    assertEquals("orders", sarif.at("/runs/0/properties/productName").asText());
    assertEquals("mesh-policy.yaml", sarif.at("/runs/0/properties/summary/policy").asText());
  }

  @Test
  void everyResultPointsAtItsRuleByIdAndIndex() throws IOException {
    JsonNode run = parse(ReportFixtures.mixed()).at("/runs/0");
    JsonNode results = run.get("results");

    assertEquals(4, results.size());
    for (JsonNode result : results) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
    }
    assertEquals(
        List.of(0, 3, 4, 1),
        results.findValues("ruleIndex").stream().map(JsonNode::asInt).toList());
  }

  @Test
  void errorResultHasLevelMessageWithHintAndRegion() throws IOException {
    JsonNode result = parse(ReportFixtures.mixed()).at("/runs/0/results/0");

    assertEquals("DESCRIPTOR-UNKNOWN-KEY", result.get("ruleId").asText());
    assertEquals("error", result.get("level").asText());
    assertEquals(
        "Unknown key \"ownr\" in the product\nhint: Did you mean \"owner\"?",
        result.at("/message/text").asText());
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertEquals("dataproduct.yaml", physical.at("/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", physical.at("/artifactLocation/uriBaseId").asText());
    assertEquals(4, physical.at("/region/startLine").asInt());
    assertEquals(3, physical.at("/region/startColumn").asInt());
    assertFalse(result.has("suppressions"));
    assertFalse(result.has("properties"));
  }

  @Test
  void findingWithoutLineHasNoRegion() throws IOException {
    JsonNode result = parse(ReportFixtures.mixed()).at("/runs/0/results/2");

    assertEquals("SCHEMA-FILE-MISSING", result.get("ruleId").asText());
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertEquals("src/main/avro/Missing.avsc", physical.at("/artifactLocation/uri").asText());
    assertFalse(physical.has("region"));
    assertEquals(
        "Schema file src/main/avro/Missing.avsc does not exist",
        result.at("/message/text").asText());
    assertEquals("outputPorts/order-events", result.at("/properties/target").asText());
  }

  @Test
  void findingWithLineButNoColumnHasNoStartColumn() throws IOException {
    ReportInput input =
        new ReportInput(
            "validate",
            "orders",
            "2.1.0",
            "0.1.0",
            List.of(
                Finding.of(
                    DescriptorRules.REQUIRED,
                    new SourcePosition("dataproduct.yaml", 7, 0),
                    "Key \"description\" is required")),
            List.of(),
            Map.of());
    JsonNode region = parse(input).at("/runs/0/results/0/locations/0/physicalLocation/region");

    assertEquals(7, region.get("startLine").asInt());
    assertFalse(region.has("startColumn"));
  }

  @Test
  void waivedFindingIsANoteWithAnExternalSuppression() throws IOException {
    JsonNode result = parse(ReportFixtures.mixed()).at("/runs/0/results/1");

    assertEquals("NAMING-TOPIC-COLLISION", result.get("ruleId").asText());
    assertEquals("note", result.get("level").asText());
    assertEquals(1, result.get("suppressions").size());
    JsonNode suppression = result.at("/suppressions/0");
    assertEquals("external", suppression.get("kind").asText());
    assertEquals("accepted", suppression.get("status").asText());
    assertEquals(
        "Consumers migrated to order-events-v2 on 2026-10-01",
        suppression.get("justification").asText());
  }

  @Test
  void warningIsAWarning() throws IOException {
    JsonNode result = parse(ReportFixtures.mixed()).at("/runs/0/results/3");

    assertEquals("GOVERNANCE-FIELD-DOC", result.get("ruleId").asText());
    assertEquals("warning", result.get("level").asText());
    assertEquals(
        "src/main/avro/com/example/OrderEvent.avsc",
        result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void specialCharactersRoundTripAndPathsArePercentEncoded() throws IOException {
    JsonNode run = parse(ReportFixtures.tricky()).at("/runs/0");

    JsonNode result = run.at("/results/1");
    assertEquals(TRICKY + "\nhint: " + TRICKY, result.at("/message/text").asText());
    assertEquals(
        "src/main/avro/my%20schema/%C3%96rdnung.avsc",
        result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(TRICKY, run.at("/results/0/suppressions/0/justification").asText());
    assertEquals(TRICKY, run.at("/properties/productName").asText());
  }

  @Test
  void uriReferenceEncodesWhatAUriCannotHoldAndKeepsColonsFromLookingLikeASchema() {
    assertEquals("dataproduct.yaml", SarifReport.uriReference("dataproduct.yaml"));
    assertEquals("a%23b%3Fc.avsc", SarifReport.uriReference("a#b?c.avsc"));
    assertEquals("./c:schema.avsc", SarifReport.uriReference("c:schema.avsc"));
    assertEquals("dir/c:schema.avsc", SarifReport.uriReference("dir/c:schema.avsc"));
  }

  @Test
  void noFindingsIsARunWithRulesAndNoResults() throws IOException {
    JsonNode run = parse(ReportFixtures.empty()).at("/runs/0");

    assertTrue(run.get("results").isArray());
    assertEquals(0, run.get("results").size());
    assertEquals("DESCRIPTOR-REQUIRED", run.at("/tool/driver/rules/0/id").asText());
    assertEquals("dataproduct/check/", run.at("/automationDetails/id").asText());
  }
}
