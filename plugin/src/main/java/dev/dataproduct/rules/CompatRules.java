package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Rules about compatibility with earlier releases (the {@code check} goal). */
public final class CompatRules {

  public static final Rule WIRE =
      new Rule("COMPAT-WIRE", RuleArea.COMPAT, ERROR, "A port's key and value schemas keep the compatibility level the port declares.");

  private CompatRules() {}
}
