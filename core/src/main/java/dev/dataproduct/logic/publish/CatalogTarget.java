package dev.dataproduct.logic.publish;

import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.infra.catalog.PublishResult;
import dev.dataproduct.support.BuildError;
import java.util.List;

/**
 * The {@linkplain DirectoryCatalog directory catalog} as a publish target. Its check is the
 * catalog's own dry run; a refused version is refused again under the catalog's lock, which writes
 * nothing of it but repairs what an earlier publish that stopped left behind (hence the notes).
 */
public final class CatalogTarget implements PublishTarget {

  private final DirectoryCatalog catalog;
  private PublishResult result;

  public CatalogTarget(DirectoryCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "the catalog " + catalog.root();
  }

  @Override
  public PublishPlan check(Release release) {
    PublishRequest request = release.request();
    result = catalog.publish(request.asDryRun());
    if (!result.refused()) {
      return PublishPlan.accepted(name(), release, notes(result));
    }
    if (!request.dryRun()) {
      // A published version never changes, so it is refused under the lock too.
      result = catalog.publish(request);
    }
    return PublishPlan.refused(name(), release, result.message(), notes(result));
  }

  @Override
  public PublishOutcome write(PublishPlan plan) {
    if (!plan.release().dryRun()) {
      result = catalog.publish(plan.release().request());
      // Another build may have published this version with other content since the check.
      if (result.refused()) {
        throw new BuildError(result.message());
      }
    }
    List<String> details =
        result.dryRun()
            ? result.files().stream().map(file -> "  would write " + file).toList()
            : List.of();
    return new PublishOutcome(name(), result.message(), details, notes(result));
  }

  /** The catalog's last answer: the dry run after a check, the publish after a write. */
  public PublishResult result() {
    return result;
  }

  private List<String> notes(PublishResult published) {
    return published.notes().stream()
        .map(note -> "Catalog " + catalog.root() + ": " + note)
        .toList();
  }
}
