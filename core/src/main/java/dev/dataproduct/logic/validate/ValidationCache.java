package dev.dataproduct.logic.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.InputFingerprint;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers the last validation's outcome under the fingerprint of its inputs, so that a rebuild
 * with nothing changed reuses it instead of parsing the descriptor and every schema again. The file
 * is JSON: its format, the fingerprint, the summary line and the findings. A file in another format
 * (an older plugin's) or damaged is a miss, never an error.
 */
public final class ValidationCache {

  private static final String FORMAT = "dataproduct-validate-cache/v2";

  /** A remembered outcome: the summary line and the findings, as the last run reported them. */
  public record Outcome(String summaryLine, List<Finding> findings) {}

  private final Path file;

  public ValidationCache(Path file) {
    this.file = file;
  }

  /**
   * The fingerprint of everything a validation depends on.
   *
   * @param toolVersion the plugin's version: another version may have other rules
   */
  public static String fingerprint(ValidationRequest request, String toolVersion)
      throws IOException {
    return fingerprint(request, toolVersion, FileTrees.codeLocation(ValidationCache.class));
  }

  /**
   * @param code the validator's jar (or classes folder), by identity: a SNAPSHOT of the plugin
   *     rebuilt under the same version may validate otherwise
   * @see #fingerprint(ValidationRequest, String)
   */
  static String fingerprint(ValidationRequest request, String toolVersion, Path code)
      throws IOException {
    return new InputFingerprint()
        .add("tool", toolVersion)
        .add("code", InputFingerprint.identity(code))
        .add("version", request.projectVersion())
        .add("baseDir", request.baseDir().toAbsolutePath().normalize())
        .addFile("descriptor", request.descriptor())
        .addTree("schemas", request.schemaDirectory())
        .add("policy", request.policy())
        .add("rules", new TreeMap<>(request.settings().overrides()))
        .add(
            "configuration", request.configurationFindings().stream().map(Finding::format).toList())
        .add("fieldScope", request.fieldScope().fingerprint())
        .add("projectVersionAt", String.valueOf(request.projectVersionAt()))
        // What the input ports are held against: each upstream's name, version and port names.
        .add(
            "upstreams",
            request.upstreams().stream()
                .map(
                    c ->
                        c.descriptor().qualifiedName()
                            + " "
                            + c.version()
                            + " "
                            + c.descriptor().outputPorts().stream().map(p -> p.name()).toList())
                .sorted()
                .toList())
        .hex();
  }

  /** The remembered outcome when it was made from inputs with this fingerprint. */
  public Optional<Outcome> read(String fingerprint) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      JsonNode root = StableJson.MAPPER.readTree(file.toFile());
      if (!FORMAT.equals(root.path("format").asText())
          || !fingerprint.equals(root.path("fingerprint").asText())) {
        return Optional.empty();
      }
      List<Finding> findings = new ArrayList<>();
      for (JsonNode node : root.path("findings")) {
        Optional<Rule> rule = RuleCatalog.byId(node.path("rule").asText());
        if (rule.isEmpty()) {
          return Optional.empty(); // a rule this version does not know: validate afresh
        }
        SourcePosition at =
            new SourcePosition(
                node.get("path").asText(), node.get("line").asInt(), node.get("column").asInt());
        findings.add(
            new Finding(
                rule.get(),
                Severity.valueOf(node.get("severity").asText()),
                at,
                node.get("message").asText(),
                text(node, "hint"),
                text(node, "target"),
                text(node, "justification")));
      }
      return Optional.of(new Outcome(root.get("summary").asText(), findings));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an older format or a damaged cache only costs a fresh validation
    }
  }

  /** Remembers an outcome; a failure to write only means the next build validates afresh. */
  public void write(String fingerprint, Outcome outcome) {
    ObjectNode root = StableJson.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("fingerprint", fingerprint);
    root.put("summary", outcome.summaryLine());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : outcome.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", f.ruleId());
      node.put("severity", f.severity().name());
      node.put("path", f.position().path());
      node.put("line", f.position().line());
      node.put("column", f.position().column());
      node.put("message", f.message());
      node.put("hint", f.hint());
      node.put("target", f.target());
      node.put("justification", f.justification());
    }
    try {
      FileTrees.writeAtomically(file, StableJson.bytes(root));
    } catch (IOException e) {
      // Not worth failing a build over: the cache is an optimisation.
    }
  }

  /** Forgets the remembered outcome, e.g. when the goal could not finish. */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Same as above: at worst the fingerprint will not match anyway.
    }
  }

  private static String text(JsonNode finding, String field) {
    JsonNode value = finding.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
