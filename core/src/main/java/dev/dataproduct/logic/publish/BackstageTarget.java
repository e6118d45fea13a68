package dev.dataproduct.logic.publish;

import dev.dataproduct.infra.backstage.BackstagePublication;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.support.BuildError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Backstage's software catalog as a publish target, over {@link BackstagePublication}: its check
 * only reads (Backstage answers, takes the token, and holds this version with the same content or
 * not at all); its write writes the entity files, registers their locations and waits until
 * Backstage shows the version, taking both back when that fails.
 */
public final class BackstageTarget implements PublishTarget {

  private final BackstagePublication backstage;
  private BackstagePublication.Plan plan;

  public BackstageTarget(BackstagePublication backstage) {
    this.backstage = backstage;
  }

  @Override
  public String name() {
    return "Backstage at " + backstage.url();
  }

  @Override
  public PublishPlan check(Release release) {
    plan = backstage.check(release.contract(), () -> asyncApi(release));
    if (plan.refused()) {
      return PublishPlan.refused(name(), release, plan.message(), List.of());
    }
    return PublishPlan.accepted(name(), release, List.of());
  }

  /**
   * Each API entity's definition: the AsyncAPI document generate packed beside the contract, the
   * same one the catalog publishes.
   */
  private static String asyncApi(Release release) {
    byte[] document = release.request().contractFiles().get(Exports.ASYNCAPI);
    if (document == null) {
      throw new BuildError(
          "Cannot publish "
              + release.label()
              + " to Backstage: its packed contract has no "
              + Exports.ASYNCAPI
              + " (packed by an older plugin?); build the project again so that generate packs the exports");
    }
    return new String(document, StandardCharsets.UTF_8);
  }

  @Override
  public PublishOutcome write(PublishPlan accepted) {
    String summary = "Backstage " + backstage.url() + ": " + plan.message();
    if (accepted.release().dryRun()) {
      List<String> details = new ArrayList<>();
      plan.files().keySet().forEach(file -> details.add("  would write " + file));
      plan.unregistered().forEach(target -> details.add("  would register the location " + target));
      return new PublishOutcome(
          name(),
          summary + (plan.nothingToDo() ? "; nothing to do" : "; dry run, nothing written"),
          details,
          List.of());
    }
    if (plan.nothingToDo()) {
      return new PublishOutcome(name(), summary + "; nothing to do", List.of(), List.of());
    }
    BackstagePublication.Result written;
    try {
      written = backstage.write(plan);
    } catch (BuildError e) {
      throw new BuildError("Not published to Backstage: " + e.getMessage(), e);
    }
    return new PublishOutcome(
        name(),
        summary
            + "; "
            + written.summary()
            + ", Backstage shows "
            + plan.product()
            + " "
            + plan.newest(),
        List.of(),
        List.of());
  }
}
