package dev.dataproduct.maven;

import dev.dataproduct.rules.ChangeClass;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleArea;
import dev.dataproduct.rules.RuleCatalog;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule with its ID, default severity, the goal that reports it, its change class
 * (whether its finding breaks consumers of the previous release) and purpose, grouped by area: the
 * IDs to use in {@code <rules>} overrides, policies and waivers. Needs no project: {@code mvn
 * dev.dataproduct:dataproduct-maven-plugin:rules}.
 *
 * @since 0.1.0
 */
@Mojo(name = RulesMojo.GOAL, requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

  public static final String GOAL = "rules";

  private static final String COLUMNS = "  %-34s %-8s %-8s %-10s %s";

  @Override
  public void execute() {
    getLog().info(row("RULE-ID", "severity", "goal", "change", "purpose"));
    RuleArea area = null;
    for (Rule rule : RuleCatalog.all()) {
      if (rule.area() != area) {
        area = rule.area();
        getLog().info("");
        getLog().info(area.prefix() + ": " + area.purpose());
      }
      getLog()
          .info(
              row(
                  rule.id(),
                  lower(rule.defaultSeverity()),
                  rule.goal().goalName(),
                  lower(rule.changeClass()),
                  rule.purpose()));
    }
    getLog().info("");
    getLog().info("change: what a rule's finding means for the next release");
    for (ChangeClass change : ChangeClass.values()) {
      getLog().info(String.format(Locale.ROOT, "  %-10s %s", lower(change), change.meaning()));
    }
    getLog()
        .info(
            RuleCatalog.all().size()
                + " rules. Change one with <rules><RULE-ID>off|info|warning|error</RULE-ID></rules>.");
  }

  private static String row(String... columns) {
    return String.format(Locale.ROOT, COLUMNS, (Object[]) columns);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
