package dev.dataproduct.infra.report;

import static dev.dataproduct.infra.report.ReportFixtures.TRICKY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode parse(ReportInput input) throws IOException {
    return MAPPER.readTree(ReportFixtures.render(JsonReport::write, input));
  }

  @Test
  void fileNameCarriesTheGoal() {
    assertEquals("validate-report.json", JsonReport.fileName("validate"));
  }

  @Test
  void headerNamesFormatGoalProductAndTool() throws IOException {
    JsonNode report = parse(ReportFixtures.mixed());

    assertEquals(
        List.of("format", "goal", "product", "tool", "counts", "summary", "findings"),
        iterableToList(report.fieldNames()));
    assertEquals("dataproduct-report/v1", report.get("format").asText());
    assertEquals("validate", report.get("goal").asText());
    assertEquals("orders", report.at("/product/name").asText());
    assertEquals("2.1.0", report.at("/product/version").asText());
    assertEquals("dataproduct-maven-plugin", report.at("/tool/name").asText());
    assertEquals("0.1.0", report.at("/tool/version").asText());
    assertEquals(List.of("policy", "baseline"), iterableToList(report.get("summary").fieldNames()));
    assertEquals("mesh-policy.yaml", report.at("/summary/policy").asText());
  }

  @Test
  void countsPerSeverityAddUpToTotal() throws IOException {
    JsonNode counts = parse(ReportFixtures.mixed()).get("counts");

    assertEquals(2, counts.get("error").asInt());
    assertEquals(1, counts.get("warning").asInt());
    assertEquals(1, counts.get("info").asInt());
    assertEquals(1, counts.get("waived").asInt());
    assertEquals(4, counts.get("total").asInt());
  }

  @Test
  void findingCarriesEveryFieldInPositionOrder() throws IOException {
    JsonNode findings = parse(ReportFixtures.mixed()).get("findings");

    assertEquals(4, findings.size());
    JsonNode first = findings.get(0);
    assertEquals(
        List.of(
            "ruleId",
            "severity",
            "path",
            "line",
            "column",
            "message",
            "hint",
            "target",
            "waived",
            "justification"),
        iterableToList(first.fieldNames()));
    assertEquals("DESCRIPTOR-UNKNOWN-KEY", first.get("ruleId").asText());
    assertEquals("ERROR", first.get("severity").asText());
    assertEquals("dataproduct.yaml", first.get("path").asText());
    assertEquals(4, first.get("line").asInt());
    assertEquals(3, first.get("column").asInt());
    assertEquals("Unknown key \"ownr\" in the product", first.get("message").asText());
    assertEquals("Did you mean \"owner\"?", first.get("hint").asText());
    assertTrue(first.get("target").isNull());
    assertFalse(first.get("waived").asBoolean());
    assertTrue(first.get("justification").isNull());
    assertEquals(
        List.of(
            "DESCRIPTOR-UNKNOWN-KEY",
            "NAMING-TOPIC-COLLISION",
            "SCHEMA-FILE-MISSING",
            "GOVERNANCE-FIELD-DOC"),
        StreamSupport.stream(findings.spliterator(), false)
            .map(f -> f.get("ruleId").asText())
            .toList());
  }

  @Test
  void waivedFindingIsInfoWithItsJustificationAndTarget() throws IOException {
    JsonNode waived = parse(ReportFixtures.mixed()).at("/findings/1");

    assertEquals("NAMING-TOPIC-COLLISION", waived.get("ruleId").asText());
    assertEquals("INFO", waived.get("severity").asText());
    assertTrue(waived.get("waived").asBoolean());
    assertEquals(
        "Consumers migrated to order-events-v2 on 2026-10-01",
        waived.get("justification").asText());
    assertEquals("outputPorts/order-events", waived.get("target").asText());
  }

  @Test
  void unknownLineAndColumnAreNull() throws IOException {
    JsonNode missing = parse(ReportFixtures.mixed()).at("/findings/2");

    assertEquals("src/main/avro/Missing.avsc", missing.get("path").asText());
    assertTrue(missing.get("line").isNull());
    assertTrue(missing.get("column").isNull());
    assertTrue(missing.get("hint").isNull());
  }

  @Test
  void specialCharactersRoundTripAndControlCharactersAreEscaped() throws IOException {
    byte[] bytes = ReportFixtures.render(JsonReport::write, ReportFixtures.tricky());
    String text = new String(bytes, StandardCharsets.UTF_8);
    JsonNode report = MAPPER.readTree(bytes);

    JsonNode finding = report.at("/findings/1");
    assertEquals(TRICKY, finding.get("message").asText());
    assertEquals(TRICKY, finding.get("hint").asText());
    assertEquals(TRICKY, finding.get("target").asText());
    assertEquals("src/main/avro/my schema/Ördnung.avsc", finding.get("path").asText());
    assertEquals(TRICKY, report.at("/findings/0/justification").asText());
    assertEquals(TRICKY, report.at("/product/name").asText());
    assertEquals(TRICKY, report.at("/summary/note").asText());
    assertTrue(text.contains("\\u0007bell \\u0000nul"), text);
    assertTrue(text.contains("é 漢 😀"), "non-ASCII is written as UTF-8, not escaped");
    assertFalse(
        text.contains("\u0007") || text.contains("\u0000"), "no raw control character in the file");
  }

  @Test
  void emptyRunHasZeroCountsAndNoFindings() throws IOException {
    JsonNode report = parse(ReportFixtures.empty());

    assertEquals("check", report.get("goal").asText());
    assertEquals(0, report.at("/counts/total").asInt());
    assertEquals(0, report.at("/counts/error").asInt());
    assertTrue(report.get("findings").isArray());
    assertEquals(0, report.get("findings").size());
    assertTrue(report.get("summary").isObject());
  }

  @Test
  void unknownProductAndToolVersionAreNull() throws IOException {
    ReportInput input =
        new ReportInput("validate", null, null, null, List.of(), List.of(), Map.of());
    JsonNode report = parse(input);

    assertTrue(report.at("/product/name").isNull());
    assertTrue(report.at("/product/version").isNull());
    assertTrue(report.at("/tool/version").isNull());
  }

  @Test
  void sameInputWritesSameBytes() throws IOException {
    assertEquals(
        ReportFixtures.renderText(JsonReport::write, ReportFixtures.mixed()),
        ReportFixtures.renderText(JsonReport::write, ReportFixtures.mixed()));
  }

  private static List<String> iterableToList(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
