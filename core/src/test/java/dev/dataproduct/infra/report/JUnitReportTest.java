package dev.dataproduct.infra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JUnitReportTest {

  private static Document parse(ReportInput input) throws IOException {
    byte[] xml = ReportFixtures.render(JUnitReport::write, input);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(
          "not well-formed XML: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8),
          e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static int intAttribute(Element element, String name) {
    return Integer.parseInt(element.getAttribute(name));
  }

  /** tests = passed + failures + errors + skipped, checked against the elements actually there. */
  private static void assertCountsAddUp(Element suite, List<Element> cases) {
    int failures = 0;
    int skipped = 0;
    for (Element testCase : cases) {
      failures += children(testCase, "failure").size();
      skipped += children(testCase, "skipped").size();
      assertEquals(0, children(testCase, "error").size());
    }
    assertEquals(
        cases.size(), intAttribute(suite, "tests"), "tests of " + suite.getAttribute("name"));
    assertEquals(failures, intAttribute(suite, "failures"));
    assertEquals(skipped, intAttribute(suite, "skipped"));
    assertEquals(0, intAttribute(suite, "errors"));
  }

  @Test
  void fileNameHasTheTestPrefixCiGlobsLookFor() {
    assertEquals("TEST-dataproduct-validate.xml", JUnitReport.fileName("validate"));
  }

  @Test
  void oneSuitePerFileInPathOrderWithCountsThatAddUp() throws IOException {
    Element root = parse(ReportFixtures.mixed()).getDocumentElement();

    assertEquals("testsuites", root.getTagName());
    assertEquals("dataproduct:validate", root.getAttribute("name"));
    List<Element> suites = children(root, "testsuite");
    assertEquals(
        List.of(
            "dataproduct.yaml",
            "src/main/avro/Missing.avsc",
            "src/main/avro/com/example/OrderEvent.avsc"),
        suites.stream().map(s -> s.getAttribute("name")).toList());
    int allCases = 0;
    for (Element suite : suites) {
      List<Element> cases = children(suite, "testcase");
      assertCountsAddUp(suite, cases);
      allCases += cases.size();
    }
    assertEquals(4, allCases);
    assertEquals(4, intAttribute(root, "tests"));
    assertEquals(2, intAttribute(root, "failures"));
    assertEquals(0, intAttribute(root, "errors"));
    assertEquals(0, intAttribute(root, "skipped"));
  }

  @Test
  void errorIsAFailureNamedByRuleAndPosition() throws IOException {
    Element suite =
        children(parse(ReportFixtures.mixed()).getDocumentElement(), "testsuite").get(0);
    Element testCase = children(suite, "testcase").get(0);

    assertEquals("[DESCRIPTOR-UNKNOWN-KEY] dataproduct.yaml:4:3", testCase.getAttribute("name"));
    assertEquals("dataproduct.validate", testCase.getAttribute("classname"));
    assertEquals("dataproduct.yaml", testCase.getAttribute("file"));
    assertEquals("4", testCase.getAttribute("line"));
    Element failure = children(testCase, "failure").get(0);
    assertEquals("DESCRIPTOR-UNKNOWN-KEY", failure.getAttribute("type"));
    assertEquals("Unknown key \"ownr\" in the product", failure.getAttribute("message"));
    assertEquals(
        "dataproduct.yaml:4:3: ERROR [DESCRIPTOR-UNKNOWN-KEY] Unknown key \"ownr\" in the product\n"
            + "hint: Did you mean \"owner\"?",
        failure.getTextContent());
  }

  @Test
  void errorWithoutLineHasNoLineAttribute() throws IOException {
    Element suite =
        children(parse(ReportFixtures.mixed()).getDocumentElement(), "testsuite").get(1);
    Element testCase = children(suite, "testcase").get(0);

    assertEquals(
        "[SCHEMA-FILE-MISSING] src/main/avro/Missing.avsc:1:1", testCase.getAttribute("name"));
    assertEquals("src/main/avro/Missing.avsc", testCase.getAttribute("file"));
    assertFalse(testCase.hasAttribute("line"));
    assertEquals(1, children(testCase, "failure").size());
  }

  @Test
  void warningAndWaivedFindingPassWithTheDiagnosticInSystemOut() throws IOException {
    List<Element> suites =
        children(parse(ReportFixtures.mixed()).getDocumentElement(), "testsuite");
    Element waived = children(suites.get(0), "testcase").get(1);
    Element warning = children(suites.get(2), "testcase").get(0);

    assertEquals("[NAMING-TOPIC-COLLISION] dataproduct.yaml:20:12", waived.getAttribute("name"));
    assertEquals(List.of(), children(waived, "failure"));
    assertEquals(List.of(), children(waived, "skipped"));
    assertEquals(
        "dataproduct.yaml:20:12: INFO [NAMING-TOPIC-COLLISION] Topic sales.orders_v1 mixes '.' and '_'"
            + " (waived: Consumers migrated to order-events-v2 on 2026-10-01)",
        children(waived, "system-out").get(0).getTextContent());

    assertEquals(
        "[GOVERNANCE-FIELD-DOC] src/main/avro/com/example/OrderEvent.avsc:12:7",
        warning.getAttribute("name"));
    assertEquals(List.of(), children(warning, "failure"));
    assertEquals(
        "src/main/avro/com/example/OrderEvent.avsc:12:7: WARNING [GOVERNANCE-FIELD-DOC] Field \"qty\" of record \"OrderEvent\" has no doc",
        children(warning, "system-out").get(0).getTextContent());
  }

  @Test
  void noFindingsIsOnePassingTest() throws IOException {
    Element root = parse(ReportFixtures.empty()).getDocumentElement();

    List<Element> suites = children(root, "testsuite");
    assertEquals(1, suites.size());
    assertEquals("dataproduct:check", suites.get(0).getAttribute("name"));
    List<Element> cases = children(suites.get(0), "testcase");
    assertCountsAddUp(suites.get(0), cases);
    assertEquals(1, cases.size());
    assertEquals(
        "dataproduct:check found no problems in orders 2.1.0", cases.get(0).getAttribute("name"));
    assertEquals("dataproduct.check", cases.get(0).getAttribute("classname"));
    assertEquals(0, cases.get(0).getChildNodes().getLength());
    assertEquals(1, intAttribute(root, "tests"));
    assertEquals(0, intAttribute(root, "failures"));
  }

  @Test
  void markupQuotesAndNonAsciiRoundTripAndControlCharactersBecomeEscapes() throws IOException {
    Element root = parse(ReportFixtures.tricky()).getDocumentElement();
    String expected = "a <b> & \"c\" 'd' ]]> é 漢 😀 \\u0007bell \\u0000nul";

    List<Element> suites = children(root, "testsuite");
    Element failing = children(suites.get(1), "testcase").get(0);
    assertEquals("src/main/avro/my schema/Ördnung.avsc", suites.get(1).getAttribute("name"));
    Element failure = children(failing, "failure").get(0);
    assertEquals(expected, failure.getAttribute("message"));
    assertEquals(
        "src/main/avro/my schema/Ördnung.avsc:2:5: ERROR [DESCRIPTOR-VALUE] "
            + expected
            + "\nhint: "
            + expected,
        failure.getTextContent());
    Element waived = children(suites.get(0), "testcase").get(0);
    assertTrue(
        children(waived, "system-out")
            .get(0)
            .getTextContent()
            .endsWith("(waived: " + expected + ")"),
        children(waived, "system-out").get(0).getTextContent());
  }

  @Test
  void xmlSafeReplacesOnlyWhatXmlCannotCarry() {
    assertEquals("tab\tlf\ncr\r", JUnitReport.xmlSafe("tab\tlf\ncr\r"));
    assertEquals("\\u001B[31m", JUnitReport.xmlSafe("\u001B[31m"));
    assertEquals("lone \\uD800 surrogate", JUnitReport.xmlSafe("lone \uD800 surrogate"));
    assertEquals("\\uFFFE", JUnitReport.xmlSafe("\uFFFE"));
    assertEquals("😀 \uE000", JUnitReport.xmlSafe("😀 \uE000"));
  }
}
