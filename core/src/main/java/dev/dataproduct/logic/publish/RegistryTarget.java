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
 * subject's level and asks the registry's own compatibility check (in a dry run it only reads), and
 * sets the levels back when the publish stops there or later; its write registers the schemas the
 * subjects do not hold yet.
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
    if (rejections.isEmpty()) {
      return PublishPlan.accepted(name(), release, List.of());
    }
    List<String> left = publication.restoreLevels();
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
            + "; no schema was registered, nothing was published"
            + (left.isEmpty() ? "" : ", but " + String.join("; ", left)),
        rejections);
  }

  /** Sets back the compatibility levels the check set. */
  @Override
  public List<String> abandon() {
    return publication.restoreLevels().stream()
        .map(line -> "Schema registry " + client.url() + ": " + line)
        .toList();
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
