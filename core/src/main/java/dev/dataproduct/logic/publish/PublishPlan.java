package dev.dataproduct.logic.publish;

import dev.dataproduct.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link PublishTarget}'s check found: the release is accepted, refused (one line: the
 * version is already there with other content) or rejected (located findings: the target's own
 * rules reject parts of it).
 *
 * @param target the target's {@linkplain PublishTarget#name() name}
 * @param release what was checked, for the write
 * @param refusal why the target refuses the release (with rejections: the line that sums them up),
 *     or {@code null} when it takes it
 * @param rejections the target's located rejections; empty when there are none
 * @param notes what else the user should know, one warning a line, refused or not
 */
public record PublishPlan(
    String target, Release release, String refusal, List<Finding> rejections, List<String> notes) {

  public PublishPlan {
    rejections = List.copyOf(rejections);
    notes = List.copyOf(notes);
  }

  public static PublishPlan accepted(String target, Release release, List<String> notes) {
    return new PublishPlan(target, release, null, List.of(), notes);
  }

  public static PublishPlan refused(
      String target, Release release, String refusal, List<String> notes) {
    return new PublishPlan(target, release, refusal, List.of(), notes);
  }

  public static PublishPlan rejected(
      String target, Release release, String summary, List<Finding> rejections) {
    return new PublishPlan(target, release, summary, rejections, List.of());
  }

  /** This plan with {@code more} notes after its own. */
  public PublishPlan withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new PublishPlan(target, release, refusal, rejections, all);
  }

  public boolean isAccepted() {
    return refusal == null;
  }
}
