package dev.dataproduct.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.support.InputFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers the last validation's outcome under the fingerprint of its inputs, so that a rebuild
 * with nothing changed reuses it instead of parsing the descriptor and every schema again. The
 * file is plain text (one finding a line, tab-separated and escaped) so that reading it loads
 * neither YAML, JSON nor Avro.
 */
public final class ValidationCache {

  private static final String FORMAT = "dataproduct-validate-cache/v1";

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
  public static String fingerprint(ValidationRequest request, String toolVersion) throws IOException {
    return new InputFingerprint()
        .add("tool", toolVersion)
        .add("version", request.projectVersion())
        .add("baseDir", request.baseDir().toAbsolutePath().normalize())
        .addFile("descriptor", request.descriptor())
        .addTree("schemas", request.schemaDirectory())
        .add("policy", request.policy())
        .add("rules", new TreeMap<>(request.settings().overrides()))
        .add("configuration", request.configurationFindings().stream().map(Finding::format).toList())
        .add("fieldScope", request.fieldScope().fingerprint())
        .hex();
  }

  /** The remembered outcome when it was made from inputs with this fingerprint. */
  public Optional<Outcome> read(String fingerprint) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(FORMAT + " " + fingerprint)) {
        return Optional.empty();
      }
      List<Finding> findings = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        Finding finding = parse(line);
        if (finding == null) {
          return Optional.empty(); // a rule this version does not know: validate afresh
        }
        findings.add(finding);
      }
      return Optional.of(new Outcome(unescape(lines.get(1)), findings));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged cache only costs a fresh validation
    }
  }

  /** Remembers an outcome; a failure to write only means the next build validates afresh. */
  public void write(String fingerprint, Outcome outcome) {
    StringBuilder text = new StringBuilder(FORMAT).append(' ').append(fingerprint).append('\n');
    text.append(escape(outcome.summaryLine())).append('\n');
    for (Finding f : outcome.findings()) {
      text.append(String.join(
              "\t",
              f.ruleId(),
              f.severity().name(),
              escape(f.position().path()),
              Integer.toString(f.position().line()),
              Integer.toString(f.position().column()),
              escape(f.message()),
              escape(f.hint()),
              escape(f.target()),
              escape(f.justification())))
          .append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

  private static Finding parse(String line) {
    String[] parts = line.split("\t", -1);
    Optional<Rule> rule = RuleCatalog.byId(parts[0]);
    if (parts.length != 9 || rule.isEmpty()) {
      return null;
    }
    SourcePosition at = new SourcePosition(unescape(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
    return new Finding(
        rule.get(), Severity.valueOf(parts[1]), at, unescape(parts[5]), unescape(parts[6]), unescape(parts[7]), unescape(parts[8]));
  }

  /** {@code null} as {@code \0}; backslash, tab and line breaks escaped. */
  static String escape(String s) {
    if (s == null) {
      return "\\0";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    if (s.equals("\\0")) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
