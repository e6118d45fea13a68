package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.defaults;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    Path catalog = temp.resolve("catalog");
    GoalOutcome checked = releaseAndPublishEach(FIXTURE, project, catalog);

    String page = Files.readString(catalog.resolve("products/sales/orders/1.2.0/index.html"));
    Map<String, String> byCheck = verdictsOf(checked, verdicts(page).keySet());
    assertEquals(
        Map.of("order-audit", "breaking", "order-events", "compatible", "order-lines", "breaking"),
        byCheck,
        "check's verdicts, as the fixture's expected.txt has them");
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

  /**
   * The check fixtures whose history restarts at a major release: the page compares with the
   * releases since the restart, as check does ({@code PortContract.keyReleases}).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "transitive-history-restarts-at-major",
        "transitive-history-restarted-still-checked"
      })
  void theVersionPageReachesChecksVerdictWhenTheHistoryRestartedAtAMajorRelease(String fixture)
      throws IOException {
    Path catalog = temp.resolve("catalog");
    GoalOutcome checked =
        releaseAndPublishEach(CHECK_FIXTURES.resolve(fixture), temp.resolve("orders"), catalog);

    String current = version(CHECK_FIXTURES.resolve(fixture).resolve("current"));
    Map<String, String> onPage =
        verdicts(
            Files.readString(catalog.resolve("products/sales/orders/" + current + "/index.html")));
    Map<String, String> byCheck = verdictsOf(checked, onPage.keySet());
    assertTrue(byCheck.containsValue("breaking"), byCheck.toString());
    assertEquals(byCheck, onPage);
  }

  /**
   * Releases the fixture's {@code previous-<version>} folders in version order and then {@code
   * previous}, each built by generate and published; then checks {@code current} against them and
   * publishes it too.
   */
  private GoalOutcome releaseAndPublishEach(Path fixture, Path project, Path catalog)
      throws IOException {
    Path releases = temp.resolve("releases");
    List<Path> earlier;
    try (Stream<Path> folders = Files.list(fixture)) {
      earlier =
          folders
              .filter(f -> f.getFileName().toString().startsWith("previous-"))
              .sorted(Comparator.comparing(f -> numbers(version(f)), Arrays::compare))
              .collect(Collectors.toCollection(ArrayList::new));
    }
    earlier.add(fixture.resolve("previous"));
    for (Path release : earlier) {
      sources(release, project);
      DirectoryProject build = new DirectoryProject(project, "orders", version(release), releases);
      release(build);
      publish(build, catalog);
    }
    Path current = fixture.resolve("current");
    sources(current, project);
    DirectoryProject build = new DirectoryProject(project, "orders", version(current), releases);
    GoalOutcome checked = new CheckGoal(build).run(build.files(), defaults(), catalog, true);
    release(build);
    publish(build, catalog);
    return checked;
  }

  /**
   * Check's verdict on each port the page lists: breaking where a COMPAT-WIRE finding is, else
   * compatible; a port check finds breaking is on the page too.
   */
  private static Map<String, String> verdictsOf(GoalOutcome checked, Set<String> listed) {
    Map<String, String> verdicts = new TreeMap<>();
    listed.forEach(port -> verdicts.put(port, "compatible"));
    for (Finding f : checked.findings()) {
      if (f.ruleId().equals("COMPAT-WIRE")) {
        verdicts.put(f.target().substring("outputPorts/".length()).split("/")[0], "breaking");
      }
    }
    return verdicts;
  }

  /** {@code 1.10.0} as {1, 10, 0}, so that it sorts after {@code 1.9.0}. */
  private static int[] numbers(String version) {
    return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  private static String version(Path release) {
    try {
      Matcher m =
          Pattern.compile("(?m)^version: (\\S+)$")
              .matcher(Files.readString(release.resolve("dataproduct.yaml")));
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
