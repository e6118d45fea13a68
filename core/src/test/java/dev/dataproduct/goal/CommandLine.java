package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A second front end, to show what one needs besides the core: parse the arguments, hand the goal a
 * {@link BuildFacts} ({@link DirectoryProject}: a project directory and a releases folder), print
 * the outcome, and exit 0, 1 when the contract is violated, 2 when the goal could not run.
 *
 * <pre>
 * dp validate|check --project DIR --version V [--releases DIR] [--baseline none|V|PATH] [--catalog DIR]
 * </pre>
 */
final class CommandLine {

  private CommandLine() {}

  static int run(PrintStream out, String... args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length == 0
        || !options.containsKey("--project")
        || !options.containsKey("--version")) {
      out.println(
          "usage: dp validate|check --project DIR --version V [--releases DIR] [--baseline none|V|PATH] [--catalog DIR]");
      return 2;
    }
    Path dir = Path.of(options.get("--project")).toAbsolutePath();
    Path releases =
        options.containsKey("--releases")
            ? Path.of(options.get("--releases"))
            : dir.resolve("releases");
    DirectoryProject project =
        new DirectoryProject(dir, dir.getFileName().toString(), options.get("--version"), releases);
    ContractRules rules =
        new ContractRules(
            GoalProjects.defaults().policy(),
            GoalProjects.defaults().rules(),
            "all",
            options.getOrDefault("--baseline", ""));
    try {
      GoalOutcome outcome =
          switch (args[0]) {
            case "validate" -> new ValidateGoal(project).run(project.files(), rules);
            case "check" ->
                new CheckGoal(project)
                    .run(
                        project.files(),
                        rules,
                        Path.of(
                            options.getOrDefault("--catalog", dir.resolve("catalog").toString())),
                        true);
            default ->
                throw new BuildError("unknown command " + args[0] + "; use validate or check");
          };
      out.println(outcome.summary());
      outcome.findings().forEach(finding -> out.println(finding.format()));
      return outcome.findings().stream().map(Finding::severity).anyMatch(Severity.ERROR::equals)
          ? 1
          : 0;
    } catch (BuildError e) {
      out.println("error: " + e.getMessage());
      return 2;
    }
  }
}
