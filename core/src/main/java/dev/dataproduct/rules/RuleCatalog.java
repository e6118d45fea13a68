package dev.dataproduct.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the plugin knows, in one list: what {@code dataproduct:rules} prints, what the site's
 * rule pages are generated from, and what configuration, policies and waivers are checked against.
 * Rules are declared as {@code public static final Rule} constants in one class per area, which
 * lists them in its {@code all()}.
 */
public final class RuleCatalog {

  private static final Map<String, Rule> BY_ID =
      index(
          DescriptorRules.all(),
          NamingRules.all(),
          OwnerRules.all(),
          PortRules.all(),
          SchemaRules.all(),
          GovernanceRules.all(),
          PolicyRules.all(),
          WaiverRules.all(),
          ContractRules.all(),
          CompatRules.all(),
          VersionRules.all(),
          ImpactRules.all(),
          CatalogRules.all(),
          RegistryRules.all(),
          ImportRules.all());

  private RuleCatalog() {}

  /** Every rule, sorted by area then ID. */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(BY_ID.values());
    rules.sort(Comparator.comparing(Rule::area).thenComparing(Rule::id));
    return Collections.unmodifiableList(rules);
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(id == null ? null : BY_ID.get(id.trim()));
  }

  /** The known ID closest to {@code id}, for "did you mean" hints. */
  public static Optional<String> closestId(String id) {
    return Suggestions.closest(id, BY_ID.keySet());
  }

  @SafeVarargs
  private static Map<String, Rule> index(List<Rule>... areas) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (List<Rule> area : areas) {
      for (Rule rule : area) {
        if (rules.put(rule.id(), rule) != null) {
          throw new IllegalStateException("rule ID declared twice: " + rule.id());
        }
      }
    }
    return rules;
  }
}
