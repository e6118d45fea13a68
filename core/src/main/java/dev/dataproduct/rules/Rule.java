package dev.dataproduct.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule, declared once as data: a stable ID users refer to (in severity overrides, waivers and
 * policies), the area it belongs to, the goal that reports it, what its finding means for the next
 * release's version ({@link ChangeClass}), its default severity and a one-line purpose. The check
 * itself lives in the code that reports findings for it; {@link RuleCatalog} lists every rule.
 *
 * <p>IDs are upper kebab case and start with their area, e.g. {@code NAMING-KEBAB-CASE}. They are
 * public contract: never rename one, deprecate it instead.
 */
public record Rule(
    String id,
    RuleArea area,
    Goal goal,
    ChangeClass changeClass,
    Severity defaultSeverity,
    String purpose) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  public Rule {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(changeClass, "changeClass");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(purpose, "purpose");
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule ID must be upper kebab case: " + id);
    }
    if (!id.startsWith(area.prefix() + "-")) {
      throw new IllegalArgumentException(
          "rule ID " + id + " must start with " + area.prefix() + "-");
    }
  }

  /**
   * Whether a finding of this rule breaks consumers of the previous release, so needs a new major
   * version.
   */
  public boolean isBreaking() {
    return changeClass == ChangeClass.BREAKING;
  }

  @Override
  public String toString() {
    return id;
  }
}
