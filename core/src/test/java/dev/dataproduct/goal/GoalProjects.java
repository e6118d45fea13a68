package dev.dataproduct.goal;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fixture projects for the goal tests: the check fixtures' {@code previous/} and {@code current/}
 * folders, copied, built and released.
 */
final class GoalProjects {

  static final Path CHECK_FIXTURES = Path.of("src/test/resources/check");

  private GoalProjects() {}

  /**
   * Default rule levels, no policy, every field held, the newest earlier release as the baseline.
   */
  static ContractRules defaults() {
    return new ContractRules(
        Policy.NONE,
        EffectiveRules.of(
            Policy.NONE, Map.of(), SourcePosition.file("pom.xml"), TestWording.MAVEN_WORDS),
        "all",
        "");
  }

  /**
   * Copies {@code from}'s descriptor and schemas over {@code project}, as a developer's edit would.
   */
  static void sources(Path from, Path project) throws IOException {
    Path schemas = project.resolve("src/main/avro");
    if (Files.exists(schemas)) {
      try (Stream<Path> walk = Files.walk(schemas)) {
        for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(path);
        }
      }
    }
    copyTree(from, project);
  }

  /**
   * Builds {@code project} with generate (its contract packed into {@code target/classes}) and
   * releases it: a copy of the classes folder under {@code releases/<version>}.
   */
  static void release(DirectoryProject project) throws IOException {
    generate(project);
    copyTree(
        project.baseDir.resolve("target/classes"), project.releasesDir.resolve(project.version));
  }

  /**
   * Builds {@code project} with generate, default options and the newest earlier release as the
   * baseline: sources under {@code target/generated-sources}, the contract packed into {@code
   * target/classes}.
   */
  static void generate(DirectoryProject project) {
    new GenerateGoal(project)
        .run(
            project.files(),
            project.baseDir.resolve("target/generated-sources"),
            dev.dataproduct.logic.codegen.CodegenOptions.defaults(),
            "");
  }

  /**
   * {@link #generate(DirectoryProject)}, packing the exports in the open standards or leaving them
   * out, as the Maven plugin does in a build that packages nothing.
   */
  static void generate(DirectoryProject project, boolean packExports) {
    new GenerateGoal(project)
        .run(
            project.files(),
            project.baseDir.resolve("target/generated-sources"),
            dev.dataproduct.logic.codegen.CodegenOptions.defaults(),
            "",
            dev.dataproduct.logic.export.ExportSettings.NONE,
            packExports,
            stamp -> {});
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The summary and the findings as {@code expected.txt} holds them. */
  static String printed(GoalOutcome outcome) {
    return Stream.concat(
            Stream.of(outcome.summary()), outcome.findings().stream().map(Finding::format))
        .collect(Collectors.joining("\n"));
  }
}
