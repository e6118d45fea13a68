package dev.dataproduct.rules;

import static dev.dataproduct.finding.Severity.ERROR;

/** Rules about output and input ports. */
public final class PortRules {

  public static final Rule KEY_TYPE =
      new Rule("PORT-KEY-TYPE", RuleArea.PORT, ERROR, "A port key is a primitive Avro type or a schema file, not both.");

  public static final Rule VALUE_REQUIRED =
      new Rule("PORT-VALUE-REQUIRED", RuleArea.PORT, ERROR, "Each output port names its value schema.");

  public static final Rule DURATION =
      new Rule("PORT-DURATION", RuleArea.PORT, ERROR, "Retention and freshness are ISO-8601 durations (retention may be 'infinite').");

  public static final Rule SLO_RANGE =
      new Rule("PORT-SLO-RANGE", RuleArea.PORT, ERROR, "SLO values are in range: availability in (0, 100], freshness positive.");

  public static final Rule INPUT_REFERENCE =
      new Rule("PORT-INPUT-REFERENCE", RuleArea.PORT, ERROR, "An input port names its upstream as <domain>/<name> and a port in kebab case.");

  public static final Rule AT_LEAST_ONE_OUTPUT =
      new Rule("PORT-AT-LEAST-ONE-OUTPUT", RuleArea.PORT, ERROR, "A data product has at least one output port.");

  private PortRules() {}
}
