package dev.dataproduct.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The severity each rule runs at: its default unless the product's configuration or a mesh policy
 * changed it. {@link Optional#empty()} means the rule is switched off. Immutable.
 */
public final class RuleSettings {

  /** What a user may write for a rule: a severity, or {@code off}. */
  public enum Level {
    OFF,
    INFO,
    WARNING,
    ERROR;

    /**
     * Parses {@code off}, {@code info}, {@code warning}/{@code warn} or {@code error}, any case.
     */
    public static Optional<Level> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      String t = text.trim().toUpperCase(Locale.ROOT);
      if (t.equals("WARN")) {
        t = "WARNING";
      }
      try {
        return Optional.of(Level.valueOf(t));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    Optional<Severity> severity() {
      return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    /** Rank for "stricter than": OFF < INFO < WARNING < ERROR. */
    public boolean isLooserThan(Level other) {
      return ordinal() < other.ordinal();
    }

    public static Level of(Severity severity) {
      return Level.valueOf(severity.name());
    }
  }

  private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

  private final Map<String, Level> overrides;

  private RuleSettings(Map<String, Level> overrides) {
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
  }

  public static RuleSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Settings with these overrides by rule ID (IDs are checked by the caller against the catalog).
   */
  public static RuleSettings of(Map<String, Level> overrides) {
    return new RuleSettings(overrides);
  }

  /** A copy with one rule set to {@code level}. */
  public RuleSettings with(String ruleId, Level level) {
    Map<String, Level> copy = new LinkedHashMap<>(overrides);
    copy.put(ruleId, level);
    return new RuleSettings(copy);
  }

  /** The level a rule runs at. */
  public Level levelOf(Rule rule) {
    return overrides.getOrDefault(rule.id(), Level.of(rule.defaultSeverity()));
  }

  /** The severity a rule's findings get, or empty when the rule is off. */
  public Optional<Severity> severityOf(Rule rule) {
    return levelOf(rule).severity();
  }

  public Map<String, Level> overrides() {
    return overrides;
  }
}
