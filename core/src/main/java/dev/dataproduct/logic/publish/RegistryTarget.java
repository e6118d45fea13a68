package dev.dataproduct.logic.publish;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.infra.registry.RegistryPublication;
import dev.dataproduct.infra.registry.RegistrySubject;
import dev.dataproduct.support.log.BuildLog;
import java.util.List;

/**
 * A schema registry as a publish target, over {@link RegistryPublication}: its check sets each
 * subject's level and asks the registry's own compatibility check (in a dry run it only reads); its
 * write registers the schemas the subjects do not hold yet.
 */
public final class RegistryTarget implements PublishTarget {

  private final RegistryClient client;
  private final RegistryPublication publication;
  private final List<RegistrySubject> subjects;
  private RegistryPublication.Result result;

  public RegistryTarget(RegistryClient client, List<RegistrySubject> subjects, BuildLog log) {
    this.client = client;
    this.publication = new RegistryPublication(client, log);
    this.subjects = List.copyOf(subjects);
  }

  @Override
  public String name() {
    return "the schema registry at " + client.url();
  }

  @Override
  public PublishPlan check(Release release) {
    List<Finding> rejections = publication.judge(subjects, release.dryRun());
    List<String> levels = publication.levelsChanged();
    String levelsSet =
        levels.isEmpty() ? "" : "the check set the compatibility of " + String.join(", ", levels);
    if (rejections.isEmpty()) {
      // Shown when another target stops the publish: then these levels are all it wrote here.
      return PublishPlan.accepted(
          name(),
          release,
          levels.isEmpty()
              ? List.of()
              : List.of("Schema registry " + client.url() + ": " + levelsSet));
    }
    return PublishPlan.rejected(
        name(),
        release,
        "The schema registry at "
            + client.url()
            + " rejects "
            + rejections.size()
            + " of "
            + Counts.plural(subjects.size(), "schema")
            + " of "
            + release.label()
            + (levels.isEmpty()
                ? "; no schema was registered, nothing was published"
                : "; no schema was registered, nothing else was published, but " + levelsSet),
        rejections);
  }

  @Override
  public PublishOutcome write(PublishPlan plan) {
    result = publication.register(subjects, plan.release().dryRun());
    return new PublishOutcome(
        name(), "schema registry " + client.url() + ", " + result.summary(), List.of(), List.of());
  }

  /** What the write registered, or {@code null} before it. */
  public RegistryPublication.Result result() {
    return result;
  }
}
