package dev.dataproduct.infra.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF 2.1.0 report, {@code <goal>.sarif}, for code-scanning UIs (GitHub code scanning,
 * GitLab, IDE SARIF viewers): one run whose driver lists the rules with their purpose and default
 * level, and one result per finding.
 *
 * <p>Locations are relative to {@code %SRCROOT%}, the project base directory; a finding without a
 * line has no region, one without a column has no {@code startColumn}. A waived finding is a result
 * with an external suppression carrying the waiver's justification, so viewers show it as accepted
 * rather than dropping it. The run's {@code automationDetails.id} is {@code dataproduct/<goal>/},
 * so the reports of different goals upload as separate categories.
 */
public final class SarifReport {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String VERSION = "2.1.0";

  /** Where users find the tool: its page on Maven Central, derived from its coordinates. */
  public static final String INFORMATION_URI =
      "https://central.sonatype.com/artifact/dev.dataproduct/dataproduct-maven-plugin";

  /** The base all artifact locations are relative to: the project base directory. */
  public static final String SOURCE_ROOT = "%SRCROOT%";

  private SarifReport() {}

  /** {@code <goal>.sarif}. */
  public static String fileName(String goal) {
    return goal + ".sarif";
  }

  /** Writes the report as UTF-8 to {@code out}, which stays open. */
  public static void write(ReportInput input, OutputStream out) throws IOException {
    Json.write(document(input), out);
  }

  /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static ObjectNode document(ReportInput input) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", VERSION);
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", ReportInput.TOOL_NAME);
    if (input.toolVersion() != null) {
      driver.put("version", input.toolVersion());
    }
    driver.put("informationUri", INFORMATION_URI);
    List<Rule> rules = input.reportedRules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode ruleNodes = driver.putArray("rules");
    for (Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleNodes.size());
      ruleNodes.add(rule(rule));
    }

    run.putObject("automationDetails").put("id", "dataproduct/" + input.goal() + "/");
    ArrayNode results = run.putArray("results");
    for (Finding finding : input.findings()) {
      results.add(result(finding, ruleIndex.get(finding.ruleId())));
    }

    ObjectNode properties = run.putObject("properties");
    properties.put("goal", input.goal());
    properties.put("productName", input.productName());
    properties.put("productVersion", input.productVersion());
    if (!input.summary().isEmpty()) {
      ObjectNode summary = properties.putObject("summary");
      input.summary().forEach(summary::put);
    }
    return root;
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", rule.id());
    node.putObject("shortDescription").put("text", rule.purpose());
    node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    node.putObject("properties").put("area", rule.area().name());
    return node;
  }

  private static ObjectNode result(Finding finding, int ruleIndex) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("ruleId", finding.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(finding.severity()));
    String text =
        finding.hint() == null
            ? finding.message()
            : finding.message() + "\nhint: " + finding.hint();
    node.putObject("message").put("text", text);

    SourcePosition position = finding.position();
    if (!position.path().isEmpty()) {
      ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uriReference(position.path()));
      artifact.put("uriBaseId", SOURCE_ROOT);
      if (position.hasLine()) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", position.line());
        if (position.column() > 0) {
          region.put("startColumn", position.column());
        }
      }
    }

    if (finding.isWaived()) {
      ObjectNode suppression = node.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", finding.justification());
    }
    if (finding.target() != null) {
      node.putObject("properties").put("target", finding.target());
    }
    return node;
  }

  /**
   * A relative path as a URI reference: spaces, {@code #}, {@code ?} and non-ASCII characters are
   * percent-encoded; a first segment with a {@code :} gets {@code ./} so it cannot read as a
   * scheme.
   */
  static String uriReference(String relativePath) {
    String path = relativePath;
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      path = "./" + path;
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      // Not reached: without a scheme the constructor quotes what a path cannot hold rather than
      // rejecting it.
      throw new IllegalStateException("cannot encode path " + relativePath + " as a URI", e);
    }
  }
}
