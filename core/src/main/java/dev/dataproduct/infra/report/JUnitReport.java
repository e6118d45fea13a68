package dev.dataproduct.infra.report;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML report, {@code TEST-dataproduct-<goal>.xml}, in the format CI test tabs read
 * (Jenkins' JUnit plugin, GitLab's unit test reports, GitHub test-report actions).
 *
 * <p>The mapping, chosen for what those tabs show:
 *
 * <ul>
 *   <li>One {@code <testsuite>} per file, named by its path: findings are fixed file by file, and
 *       the rule area already shows in each test's name, so grouping by area would only repeat it.
 *   <li>One {@code <testcase>} per finding, named {@code [RULE-ID] path:line:col}, with the
 *       non-standard but widely read {@code file} and {@code line} attributes (GitLab and GitHub
 *       reporters link them to the source). Its {@code classname} is {@code dataproduct.<goal>}
 *       rather than the path, because Jenkins splits a class name at its last dot and would turn
 *       {@code dataproduct.yaml} into package {@code dataproduct}, class {@code yaml}.
 *   <li>An error is a {@code <failure>}, so the tab turns red exactly when the goal fails on it.
 *   <li>A warning, an info or a waived finding is a passing test whose {@code <system-out>} holds
 *       the diagnostic. Not {@code <skipped>}: every CI reads "skipped" as "this check did not
 *       run", which would be false; the rule ran and the build passed it.
 *   <li>No findings: a single passing test, so CI shows the goal as a green test rather than
 *       nothing at all.
 * </ul>
 *
 * <p>{@code errors} is always 0 (JUnit reserves it for tests that crashed) and so is {@code
 * skipped}; {@code tests} = passing + {@code failures}. Characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are written as {@code \}{@code uXXXX} so the file always parses.
 */
public final class JUnitReport {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private JUnitReport() {}

  /** {@code TEST-dataproduct-<goal>.xml}; the {@code TEST-} prefix is what CI globs look for. */
  public static String fileName(String goal) {
    return "TEST-dataproduct-" + goal + ".xml";
  }

  /** Writes the report as UTF-8 to {@code out}, which stays open. */
  public static void write(ReportInput input, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
      new Writer(xml, input).document();
      xml.flush();
      xml.close(); // closes the writer, not the stream
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  /** One suite: a name and the findings in it (empty for the all-clear suite). */
  private record Suite(String name, List<Finding> findings) {

    long failures() {
      return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** The all-clear suite still holds one (passing) test. */
    int tests() {
      return Math.max(findings.size(), 1);
    }
  }

  private static final class Writer {
    private final XMLStreamWriter xml;
    private final ReportInput input;
    private final String runName;
    private final String className;

    Writer(XMLStreamWriter xml, ReportInput input) {
      this.xml = xml;
      this.input = input;
      this.runName = "dataproduct:" + input.goal();
      this.className = "dataproduct." + input.goal();
    }

    void document() throws XMLStreamException {
      List<Suite> suites = suites();
      xml.writeStartDocument("UTF-8", "1.0");
      newline(0);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", runName);
      counts(
          suites.stream().mapToInt(Suite::tests).sum(),
          suites.stream().mapToLong(Suite::failures).sum());
      for (Suite suite : suites) {
        suite(suite);
      }
      newline(0);
      xml.writeEndElement();
      newline(0);
      xml.writeEndDocument();
    }

    private List<Suite> suites() {
      if (input.findings().isEmpty()) {
        return List.of(new Suite(runName, List.of()));
      }
      Map<String, List<Finding>> byPath = new LinkedHashMap<>();
      for (Finding finding : input.findings()) {
        String path = finding.position().path();
        byPath
            .computeIfAbsent(path.isEmpty() ? runName : path, p -> new ArrayList<>())
            .add(finding);
      }
      List<Suite> suites = new ArrayList<>();
      byPath.forEach((name, findings) -> suites.add(new Suite(name, findings)));
      return suites;
    }

    private void counts(long tests, long failures) throws XMLStreamException {
      attribute("tests", Long.toString(tests));
      attribute("failures", Long.toString(failures));
      attribute("errors", "0");
      attribute("skipped", "0");
      // Not measured; some readers (dorny/test-reporter) require the attribute.
      attribute("time", "0");
    }

    private void suite(Suite suite) throws XMLStreamException {
      newline(1);
      xml.writeStartElement("testsuite");
      attribute("name", suite.name());
      counts(suite.tests(), suite.failures());
      if (suite.findings().isEmpty()) {
        allClear();
      }
      for (Finding finding : suite.findings()) {
        testCase(finding);
      }
      newline(1);
      xml.writeEndElement();
    }

    private void allClear() throws XMLStreamException {
      newline(2);
      xml.writeStartElement("testcase");
      String product =
          input.productName() == null
              ? ""
              : " in "
                  + input.productName()
                  + (input.productVersion() == null ? "" : " " + input.productVersion());
      attribute("name", runName + " found no problems" + product);
      attribute("classname", className);
      attribute("time", "0");
      xml.writeEndElement();
    }

    private void testCase(Finding finding) throws XMLStreamException {
      newline(2);
      xml.writeStartElement("testcase");
      attribute("name", "[" + finding.ruleId() + "] " + finding.position());
      attribute("classname", className);
      attribute("time", "0");
      if (!finding.position().path().isEmpty()) {
        attribute("file", finding.position().path());
      }
      if (finding.position().hasLine()) {
        attribute("line", Integer.toString(finding.position().line()));
      }
      String diagnostic =
          finding.hint() == null
              ? finding.diagnosticLine()
              : finding.diagnosticLine() + "\nhint: " + finding.hint();
      newline(3);
      if (finding.severity() == Severity.ERROR) {
        xml.writeStartElement("failure");
        attribute("message", finding.message());
        attribute("type", finding.ruleId());
      } else {
        xml.writeStartElement("system-out");
      }
      xml.writeCharacters(xmlSafe(diagnostic));
      xml.writeEndElement();
      newline(2);
      xml.writeEndElement();
    }

    private void attribute(String name, String value) throws XMLStreamException {
      xml.writeAttribute(name, xmlSafe(value));
    }

    /** Indentation for people reading the file; parsers ignore it. */
    private void newline(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  /**
   * {@code text} with every character XML 1.0 forbids (control characters other than tab, line feed
   * and carriage return; lone surrogates; U+FFFE and U+FFFF) replaced by {@code \}{@code uXXXX}.
   * The XML writer escapes markup but passes these through, and no parser would read the file.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!allowedInXml(c)) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        safe.append(String.format("\\u%04X", c));
      } else if (safe != null) {
        safe.appendCodePoint(c);
      }
      i += width;
    }
    return safe == null ? text : safe.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
