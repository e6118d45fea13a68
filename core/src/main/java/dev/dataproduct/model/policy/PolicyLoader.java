package dev.dataproduct.model.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dataproduct.model.descriptor.model.IsoDuration;
import dev.dataproduct.model.policy.Policy.MinimumSlo;
import dev.dataproduct.model.policy.Policy.PolicyRule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.rules.Suggestions;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a policy from a YAML file or from the jar a platform team publishes (entry {@value
 * #JAR_ENTRY}). A broken policy is a build error naming the file and line, not a finding: the
 * product team cannot fix it.
 *
 * <pre>
 * apiVersion: dataproduct.dev/v1
 * kind: Policy
 * rules:
 *   GOVERNANCE-FIELD-DOC: { level: error, enforced: true }
 *   NAMING-TOPIC-COLLISION: error
 * allowedDomains: [sales, crm]
 * topicPattern: "{domain}.{product}.{port}.v{major}"
 * requiredTags: [tier-1]
 * minimumSlo: { freshness: PT1H, availability: 99.0 }
 * </pre>
 */
public final class PolicyLoader {

  /** Where a policy jar keeps its policy. */
  public static final String JAR_ENTRY = "META-INF/dataproduct/policy.yaml";

  private static final long MAX_BYTES = 1 << 20;
  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "apiVersion",
          "kind",
          "description",
          "rules",
          "allowedDomains",
          "topicPattern",
          "requiredTags",
          "minimumSlo");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

  private static final Set<String> RULE_KEYS = Set.of("level", "enforced");
  private static final Set<String> SLO_KEYS = Set.of("freshness", "availability");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PolicyLoader() {}

  /**
   * Loads the policy in {@code file}, a {@code .yaml} file or a jar.
   *
   * @param source how the summary line names the policy, e.g. its Maven coordinates
   */
  public static Policy load(Path file, String source) {
    if (!Files.isRegularFile(file)) {
      throw new BuildError("Policy " + source + ": file " + file + " does not exist");
    }
    try {
      if (file.getFileName().toString().endsWith(".jar")) {
        try (ZipFile jar = new ZipFile(file.toFile())) {
          ZipEntry entry = jar.getEntry(JAR_ENTRY);
          if (entry == null) {
            throw new BuildError(
                "Policy "
                    + source
                    + ": "
                    + file.getFileName()
                    + " has no "
                    + JAR_ENTRY
                    + "; is this a policy artifact?");
          }
          try (InputStream in = jar.getInputStream(entry)) {
            return parse(
                in.readNBytes((int) MAX_BYTES + 1), source, file.getFileName() + "!/" + JAR_ENTRY);
          }
        }
      }
      return parse(Files.readAllBytes(file), source, file.toString());
    } catch (IOException e) {
      throw new BuildError("Policy " + source + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Policy parse(byte[] bytes, String source, String where) {
    if (bytes.length > MAX_BYTES) {
      throw new BuildError(
          "Policy " + source + ": " + where + " is larger than " + MAX_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = YAML.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BuildError(
          "Policy "
              + source
              + ": "
              + where
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid YAML: "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new BuildError(
          "Policy " + source + ": cannot read " + where + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new BuildError(
          "Policy "
              + source
              + ": "
              + where
              + " must be a YAML mapping with apiVersion: dataproduct.dev/v1 and kind: Policy");
    }
    var problems = new ArrayList<String>();
    unknownKeys(root, TOP_LEVEL_KEYS, "", problems);
    if (!"Policy".equals(root.path("kind").asText())) {
      problems.add("kind must be Policy");
    }
    Map<String, PolicyRule> rules = rules(root.path("rules"), problems);
    List<String> domains = strings(root.path("allowedDomains"), "allowedDomains", problems);
    String topicPattern = topicPattern(root.path("topicPattern"), problems);
    List<String> tags = strings(root.path("requiredTags"), "requiredTags", problems);
    MinimumSlo slo = minimumSlo(root.path("minimumSlo"), problems);
    if (!problems.isEmpty()) {
      throw new BuildError(
          "Policy " + source + " (" + where + ") is invalid: " + String.join("; ", problems));
    }
    return new Policy(source, rules, domains, topicPattern, tags, slo);
  }

  private static Map<String, PolicyRule> rules(JsonNode node, List<String> problems) {
    Map<String, PolicyRule> rules = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return rules;
    }
    if (!node.isObject()) {
      problems.add("rules must map rule IDs to a level or to { level, enforced }");
      return rules;
    }
    node.fields()
        .forEachRemaining(
            entry -> {
              String id = entry.getKey();
              if (RuleCatalog.byId(id).isEmpty()) {
                problems.add(
                    "unknown rule \""
                        + id
                        + "\""
                        + RuleCatalog.closestId(id)
                            .map(s -> " (did you mean \"" + s + "\"?)")
                            .orElse(""));
                return;
              }
              JsonNode value = entry.getValue();
              if (value.isObject()) {
                unknownKeys(value, RULE_KEYS, "rule " + id + ": ", problems);
              }
              String levelText =
                  value.isObject() ? value.path("level").asText(null) : value.asText(null);
              Boolean enforced = value.isObject() ? enforced(id, value, problems) : Boolean.FALSE;
              if (enforced == null) {
                return;
              }
              Level level = Level.parse(levelText).orElse(null);
              if (level == null) {
                problems.add(
                    "rule "
                        + id
                        + ": level \""
                        + levelText
                        + "\" is not one of off, info, warning, error");
                return;
              }
              rules.put(id, new PolicyRule(level, enforced));
            });
    return rules;
  }

  /**
   * {@code enforced: true} or {@code false}; {@code null} (with a problem) for anything else. Read
   * leniently, {@code enforced: yes} or a misspelt value would leave the rule loosenable by every
   * product without a word.
   */
  private static Boolean enforced(String id, JsonNode rule, List<String> problems) {
    JsonNode enforced = rule.path("enforced");
    if (enforced.isMissingNode() || enforced.isNull()) {
      return Boolean.FALSE;
    }
    if (enforced.isBoolean()) {
      return enforced.booleanValue();
    }
    String text = enforced.isTextual() ? enforced.textValue().strip() : "";
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }
    problems.add("rule " + id + ": enforced \"" + enforced.asText() + "\" is not true or false");
    return null;
  }

  /** A problem for each key of {@code node} that is not one of {@code known}. */
  private static void unknownKeys(
      JsonNode node, Set<String> known, String where, List<String> problems) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        problems.add(
            where
                + "unknown key \""
                + key
                + "\""
                + Suggestions.closest(key, known)
                    .map(s -> " (did you mean \"" + s + "\"?)")
                    .orElse(""));
      }
    }
  }

  /**
   * The topic pattern, whose placeholders must be ones validate fills in: an unknown one ({@code
   * {domian}}) would stay in every expected topic name and fail every product with a name no topic
   * can have.
   */
  private static String topicPattern(JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add("topicPattern must be a string such as \"{domain}.{product}.{port}.v{major}\"");
      return null;
    }
    Matcher placeholder = PLACEHOLDER.matcher(node.textValue());
    while (placeholder.find()) {
      if (!Policy.TOPIC_PATTERN_PLACEHOLDERS.contains(placeholder.group())) {
        problems.add(
            "topicPattern names "
                + placeholder.group()
                + ", which is not one of "
                + String.join(", ", Policy.TOPIC_PATTERN_PLACEHOLDERS.stream().sorted().toList()));
      }
    }
    return node.textValue();
  }

  private static List<String> strings(JsonNode node, String key, List<String> problems) {
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      problems.add(key + " must be a list");
      return out;
    }
    node.forEach(item -> out.add(item.asText()));
    return List.copyOf(out);
  }

  private static MinimumSlo minimumSlo(JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problems.add("minimumSlo must be a mapping such as { freshness: PT1H, availability: 99.0 }");
      return null;
    }
    unknownKeys(node, SLO_KEYS, "minimumSlo: ", problems);
    String freshnessText = node.hasNonNull("freshness") ? node.get("freshness").asText() : null;
    var freshness = freshnessText == null ? null : IsoDuration.parse(freshnessText).orElse(null);
    if (freshnessText != null && freshness == null) {
      problems.add("minimumSlo.freshness \"" + freshnessText + "\" is not an ISO-8601 duration");
    }
    // JsonNode.decimalValue() is 0 for text: availability: "99.9%" would require nothing.
    JsonNode availabilityNode = node.path("availability");
    BigDecimal availability = null;
    if (availabilityNode.isNumber()) {
      availability = availabilityNode.decimalValue();
    } else if (!availabilityNode.isMissingNode() && !availabilityNode.isNull()) {
      problems.add(
          "minimumSlo.availability \""
              + availabilityNode.asText()
              + "\" is not a number such as 99.9 (a percentage)");
    }
    return new MinimumSlo(freshnessText, freshness, availability);
  }
}
