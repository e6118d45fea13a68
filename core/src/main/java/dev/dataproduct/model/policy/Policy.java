package dev.dataproduct.model.policy;

import dev.dataproduct.rules.RuleSettings.Level;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A platform team's policy for every product of the mesh, published once as a Maven artifact and
 * applied by each product's build. Products may tighten it but not loosen what it enforces.
 *
 * @param source what the summary line names, e.g. {@code com.acme:mesh-policy:1.2.0}
 * @param rules rule levels by rule ID
 * @param allowedDomains the domains products may belong to; empty allows any
 * @param topicPattern e.g. {@code {domain}.{product}.{port}.v{major}}, or {@code null}
 * @param requiredTags tags every product carries
 * @param minimumSlo the loosest SLO an output port may declare, or {@code null}
 */
public record Policy(
    String source,
    Map<String, PolicyRule> rules,
    List<String> allowedDomains,
    String topicPattern,
    List<String> requiredTags,
    MinimumSlo minimumSlo) {

  /** The placeholders a {@code topicPattern} may name, which validate fills in for each port. */
  public static final Set<String> TOPIC_PATTERN_PLACEHOLDERS =
      Set.of("{domain}", "{product}", "{port}", "{major}");

  /** No policy: nothing enforced, nothing required. */
  public static final Policy NONE = new Policy(null, Map.of(), List.of(), null, List.of(), null);

  public boolean isNone() {
    return source == null;
  }

  /** A rule's level under the policy, and whether products may loosen it. */
  public record PolicyRule(Level level, boolean enforced) {}

  /**
   * The loosest SLO allowed: freshness no longer than {@code freshness}, availability no lower than
   * {@code availability}. Either may be null.
   */
  public record MinimumSlo(String freshnessText, Duration freshness, BigDecimal availability) {}
}
