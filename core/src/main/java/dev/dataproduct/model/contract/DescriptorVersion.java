package dev.dataproduct.model.contract;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.model.descriptor.yaml.YamlNode;
import dev.dataproduct.model.descriptor.yaml.YamlScalar;
import dev.dataproduct.support.BuildError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Fills in the top-level {@code version} of a descriptor's text, keeping everything else as written
 * (comments, order, quoting, line ends, byte order mark): a released descriptor always names its
 * version, while the one in the source tree may leave it to the project version.
 */
final class DescriptorVersion {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String DISPLAY_PATH = ContractLayout.DESCRIPTOR;

  private DescriptorVersion() {}

  /**
   * {@code descriptor} with a top-level {@code version: <version>} line, or {@code descriptor}
   * itself when it has a top-level {@code version} already. The line goes after the top-level
   * {@code name:} line, indented like it, where that keeps the document intact; else into a
   * flow-style mapping before {@code name}; else at the end. Every candidate is parsed again and
   * used only when it adds the version and changes nothing else.
   *
   * @param parsed what {@code descriptor} parses to, when the caller has it, or {@code null}
   * @throws BuildError when the descriptor does not load or no candidate works
   */
  static byte[] fillIn(byte[] descriptor, YamlMap parsed, String version) {
    YamlMap root =
        Optional.ofNullable(parsed)
            .or(() -> load(descriptor))
            .orElseThrow(
                () ->
                    new BuildError(
                        "Cannot pack "
                            + DISPLAY_PATH
                            + " into the jar: it is not a valid descriptor;"
                            + " run the validate goal and fix what it reports"));
    if (root.has("version")) {
      return descriptor;
    }
    boolean bom = startsWithBom(descriptor);
    String text =
        new String(
            descriptor,
            bom ? UTF8_BOM.length : 0,
            descriptor.length - (bom ? UTF8_BOM.length : 0),
            StandardCharsets.UTF_8);
    for (String candidate : candidates(text, root, version)) {
      if (addsOnlyVersion(candidate, root, version)) {
        return encode(candidate, bom);
      }
    }
    throw new BuildError(
        "Cannot add \"version: "
            + version
            + "\" to "
            + DISPLAY_PATH
            + " without changing its meaning; add the line \"version: "
            + version
            + "\" to the descriptor yourself");
  }

  private static List<String> candidates(String text, YamlMap root, String version) {
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> candidates = new ArrayList<>();
    if (root.has("name")) {
      SourcePosition name = root.keyPositionOf("name");
      int lineStart = offsetOf(text, name.line(), 1);
      int keyStart = offsetOf(text, name.line(), name.column());
      if (keyStart >= 0) {
        String indent = text.substring(lineStart, keyStart);
        if (indent.isBlank()) { // block style: a line of its own, indented like the name
          int lineEnd = text.indexOf('\n', keyStart);
          String line = indent + "version: " + plainOrQuoted(version);
          candidates.add(
              lineEnd < 0
                  ? text + eol + line + eol
                  : text.substring(0, lineEnd + 1) + line + eol + text.substring(lineEnd + 1));
        }
        candidates.add(
            text.substring(0, keyStart)
                + "\"version\": \""
                + version
                + "\", "
                + text.substring(keyStart));
      }
    }
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : eol;
    candidates.add(text + separator + "version: " + plainOrQuoted(version) + eol);
    return candidates;
  }

  /**
   * The char offset of 1-based {@code line} and code-point {@code column}, or -1 when there is
   * none.
   */
  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return -1;
      }
    }
    try {
      return text.offsetByCodePoints(offset, column - 1);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  /**
   * Plain when YAML reads it back as the same string ({@code 1.2.0}), quoted otherwise ({@code
   * "1.0"}, {@code "yes"}).
   */
  private static String plainOrQuoted(String version) {
    boolean readsAsString = Tag.STR.equals(new Resolver().resolve(NodeId.scalar, version, true));
    return readsAsString ? version : "\"" + version + "\"";
  }

  private static boolean addsOnlyVersion(String candidate, YamlMap before, String version) {
    Optional<YamlMap> after = load(candidate.getBytes(StandardCharsets.UTF_8));
    if (after.isEmpty()
        || !after.get().string("version").equals(Optional.of(version))
        || after.get().entries().size() != before.entries().size() + 1) {
      return false;
    }
    for (Map.Entry<String, YamlMap.Entry> entry : before.entries().entrySet()) {
      Optional<YamlNode> now = after.get().get(entry.getKey());
      if (now.isEmpty() || !sameScalar(entry.getValue().value(), now.get())) {
        return false;
      }
    }
    return true;
  }

  /** Top-level values are compared by their text where they are scalars; collections by kind. */
  private static boolean sameScalar(YamlNode before, YamlNode after) {
    if (before instanceof YamlScalar b) {
      return after instanceof YamlScalar a
          && Objects.equals(b.text(), a.text())
          && b.kind() == a.kind();
    }
    return before.getClass() == after.getClass();
  }

  private static Optional<YamlMap> load(byte[] content) {
    YamlLoadResult result = new YamlLoader().parse(content, DISPLAY_PATH);
    return result.hasErrors() ? Optional.empty() : result.document();
  }

  private static boolean startsWithBom(byte[] content) {
    return content.length >= UTF8_BOM.length
        && Arrays.equals(content, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
  }

  private static byte[] encode(String text, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(UTF8_BOM);
    }
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
