package dev.dataproduct.finding;

import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Collects every finding of a run, applying the rule settings on the way in (a rule switched off
 * drops its findings, a changed severity replaces the default), then the product's waivers when
 * given. Goals report everything here and fail once at the end. Safe to fill from several threads.
 */
public final class Findings {

  /** Findings print in file order, then by line and column, then by rule. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::position)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  private final RuleSettings settings;
  private final UnaryOperator<Finding> waivers;
  private final List<Finding> collected = new ArrayList<>();
  private final SortedMap<String, Integer> switchedOff = new TreeMap<>();

  public Findings(RuleSettings settings) {
    this(settings, UnaryOperator.identity());
  }

  /**
   * @param waivers turns a finding a waiver accepts into a waived one (a {@code
   *     policy.WaiverApplication}); applied after the rule settings
   */
  public Findings(RuleSettings settings, UnaryOperator<Finding> waivers) {
    this.settings = settings;
    this.waivers = waivers;
  }

  /** A collector that keeps every rule at its default severity. */
  public static Findings withDefaults() {
    return new Findings(RuleSettings.defaults());
  }

  public RuleSettings settings() {
    return settings;
  }

  /**
   * Reports a finding at the rule's configured severity, unless the rule is switched off: then it
   * is only counted, so that the summary can say what the build did not report.
   */
  public void add(Finding finding) {
    Severity configured = settings.severityOf(finding.rule()).orElse(null);
    if (configured == null) {
      synchronized (collected) {
        switchedOff.merge(finding.ruleId(), 1, Integer::sum);
      }
      return;
    }
    Finding effective =
        finding.isWaived() ? finding : waivers.apply(finding.withSeverity(configured));
    synchronized (collected) {
      collected.add(effective);
    }
  }

  public void report(Rule rule, SourcePosition at, String message) {
    add(Finding.of(rule, at, message));
  }

  public void report(Rule rule, SourcePosition at, String message, String hint) {
    add(Finding.of(rule, at, message).withHint(hint));
  }

  public void addAll(Iterable<Finding> more) {
    for (Finding f : more) {
      add(f);
    }
  }

  /** Every finding so far, sorted by position. */
  public List<Finding> all() {
    synchronized (collected) {
      List<Finding> copy = new ArrayList<>(collected);
      copy.sort(ORDER);
      return copy;
    }
  }

  /** How many findings each switched-off rule dropped, by rule ID; empty when none did. */
  public SortedMap<String, Integer> switchedOff() {
    synchronized (collected) {
      return new TreeMap<>(switchedOff);
    }
  }

  public long count(Severity severity) {
    synchronized (collected) {
      return collected.stream().filter(f -> f.severity() == severity).count();
    }
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public boolean isEmpty() {
    synchronized (collected) {
      return collected.isEmpty();
    }
  }
}
