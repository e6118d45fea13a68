package dev.dataproduct.logic.publish;

import java.util.List;

/**
 * What a {@link PublishTarget} wrote, or in a dry run would write.
 *
 * @param target the target's {@linkplain PublishTarget#name() name}
 * @param summary one clause for the goal's summary line, e.g. {@code schema registry https://..., 2
 *     subjects: 2 new versions, 0 already registered}
 * @param details lines worth an INFO line each, e.g. the files a dry run would write
 * @param notes warnings, e.g. what the write repaired after an earlier publish stopped
 */
public record PublishOutcome(
    String target, String summary, List<String> details, List<String> notes) {

  public PublishOutcome {
    details = List.copyOf(details);
    notes = List.copyOf(notes);
  }
}
