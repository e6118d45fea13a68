package dev.dataproduct.model.policy;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.policy.Policy.PolicyRule;
import dev.dataproduct.rules.PolicyRules;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule levels a build runs with: the defaults, then the mesh policy, then the product's own
 * configuration. The product may raise any rule, and lower any rule the policy does not enforce; an
 * attempt to loosen an enforced rule is refused and reported as a {@code POLICY-ENFORCED} finding,
 * and the policy's level stays.
 *
 * @param settings the levels to run with
 * @param refusals one finding per refused override
 */
public record EffectiveRules(RuleSettings settings, List<Finding> refusals) {

  /**
   * @param productOverrides rule ID to level text ({@code off}, {@code info}, {@code warning},
   *     {@code error}), from the plugin configuration
   * @param configuredAt where the overrides come from, for refusal findings (usually the POM)
   * @param wording how the front end names its rule configuration and the command that lists rules
   * @throws BuildError for an unknown rule ID or level: the configuration is wrong, not the
   *     contract
   */
  public static EffectiveRules of(
      Policy policy,
      Map<String, String> productOverrides,
      SourcePosition configuredAt,
      Wording wording) {
    Map<String, Level> levels = new LinkedHashMap<>();
    policy.rules().forEach((id, rule) -> levels.put(id, rule.level()));
    List<Finding> refusals = new ArrayList<>();
    for (var entry : productOverrides.entrySet()) {
      String id = entry.getKey().trim();
      Rule rule =
          RuleCatalog.byId(id)
              .orElseThrow(
                  () ->
                      new BuildError(
                          "Unknown rule \""
                              + id
                              + "\" in "
                              + wording.ruleLevels()
                              + RuleCatalog.closestId(id)
                                  .map(s -> "; did you mean " + s + "?")
                                  .orElse("; run '" + wording.listRules() + "' to list them")));
      Level wanted =
          Level.parse(entry.getValue())
              .orElseThrow(
                  () ->
                      new BuildError(
                          "Rule "
                              + id
                              + " in "
                              + wording.ruleLevels()
                              + ": \""
                              + entry.getValue()
                              + "\" is not one of off, info, warning, error"));
      PolicyRule enforced = policy.rules().get(id);
      if (enforced != null && enforced.enforced() && wanted.isLooserThan(enforced.level())) {
        refusals.add(
            Finding.of(
                    PolicyRules.ENFORCED,
                    configuredAt,
                    "Rule "
                        + rule.id()
                        + " is set to "
                        + wanted.name().toLowerCase(Locale.ROOT)
                        + " but policy "
                        + policy.source()
                        + " enforces "
                        + enforced.level().name().toLowerCase(Locale.ROOT))
                .withHint(
                    "Remove the override, or waive a specific finding in dataproduct.yaml with a justification."));
        continue;
      }
      levels.put(id, wanted);
    }
    return new EffectiveRules(RuleSettings.of(levels), List.copyOf(refusals));
  }
}
