package dev.dataproduct.infra.registry;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.RegistryRules;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Registers a product version's schemas in a schema registry, in two passes so that a schema the
 * registry rejects leaves nothing half registered:
 *
 * <ol>
 *   <li>{@link #judge}: sets each subject's compatibility to its port's level, then asks the
 *       registry's own compatibility check; every rejection becomes a finding with the registry's
 *       reasons.
 *   <li>{@link #register}: registers each schema the subject does not hold yet; a schema that is
 *       already registered adds no version.
 * </ol>
 *
 * Setting a level is a write: a publish that stops between the passes sets the levels back ({@link
 * #restoreLevels}), so a rejected release leaves the registry as it was. In a dry run both passes
 * only read: they say which levels they would set and which schemas they would register. When the
 * registry stops answering or refuses a schema halfway, the error says which subjects were
 * registered before, and the subjects not registered get their levels back (those registered keep
 * their port's level, which their new version was registered under); registering again is safe.
 */
public final class RegistryPublication {

  /**
   * What registering did.
   *
   * @param registered subjects that got a new version, as {@code subject (id N)}
   * @param unchanged subjects that already held the schema
   */
  public record Result(List<String> registered, List<String> unchanged, boolean dryRun) {
    public Result {
      registered = List.copyOf(registered);
      unchanged = List.copyOf(unchanged);
    }

    /** E.g. {@code 4 subjects: 2 new versions, 2 already registered}. */
    public String summary() {
      return Counts.plural(registered.size() + unchanged.size(), "subject")
          + ": "
          + (dryRun
              ? registered.size() + " would get a new version"
              : Counts.plural(registered.size(), "new version"))
          + ", "
          + unchanged.size()
          + " already registered";
    }
  }

  private final RegistryClient client;
  private final BuildLog log;

  /** A subject's level {@link #judge} set: its own level before (empty: none) and the new one. */
  private record LevelChange(String subject, Optional<String> before, String setTo) {
    /** E.g. {@code sales.orders-value to FULL (it was BACKWARD)}. */
    @Override
    public String toString() {
      return subject + " to " + setTo + " (it was " + before.orElse("the registry's default") + ")";
    }
  }

  private final List<LevelChange> levelsChanged = new ArrayList<>();

  public RegistryPublication(RegistryClient client, BuildLog log) {
    this.client = client;
    this.log = log;
  }

  /**
   * Pass one: sets the levels (not in a dry run) and returns the registry's rejections as findings.
   * When it cannot finish, it sets the levels it changed back before it throws.
   *
   * @throws BuildError when the registry cannot be reached or refuses the credentials
   */
  public List<Finding> judge(List<RegistrySubject> subjects, boolean dryRun) {
    List<Finding> findings = new ArrayList<>();
    for (RegistrySubject subject : subjects) {
      try {
        judge(subject, dryRun).ifPresent(findings::add);
      } catch (BuildError e) {
        if (levelsChanged.isEmpty()) {
          throw e;
        }
        List<String> left = restoreLevels();
        String message =
            e.getMessage()
                + (left.isEmpty()
                    ? ". Nothing was registered, and the compatibility levels the check had set were set back"
                    : ". Nothing was registered, but " + String.join("; ", left));
        throw e instanceof RegistryUnreachable
            ? new RegistryUnreachable(message)
            : new BuildError(message, e);
      }
    }
    return findings;
  }

  /**
   * Sets each subject whose level {@link #judge} changed back to its own level before, or back to
   * the registry's default when it had none: for a publish that stops before it registers anything.
   * It tries every subject, whatever fails, unless the registry stops answering: then the rest are
   * not tried (each try would wait for the retries), and are named as not set back.
   *
   * @return what could not be set back, one line a subject that says what it holds now and why;
   *     empty when every level is as it was
   */
  public List<String> restoreLevels() {
    return restoreLevels(subject -> true);
  }

  /**
   * {@link #restoreLevels()} for the subjects {@code which} selects; the others keep their level.
   */
  private List<String> restoreLevels(Predicate<String> which) {
    List<String> left = new ArrayList<>();
    String unreachable = null;
    for (LevelChange change : levelsChanged) {
      if (!which.test(change.subject())) {
        continue;
      }
      if (unreachable != null) {
        left.add(
            "the check set the compatibility of "
                + change
                + " and it was not set back (the registry did not answer for "
                + unreachable
                + ")");
        continue;
      }
      try {
        if (change.before().isPresent()) {
          client.setCompatibility(change.subject(), change.before().get());
        } else {
          client.clearCompatibility(change.subject());
        }
      } catch (BuildError e) {
        left.add(
            "the check set the compatibility of "
                + change
                + " and could not set it back ("
                + e.getMessage()
                + ")");
        if (e instanceof RegistryUnreachable) {
          unreachable = change.subject();
        }
      }
    }
    levelsChanged.removeIf(change -> which.test(change.subject()));
    return left;
  }

  /** One subject's part of {@link #judge}: its level set, then the registry's verdict. */
  private Optional<Finding> judge(RegistrySubject subject, boolean dryRun) {
    boolean judgedAtAnotherLevel = false;
    Optional<String> level = client.compatibility(subject.name());
    if (dryRun) {
      if (!level.equals(Optional.of(subject.level()))) {
        // The registry judges at the level the subject has now: only versions make that matter.
        judgedAtAnotherLevel = !client.versions(subject.name()).isEmpty();
        log.info(
            "  would set the compatibility of "
                + subject.name()
                + " to "
                + subject.level()
                + " (now "
                + level.orElse("the registry's default")
                + ")");
      }
    } else {
      // Read first: a publish that stops before registering sets the level back.
      client.setCompatibility(subject.name(), subject.level());
      if (!level.equals(Optional.of(subject.level()))) {
        levelsChanged.add(new LevelChange(subject.name(), level, subject.level()));
      }
    }
    RegistryClient.Verdict verdict = verdict(subject);
    if (verdict.compatible() && judgedAtAnotherLevel) {
      log.warn(
          "The schema registry judged the "
              + subject.part()
              + " of port \""
              + subject.port()
              + "\" at "
              + level.orElse("its default level")
              + ", the level of "
              + subject.name()
              + " now, not at "
              + subject.level()
              + ": the dry run cannot tell whether it accepts it at "
              + subject.level()
              + ", which publish sets first");
    }
    return verdict.compatible() ? Optional.empty() : Optional.of(incompatible(subject, verdict));
  }

  /**
   * The registry's verdict at the subject's level. A check against one version (latest included)
   * compares with that version only, while registering at a transitive level compares with all of
   * them: a transitive level is checked against each version, so that the check sees what the
   * registration would refuse.
   */
  private RegistryClient.Verdict verdict(RegistrySubject subject) {
    if (!subject.level().endsWith("_TRANSITIVE")) {
      return client.testCompatibility(subject.name(), subject.schema());
    }
    for (int version : client.versions(subject.name())) {
      RegistryClient.Verdict verdict =
          client.testCompatibility(subject.name(), version, subject.schema());
      if (!verdict.compatible()) {
        return new RegistryClient.Verdict(
            false,
            verdict.reasons().isEmpty()
                ? List.of("version " + version + " (it gave no reasons)")
                : verdict.reasons().stream().map(r -> "version " + version + ": " + r).toList());
      }
    }
    return new RegistryClient.Verdict(true, List.of());
  }

  /**
   * Pass two: registers each schema its subject does not hold yet; in a dry run, says which.
   *
   * @throws BuildError when the registry stops answering or refuses a schema; the message names the
   *     subjects registered before
   */
  public Result register(List<RegistrySubject> subjects, boolean dryRun) {
    List<String> registered = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (RegistrySubject subject : subjects) {
      try {
        Optional<RegistryClient.Registered> existing =
            client.lookup(subject.name(), subject.schema());
        if (existing.isPresent()) {
          unchanged.add(subject.name());
          log.debug(
              "Schema registry: "
                  + subject.name()
                  + " already holds this schema as version "
                  + existing.get().version());
        } else if (dryRun) {
          registered.add(subject.name());
          log.info("  would register a new version of " + subject.name());
        } else {
          int id = client.register(subject.name(), subject.schema());
          registered.add(subject.name() + " (id " + id + ")");
        }
      } catch (BuildError e) {
        throw partial(e, subject, subjects, registered, unchanged);
      }
    }
    levelsChanged.clear(); // every subject holds the release now, at its port's level
    return new Result(registered, unchanged, dryRun);
  }

  /**
   * The error, with what was registered before it and what was not confirmed (the subject in flight
   * may or may not have been registered), so nobody takes it for a success.
   */
  private BuildError partial(
      BuildError e,
      RegistrySubject failed,
      List<RegistrySubject> subjects,
      List<String> registered,
      List<String> unchanged) {
    List<String> left =
        subjects.subList(subjects.indexOf(failed), subjects.size()).stream()
            .map(RegistrySubject::name)
            .toList();
    // The subjects that hold the release keep its level; the others get theirs back.
    boolean levelsSet = levelsChanged.stream().anyMatch(change -> left.contains(change.subject()));
    List<String> notSetBack = restoreLevels(left::contains);
    String message =
        e.getMessage()
            + ". Registration is incomplete: registered before the failure: "
            + (registered.isEmpty() ? "none" : String.join(", ", registered))
            + (unchanged.isEmpty() ? "" : "; already registered: " + String.join(", ", unchanged))
            + "; not confirmed: "
            + String.join(", ", left)
            + (!levelsSet
                ? ""
                : notSetBack.isEmpty()
                    ? "; the compatibility levels the check had set on those were set back"
                    : "; " + String.join("; ", notSetBack))
            + ". The catalog was not updated; run the build again once the registry answers (registered schemas are not registered twice)";
    return e instanceof RegistryUnreachable
        ? new RegistryUnreachable(message)
        : new BuildError(message, e);
  }

  private Finding incompatible(RegistrySubject subject, RegistryClient.Verdict verdict) {
    String reasons =
        verdict.reasons().isEmpty() ? "it gave no reasons" : String.join("; ", verdict.reasons());
    return Finding.of(
            RegistryRules.INCOMPATIBLE,
            subject.position(),
            "The schema registry at %s finds the %s of port \"%s\" incompatible with subject %s at level %s: %s"
                .formatted(
                    client.url(),
                    subject.part(),
                    subject.port(),
                    subject.name(),
                    subject.level(),
                    reasons))
        .withHint(
            "the registry holds versions this release was not compared with (registered by another build or by hand); "
                + "compare them with GET %s/subjects/%s/versions, then make the change compatible or release it on a new topic"
                    .formatted(client.url(), subject.name()))
        .withTarget("outputPorts/" + subject.port() + "/" + subject.part());
  }
}
