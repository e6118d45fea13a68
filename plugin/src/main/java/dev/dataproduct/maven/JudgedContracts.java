package dev.dataproduct.maven;

import dev.dataproduct.support.BuildError;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that judge the contract ({@code validate}, {@code check}) leave for {@code
 * publish} in the project's build context: the fingerprint of the contract they passed, or that
 * they were skipped. The context lives as long as the build, one per project, so a contract is
 * published only when it was judged in the same build and has not changed since.
 */
final class JudgedContracts {

  private static final String KEY = "dev.dataproduct.passed.";
  private static final String SKIPPED = "\u0000skipped";

  private JudgedContracts() {}

  /** {@code goal} passed the contract whose fingerprint is {@code fingerprint}. */
  static void passed(MavenProject project, String goal, String fingerprint) {
    project.setContextValue(KEY + goal, fingerprint);
  }

  /** {@code goal} was skipped, so whatever it passed earlier in this build no longer counts. */
  static void skipped(MavenProject project, String goal) {
    project.setContextValue(KEY + goal, SKIPPED);
  }

  /**
   * Refuses, with the one line that says what to do, unless {@code goal} passed exactly the
   * contract whose fingerprint {@code fingerprint} computes in this build.
   *
   * @param fingerprint computed only when {@code goal} passed something, so a build that never ran
   *     it is told that rather than why its files cannot be fingerprinted
   * @param what what is being published: the artifactId and version, e.g. {@code orders 1.2.0}
   * @throws BuildError when it did not: a misconfigured build, not a broken contract
   */
  static void require(
      MavenProject project, String goal, Supplier<String> fingerprint, String what) {
    Object passed = project.getContextValue(KEY + goal);
    String refusal =
        "Not publishing "
            + what
            + ": dataproduct:publish publishes only a contract that passed validate and check in the same build, and ";
    if (passed == null) {
      throw new BuildError(
          refusal
              + "dataproduct:"
              + goal
              + " did not run; add <goal>"
              + goal
              + "</goal> to the plugin's <execution> next to <goal>publish</goal>,"
              + " or run the lifecycle in the same invocation, e.g. mvn verify dataproduct:publish");
    }
    if (SKIPPED.equals(passed)) {
      throw new BuildError(
          refusal
              + "dataproduct:"
              + goal
              + " was skipped; remove dataproduct."
              + goal
              + ".skip from the build that publishes");
    }
    if (!Objects.equals(passed, fingerprint.get())) {
      throw new BuildError(
          refusal
              + "the contract changed after dataproduct:"
              + goal
              + " passed it; run the build again without changing files during it");
    }
  }
}
