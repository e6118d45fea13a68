package dev.dataproduct.goal;

import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.ContractFingerprint;
import dev.dataproduct.support.Wording;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the goals that judge the contract ({@code validate}, {@code check}) leave for {@code
 * publish} in one build: the fingerprint of the contract each passed, or that it was skipped. So a
 * contract is published only when both judged it in the same build and it has not changed since.
 *
 * <p>The record is kept through {@link BuildFacts#once} under one key for the whole build (in
 * Maven, the project's context): it is the build's ledger, the one kept value that the goals
 * change.
 */
public final class JudgedContracts {

  private static final String SKIPPED = "\u0000skipped";

  /**
   * Ledger key of check's note: the fingerprint ({@link #fingerprint} of check) of sources and a
   * packed contract that is not the one check compared.
   */
  private static final String PACKED_NOT_COMPARED = "\u0000packed-not-compared";

  /** The goals whose verdict publish needs, in the order it asks for them. */
  private static final String[] JUDGES = {ValidateGoal.NAME, CheckGoal.NAME};

  /** Goal name to the fingerprint of the contract it passed, or {@link #SKIPPED}. */
  private static final class Ledger {
    final Map<String, String> byGoal = new ConcurrentHashMap<>();
  }

  private final BuildFacts facts;
  private final Map<String, String> ledger;

  public JudgedContracts(BuildFacts facts) {
    this.facts = facts;
    this.ledger = facts.once(JudgedContracts.class.getName(), Ledger.class, Ledger::new).byGoal;
  }

  /**
   * {@code goal} ({@code validate} or {@code check}) passed the contract as {@code files} hold it
   * now.
   */
  public void passed(String goal, ProjectFiles files) {
    ledger.put(goal, fingerprint(goal, files));
  }

  /**
   * Check compared the contract the sources make, and the contract packed in {@code files} is that
   * one ({@code asCompared}) or not: then publish refuses it as long as it is packed as it is now.
   */
  public void packedCompared(ProjectFiles files, boolean asCompared) {
    if (asCompared) {
      ledger.remove(PACKED_NOT_COMPARED);
    } else {
      ledger.put(PACKED_NOT_COMPARED, fingerprint(CheckGoal.NAME, files));
    }
  }

  /** Why a packed contract can be other than the sources make, and what to do. */
  static String notPackedBy(Wording wording) {
    return wording.goal(GenerateGoal.NAME)
        + " has not packed these sources: it was skipped, or it did not pack a contract with"
        + " errors at its default rule levels (see its warning); let it pack them in the build that"
        + " publishes, before "
        + wording.goal(CheckGoal.NAME);
  }

  /**
   * Whether {@code goal} passed, in this build, the contract as {@code files} hold it now: generate
   * follows validate's verdict, which knows the build's rule levels.
   */
  public boolean passedAsNow(String goal, ProjectFiles files) {
    String passed = ledger.get(goal);
    return passed != null && !SKIPPED.equals(passed) && passed.equals(fingerprint(goal, files));
  }

  /** {@code goal} was skipped, so whatever it passed earlier in this build no longer counts. */
  public void skipped(String goal) {
    ledger.put(goal, SKIPPED);
  }

  /**
   * Refuses, with the one line that says what to do, unless {@code validate} and {@code check} both
   * passed exactly the contract {@code files} hold now.
   *
   * @throws BuildError when they did not: a misconfigured build, not a broken contract
   */
  public void requireJudged(ProjectFiles files) {
    for (String goal : JUDGES) {
      require(goal, files);
    }
  }

  private void require(String goal, ProjectFiles files) {
    String passed = ledger.get(goal);
    String refusal =
        "Not publishing "
            + facts.name()
            + " "
            + facts.version()
            + ": "
            + facts.wording().goal(PublishGoal.NAME)
            + " publishes only a contract that passed validate and check in the same build, and ";
    String judge = facts.wording().goal(goal);
    if (passed == null) {
      throw new BuildError(
          refusal + judge + " did not run; " + facts.wording().runBeforePublish(goal));
    }
    if (SKIPPED.equals(passed)) {
      throw new BuildError(
          refusal
              + judge
              + " was skipped; remove "
              + facts.wording().skipOption(goal)
              + " from the build that publishes");
    }
    // Computed only once the goal is known to have passed something, so a build that never ran it
    // is told that rather than why its files cannot be fingerprinted.
    String now = fingerprint(goal, files);
    if (!Objects.equals(passed, now)) {
      throw new BuildError(
          refusal
              + "the contract changed after "
              + judge
              + " passed it; run the build again without changing files during it");
    }
    if (goal.equals(CheckGoal.NAME) && now.equals(ledger.get(PACKED_NOT_COMPARED))) {
      throw new BuildError(
          refusal
              + "the contract packed in "
              + Paths.relative(facts.baseDir(), files.contractDirectory())
              + " is not the one the sources make, which "
              + judge
              + " compared; "
              + notPackedBy(facts.wording()));
    }
  }

  /**
   * What {@code goal} judged: validate the sources (descriptor, schemas, version), check those and
   * the packed contract it compared.
   */
  private String fingerprint(String goal, ProjectFiles files) {
    return switch (goal) {
      case ValidateGoal.NAME ->
          ContractFingerprint.ofSources(
              files.descriptor(), files.schemaDirectory(), facts.version());
      case CheckGoal.NAME ->
          ContractFingerprint.ofSourcesAndPacked(
              files.descriptor(),
              files.schemaDirectory(),
              facts.version(),
              files.contractDirectory());
      default -> throw new IllegalArgumentException("publish does not ask " + goal);
    };
  }
}
