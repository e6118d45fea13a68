package dev.dataproduct.finding;

import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.Severity;
import java.util.Objects;

/**
 * One problem found in the contract, as data: which rule, how severe (after the user's and the
 * policy's overrides), where, what, and how to fix it.
 *
 * @param rule the rule that produced it
 * @param severity the effective severity
 * @param position where it points
 * @param message what is wrong, naming the values involved
 * @param hint how to fix it, or {@code null} when there is nothing useful to say
 * @param target what a waiver names to accept it, e.g. {@code outputPorts/order-events}, or {@code
 *     null}
 * @param justification the waiver's justification when a waiver accepted this finding, else {@code
 *     null}
 */
public record Finding(
    Rule rule,
    Severity severity,
    SourcePosition position,
    String message,
    String hint,
    String target,
    String justification) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  /** A finding at the rule's default severity, without hint or target. */
  public static Finding of(Rule rule, SourcePosition position, String message) {
    return new Finding(rule, rule.defaultSeverity(), position, message, null, null, null);
  }

  public String ruleId() {
    return rule.id();
  }

  /** This finding with a hint, written as a sentence: capital first letter, final full stop. */
  public Finding withHint(String newHint) {
    return new Finding(
        rule, severity, position, message, asSentence(newHint), target, justification);
  }

  /**
   * Hints come from many rules; writing them all as sentences here keeps the output uniform without
   * every rule having to remember it. A hint that ends in code or a value (a quote, a digit, a
   * path) gets no full stop, which would read as part of the value.
   */
  static String asSentence(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    char last = t.charAt(t.length() - 1);
    return Character.isLetter(last) || last == ')' ? t + "." : t;
  }

  public Finding withTarget(String newTarget) {
    return new Finding(rule, severity, position, message, hint, newTarget, justification);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, position, message, hint, target, justification);
  }

  /** This finding accepted by a waiver: it becomes information carrying the justification. */
  public Finding waived(String waiverJustification) {
    return new Finding(rule, Severity.INFO, position, message, hint, target, waiverJustification);
  }

  public boolean isWaived() {
    return justification != null;
  }

  /**
   * The diagnostic line: {@code <path>:<line>:<column>: <SEVERITY> [<RULE-ID>] <message>}. The
   * hint, when there is one, is printed on the following line by {@link #format()}.
   */
  public String diagnosticLine() {
    String waivedNote = isWaived() ? " (waived: " + justification + ")" : "";
    return position + ": " + severity.label() + " [" + rule.id() + "] " + message + waivedNote;
  }

  /** The diagnostic line followed by the hint line, if any. */
  public String format() {
    return hint == null
        ? diagnosticLine()
        : diagnosticLine() + System.lineSeparator() + "    hint: " + hint;
  }

  @Override
  public String toString() {
    return diagnosticLine();
  }
}
