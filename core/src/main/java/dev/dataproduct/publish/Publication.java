package dev.dataproduct.publish;

import dev.dataproduct.catalog.DirectoryCatalog;
import dev.dataproduct.catalog.PublishRequest;
import dev.dataproduct.catalog.PublishResult;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.registry.RegistryPublication;
import dev.dataproduct.registry.RegistrySubject;
import dev.dataproduct.support.BuildError;
import java.util.List;
import java.util.Optional;

/**
 * Publishing one product version, in the order that keeps every failure clean:
 *
 * <ol>
 *   <li>the catalog, as a dry run: a version already published with other content is refused
 *       before anything is registered;
 *   <li>the schema registry, when there is one: levels and the registry's own check first, then
 *       the schemas (see {@link RegistryPublication}); a rejection stops here;
 *   <li>the catalog: it shows a version only once the registry holds its schemas.
 * </ol>
 *
 * A build error anywhere (a catalog that cannot be written, a registry that stops answering)
 * leaves the catalog as it was.
 */
public final class Publication {

  /**
   * What publishing did.
   *
   * @param catalog the catalog's result; when refused, nothing else was done
   * @param rejections the registry's rejections; when there are any, nothing was registered and
   *     the catalog was not written
   * @param registry what the registry did, or empty without a registry (or after a refusal or
   *     rejection)
   */
  public record Outcome(PublishResult catalog, List<Finding> rejections, Optional<RegistryPublication.Result> registry) {
    public Outcome {
      rejections = List.copyOf(rejections);
    }

    public boolean refused() {
      return catalog.refused();
    }

    public boolean rejected() {
      return !rejections.isEmpty();
    }
  }

  private final DirectoryCatalog catalog;
  private final RegistryPublication registry;

  /** @param registry the registry to register in, or {@code null} for none */
  public Publication(DirectoryCatalog catalog, RegistryPublication registry) {
    this.catalog = catalog;
    this.registry = registry;
  }

  /**
   * Publishes {@code request}; in a dry run only reads.
   *
   * @param subjects what to register; ignored without a registry
   * @throws BuildError when the catalog or the registry fails; the catalog is then as it was
   */
  public Outcome publish(PublishRequest request, List<RegistrySubject> subjects) {
    PublishResult preview = catalog.publish(request.asDryRun());
    if (preview.refused() && !request.dryRun()) {
      // Refused again under the catalog's lock, which writes nothing of this version but repairs
      // what an earlier publish that stopped left behind.
      return new Outcome(catalog.publish(request), List.of(), Optional.empty());
    }
    if (preview.refused() || registry == null && request.dryRun()) {
      return new Outcome(preview, List.of(), Optional.empty());
    }
    Optional<RegistryPublication.Result> registered = Optional.empty();
    if (registry != null) {
      List<Finding> rejections = registry.judge(subjects, request.dryRun());
      if (!rejections.isEmpty()) {
        return new Outcome(preview, rejections, Optional.empty());
      }
      registered = Optional.of(registry.register(subjects, request.dryRun()));
    }
    return new Outcome(request.dryRun() ? preview : catalog.publish(request), List.of(), registered);
  }
}
