package dev.dataproduct.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the plugin knows, in one list: what {@code dataproduct:rules} prints, what the site's
 * rule pages are generated from, and what configuration, policies and waivers are checked
 * against. Rules are declared as {@code public static final Rule} constants in one class per area.
 */
public final class RuleCatalog {

  /** The classes that declare rules, one per area. Add a class here when an area is added. */
  private static final List<Class<?>> DECLARING_CLASSES =
      List.of(
          DescriptorRules.class,
          NamingRules.class,
          OwnerRules.class,
          PortRules.class,
          SchemaRules.class,
          GovernanceRules.class,
          PolicyRules.class,
          WaiverRules.class,
          ContractRules.class,
          CompatRules.class,
          VersionRules.class,
          ImpactRules.class,
          CatalogRules.class,
          RegistryRules.class,
          ImportRules.class);

  private static final Map<String, Rule> BY_ID = load();

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

  private static Map<String, Rule> load() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (Class<?> declaring : DECLARING_CLASSES) {
      for (Field field : declaring.getFields()) {
        if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
          try {
            Rule rule = (Rule) field.get(null);
            Rule clash = rules.put(rule.id(), rule);
            if (clash != null) {
              throw new IllegalStateException("rule ID declared twice: " + rule.id());
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read rule " + field, e);
          }
        }
      }
    }
    return rules;
  }
}
