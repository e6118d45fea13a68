package dev.dataproduct.logic.publish;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.support.BuildError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publishing one product version to every target, in the order that keeps every failure clean:
 *
 * <ol>
 *   <li>every target checks, the record first (the catalog): a version already published there with
 *       other content is refused before any other target is asked. The first refusal or rejection
 *       stops the publish, and the targets that checked undo what their checks wrote (the
 *       registry's levels): nothing is left written anywhere.
 *   <li>every other target writes, in the order given (the schema registry), then the record: it
 *       lists a version only once every other target holds it.
 * </ol>
 *
 * A build error during the writes says which targets were already written before it; the record is
 * then as it was. In a dry run every target only reads.
 */
public final class Publication {

  /**
   * What publishing did.
   *
   * @param checked the plans of the targets that checked, the record first; the last one stopped
   *     the publish when it was not accepted
   * @param written what each target wrote, the record first; empty when a check stopped the publish
   */
  public record Outcome(List<PublishPlan> checked, List<PublishOutcome> written) {
    public Outcome {
      checked = List.copyOf(checked);
      written = List.copyOf(written);
    }

    /** The plan that stopped the publish, if one did. */
    public Optional<PublishPlan> stopped() {
      return checked.stream().filter(plan -> !plan.isAccepted()).findFirst();
    }

    /**
     * A target refused the release as a whole (the catalog holds the version with other content).
     */
    public boolean refused() {
      return stopped().filter(plan -> plan.rejections().isEmpty()).isPresent();
    }

    /** A target rejected parts of the release, as located findings. */
    public boolean rejected() {
      return !rejections().isEmpty();
    }

    public List<Finding> rejections() {
      return stopped().map(PublishPlan::rejections).orElse(List.of());
    }

    /**
     * Each target's summary, the record first, e.g. {@code Published sales/orders 1.0.0 to ... ;
     * schema registry ..., ...}.
     */
    public String summary() {
      return written.stream().map(PublishOutcome::summary).collect(Collectors.joining("; "));
    }
  }

  private final PublishTarget record;
  private final List<PublishTarget> others;

  /**
   * @param record the target that records what is published (the catalog): checked first, written
   *     last
   * @param others the other targets, checked and written in this order
   */
  public Publication(PublishTarget record, List<PublishTarget> others) {
    this.record = record;
    this.others = List.copyOf(others);
  }

  /**
   * Publishes {@code release} to every target; in a dry run only reads.
   *
   * @throws BuildError when a target cannot be asked or written; the record is then as it was, and
   *     the message names what the other targets had written
   */
  public Outcome publish(Release release) {
    List<PublishTarget> targets = new ArrayList<>(List.of(record));
    targets.addAll(others);
    List<PublishPlan> plans = new ArrayList<>();
    for (PublishTarget target : targets) {
      PublishPlan plan = check(target, release, targets.subList(0, plans.size()));
      if (!plan.isAccepted()) {
        List<String> left = abandon(targets.subList(0, plans.size()));
        plans.add(plan.withNotes(left));
        return new Outcome(plans, List.of());
      }
      plans.add(plan);
    }
    List<PublishOutcome> written = new ArrayList<>();
    for (int i = 1; i < targets.size(); i++) {
      written.add(write(targets.get(i), plans.get(i), written));
    }
    written.add(0, write(record, plans.get(0), written));
    return new Outcome(plans, written);
  }

  /**
   * {@code target}'s check; when it cannot be asked, the targets checked before it undo what their
   * checks wrote (the registry's check sets the subjects' levels), and the error says what they
   * could not undo.
   */
  private static PublishPlan check(
      PublishTarget target, Release release, List<PublishTarget> checkedBefore) {
    try {
      return target.check(release);
    } catch (BuildError e) {
      List<String> left = abandon(checkedBefore);
      if (left.isEmpty()) {
        throw e;
      }
      throw new BuildError(
          e.getMessage() + ". Nothing was published, but " + String.join("; ", left), e);
    }
  }

  /**
   * The publish stops before any write: each target checked so far undoes its check, the last
   * first. Returns what they could not undo.
   */
  private static List<String> abandon(List<PublishTarget> checked) {
    List<String> left = new ArrayList<>();
    for (int i = checked.size() - 1; i >= 0; i--) {
      left.addAll(checked.get(i).abandon());
    }
    return left;
  }

  private static PublishOutcome write(
      PublishTarget target, PublishPlan plan, List<PublishOutcome> before) {
    try {
      return target.write(plan);
    } catch (BuildError e) {
      if (before.isEmpty() || plan.release().dryRun()) {
        throw e;
      }
      throw new BuildError(
          e.getMessage()
              + ". Written before this failure: "
              + before.stream().map(PublishOutcome::summary).collect(Collectors.joining("; ")),
          e);
    }
  }
}
