package dev.dataproduct.infra.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON report, {@code <goal>-report.json}, for scripts and dashboards:
 *
 * <pre>{@code
 * {
 *   "format": "dataproduct-report/v1",
 *   "goal": "validate",
 *   "product": { "name": "orders", "version": "2.1.0" },
 *   "tool": { "name": "dataproduct-maven-plugin", "version": "0.1.0" },
 *   "counts": { "error": 1, "warning": 0, "info": 1, "waived": 1, "total": 2 },
 *   "summary": { "policy": "mesh-policy.yaml" },
 *   "findings": [ {
 *     "ruleId": "DESCRIPTOR-UNKNOWN-KEY", "severity": "ERROR",
 *     "path": "dataproduct.yaml", "line": 4, "column": 1,
 *     "message": "...", "hint": "...", "target": null,
 *     "waived": false, "justification": null
 *   } ]
 * }
 * }</pre>
 *
 * <p>Every finding has every key, so a consumer never checks for presence: unknown {@code line} or
 * {@code column} (0 in {@link dev.dataproduct.finding.SourcePosition}) and an absent hint, target
 * or justification are {@code null}. Waived findings are {@code INFO}, so {@code waived} counts
 * findings that {@code info} counts too. A change that breaks readers gets a new {@link #FORMAT};
 * added keys do not.
 */
public final class JsonReport {

  /** Identifies the document's shape; readers check it before anything else. */
  public static final String FORMAT = "dataproduct-report/v1";

  private JsonReport() {}

  /** {@code <goal>-report.json}. */
  public static String fileName(String goal) {
    return goal + "-report.json";
  }

  /** Writes the report as UTF-8 to {@code out}, which stays open. */
  public static void write(ReportInput input, OutputStream out) throws IOException {
    Json.write(document(input), out);
  }

  private static ObjectNode document(ReportInput input) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("goal", input.goal());
    ObjectNode product = root.putObject("product");
    product.put("name", input.productName());
    product.put("version", input.productVersion());
    ObjectNode tool = root.putObject("tool");
    tool.put("name", ReportInput.TOOL_NAME);
    tool.put("version", input.toolVersion());
    ObjectNode counts = root.putObject("counts");
    counts.put("error", input.count(Severity.ERROR));
    counts.put("warning", input.count(Severity.WARNING));
    counts.put("info", input.count(Severity.INFO));
    counts.put("waived", input.waivedCount());
    counts.put("total", input.findings().size());
    ObjectNode summary = root.putObject("summary");
    input.summary().forEach(summary::put);
    ArrayNode findings = root.putArray("findings");
    input.findings().forEach(f -> findings.add(finding(f)));
    return root;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("ruleId", finding.ruleId());
    node.put("severity", finding.severity().label());
    node.put("path", finding.position().path());
    putPositive(node, "line", finding.position().line());
    putPositive(node, "column", finding.position().column());
    node.put("message", finding.message());
    node.put("hint", finding.hint());
    node.put("target", finding.target());
    node.put("waived", finding.isWaived());
    node.put("justification", finding.justification());
    return node;
  }

  /** 0 means "unknown" in a position; JSON says that with null rather than a fake number. */
  private static void putPositive(ObjectNode node, String key, int value) {
    if (value > 0) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
