package dev.dataproduct.rules;

import dev.dataproduct.finding.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule, declared once as data: a stable ID users refer to (in severity overrides, waivers and
 * policies), the area it belongs to, its default severity and a one-line purpose. The check
 * itself lives in the code that reports findings for it; {@link RuleCatalog} lists every rule.
 *
 * <p>IDs are upper kebab case and start with their area, e.g. {@code NAMING-KEBAB-CASE}. They are
 * public contract: never rename one, deprecate it instead.
 */
public record Rule(String id, RuleArea area, Severity defaultSeverity, String purpose) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  public Rule {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(purpose, "purpose");
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule ID must be upper kebab case: " + id);
    }
    if (!id.startsWith(area.prefix() + "-")) {
      throw new IllegalArgumentException("rule ID " + id + " must start with " + area.prefix() + "-");
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
