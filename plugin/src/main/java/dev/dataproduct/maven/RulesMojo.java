package dev.dataproduct.maven;

import dev.dataproduct.rules.Rule;
import dev.dataproduct.rules.RuleArea;
import dev.dataproduct.rules.RuleCatalog;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule with its ID, default severity and purpose, grouped by area: the IDs to use in
 * {@code <rules>} overrides, policies and waivers. Needs no project: {@code mvn
 * dev.dataproduct:dataproduct-maven-plugin:rules}.
 *
 * @since 0.1.0
 */
@Mojo(name = RulesMojo.GOAL, requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

  public static final String GOAL = "rules";

  @Override
  public void execute() {
    RuleArea area = null;
    for (Rule rule : RuleCatalog.all()) {
      if (rule.area() != area) {
        area = rule.area();
        getLog().info("");
        getLog().info(area.prefix() + ": " + area.purpose());
      }
      getLog()
          .info(
              String.format(
                  Locale.ROOT,
                  "  %-34s %-8s %s",
                  rule.id(),
                  rule.defaultSeverity().name().toLowerCase(Locale.ROOT),
                  rule.purpose()));
    }
    getLog().info("");
    getLog()
        .info(
            RuleCatalog.all().size()
                + " rules. Change one with <rules><RULE-ID>off|info|warning|error</RULE-ID></rules>.");
  }
}
