package dev.dataproduct.rules;

import static dev.dataproduct.rules.Severity.ERROR;

import java.util.List;

/** Rules about the structure of {@code dataproduct.yaml}. */
public final class DescriptorRules {

  public static final Rule MISSING =
      new Rule(
          "DESCRIPTOR-MISSING",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor file exists.");

  public static final Rule SYNTAX =
      new Rule(
          "DESCRIPTOR-SYNTAX",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor is well-formed YAML.");

  public static final Rule ENCODING =
      new Rule(
          "DESCRIPTOR-ENCODING",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor is encoded in UTF-8.");

  public static final Rule SIZE =
      new Rule(
          "DESCRIPTOR-SIZE",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor is small enough to be a descriptor (a safety limit).");

  public static final Rule ALIASES =
      new Rule(
          "DESCRIPTOR-ALIASES",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor does not expand YAML aliases beyond a safety limit.");

  public static final Rule SHAPE =
      new Rule(
          "DESCRIPTOR-SHAPE",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor is a single YAML mapping, not empty, a list or a scalar.");

  public static final Rule DUPLICATE_KEY =
      new Rule(
          "DESCRIPTOR-DUPLICATE-KEY",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "A key appears at most once in a mapping.");

  public static final Rule REQUIRED =
      new Rule(
          "DESCRIPTOR-REQUIRED",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Required keys are present.");

  public static final Rule UNKNOWN_KEY =
      new Rule(
          "DESCRIPTOR-UNKNOWN-KEY",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Only keys of the descriptor format are used, so typos never pass silently.");

  public static final Rule TYPE =
      new Rule(
          "DESCRIPTOR-TYPE",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Each value has the type the format expects.");

  public static final Rule VALUE =
      new Rule(
          "DESCRIPTOR-VALUE",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "Each value is one of the allowed values or inside the allowed range.");

  public static final Rule API_VERSION =
      new Rule(
          "DESCRIPTOR-API-VERSION",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "apiVersion and kind name a descriptor format this plugin reads.");

  public static final Rule VERSION_FORMAT =
      new Rule(
          "DESCRIPTOR-VERSION-FORMAT",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The product's version can name the contract's files and the catalog's folder: letters, digits and . _ + -, starting with a letter or digit (such as 1.2.0).");

  public static final Rule VERSION_MISMATCH =
      new Rule(
          "DESCRIPTOR-VERSION-MISMATCH",
          RuleArea.DESCRIPTOR,
          Goal.VALIDATE,
          ChangeClass.NONE,
          ERROR,
          "The descriptor's version, when given, equals the project version.");

  /** This area's rules, in declaration order, for {@link RuleCatalog}. */
  static List<Rule> all() {
    return List.of(
        MISSING,
        SYNTAX,
        ENCODING,
        SIZE,
        ALIASES,
        SHAPE,
        DUPLICATE_KEY,
        REQUIRED,
        UNKNOWN_KEY,
        TYPE,
        VALUE,
        API_VERSION,
        VERSION_FORMAT,
        VERSION_MISMATCH);
  }

  private DescriptorRules() {}
}
