package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.defaults;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A port at a transitive level, over a real history of three releases, each built by generate and
 * published into a real directory catalog: the catalog's version page and check's change report
 * reach check's verdict. The fixture {@code check/COMPAT-WIRE-transitive}: port order-audit
 * (BACKWARD_TRANSITIVE) has qty int in 1.0.0, drops it in 1.1.0 and adds it back as a string in
 * 1.2.0, which reads 1.1.0's data but not 1.0.0's; order-lines breaks both; order-events (BACKWARD)
 * is compatible with 1.1.0.
 */
class TransitiveVerdictTest {

  private static final Path FIXTURE = CHECK_FIXTURES.resolve("COMPAT-WIRE-transitive");
  private static final Pattern PORT_VERDICT =
      Pattern.compile("data-port=\"([^\"]+)\" data-verdict=\"([^\"]+)\"");

  @TempDir Path temp;

  @Test
  void theVersionPageJudgesATransitivePortAgainstEveryEarlierReleaseAsCheckDoes()
      throws IOException {
    Path project = temp.resolve("orders");
    Path releases = temp.resolve("releases");
    Path catalog = temp.resolve("catalog");
    for (String[] release : new String[][] {{"previous-1.0.0", "1.0.0"}, {"previous", "1.1.0"}}) {
      sources(FIXTURE.resolve(release[0]), project);
      DirectoryProject build = new DirectoryProject(project, "orders", release[1], releases);
      release(build);
      publish(build, catalog);
    }
    sources(FIXTURE.resolve("current"), project);
    DirectoryProject build = new DirectoryProject(project, "orders", "1.2.0", releases);
    GoalOutcome checked = new CheckGoal(build).run(build.files(), defaults(), catalog, true);
    release(build);
    publish(build, catalog);

    Map<String, String> byCheck = new TreeMap<>(Map.of("order-events", "compatible"));
    for (Finding f : checked.findings()) {
      if (f.ruleId().equals("COMPAT-WIRE")) {
        byCheck.put(f.target().substring("outputPorts/".length()).split("/")[0], "breaking");
      }
    }
    assertEquals(
        Map.of("order-audit", "breaking", "order-events", "compatible", "order-lines", "breaking"),
        byCheck,
        "check's verdicts, as the fixture's expected.txt has them");
    String page = Files.readString(catalog.resolve("products/sales/orders/1.2.0/index.html"));
    assertEquals(byCheck, verdicts(page));
    // 1.2.0 reads what 1.1.0 wrote; the page names the release it cannot read, as check does.
    assertTrue(
        page.contains(
            "not BACKWARD_TRANSITIVE compatible with 1.0.0: Field &quot;qty&quot; of record &quot;com.example.Line&quot;"),
        page);
    assertTrue(
        page.contains(
            "not BACKWARD_TRANSITIVE compatible with 1.0.0: Field &quot;qty&quot; of record &quot;com.example.Order&quot;"),
        page);
    String report = Files.readString(project.resolve("target/dataproduct/check-changes.md"));
    assertTrue(report.contains("### Port `order-audit` changed: breaking\n"), report);
    assertTrue(report.contains("### Port `order-events` changed: compatible\n"), report);
    // 1.1.0 only dropped a field: compatible with 1.0.0 at every level.
    assertEquals(
        Map.of("order-audit", "compatible", "order-events", "compatible"),
        verdicts(Files.readString(catalog.resolve("products/sales/orders/1.1.0/index.html"))));
  }

  private static void publish(DirectoryProject build, Path catalog) {
    PublishGoal.Outcome outcome =
        new PublishGoal(build)
            .run(build.files(), catalog, null, null, false, "orders " + build.version());
    assertTrue(outcome.refusal().isEmpty(), outcome.toString());
  }

  /** Each changed port's verdict on a version page. */
  private static Map<String, String> verdicts(String page) {
    Map<String, String> verdicts = new TreeMap<>();
    Matcher m = PORT_VERDICT.matcher(page);
    while (m.find()) {
      verdicts.put(m.group(1), m.group(2));
    }
    return verdicts;
  }
}
