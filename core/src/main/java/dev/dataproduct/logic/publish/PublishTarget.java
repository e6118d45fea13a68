package dev.dataproduct.logic.publish;

import dev.dataproduct.support.BuildError;
import java.util.List;

/**
 * A place a release is published to: the directory catalog, a schema registry, a catalog engine.
 * {@link Publication} runs every target in two phases, so a refusal anywhere leaves every target as
 * it was:
 *
 * <ol>
 *   <li>{@link #check}: can the target take this release? Reachable, credentials accepted, the
 *       version new or identical to what it holds, the content acceptable to the target's own
 *       rules. It never writes the release's content (a registry may set a subject's compatibility
 *       level first, because its own check judges at that level: {@link #abandon} sets it back).
 *   <li>{@link #write}: only once every target's check passed; writes, or in a {@linkplain
 *       Release#dryRun() dry run} only says what it would write. Writing the same release again
 *       changes nothing.
 * </ol>
 *
 * A target is used for one publish: it may keep what its check found for its write.
 *
 * <p>A new target is a client in its own {@code infra} package (beside {@code catalog}, {@code
 * registry} and {@code backstage}) and a class here that implements this interface over it, as
 * {@link CatalogTarget}, {@link RegistryTarget} and {@link BackstageTarget} do; its front-end
 * settings (URLs, credentials) come in through its constructor.
 */
public interface PublishTarget {

  /**
   * The target as messages name it, e.g. {@code the schema registry at
   * https://registry.example.com}.
   */
  String name();

  /**
   * Phase one: whether this target takes {@code release}.
   *
   * @return accepted, or refused / rejected with what to tell the user
   * @throws BuildError when the target cannot be asked (unreachable, credentials refused)
   */
  PublishPlan check(Release release);

  /**
   * The publish stops before any write (this target or another refused, rejected or could not be
   * asked): undoes what this target's check wrote, if anything. A target that rejects the release
   * undoes its own check before it returns.
   *
   * @return what could not be undone, one line each, naming the target; empty when the target is as
   *     it was before the check
   */
  default List<String> abandon() {
    return List.of();
  }

  /**
   * Phase two: writes what {@code plan} (this target's accepted check) found to write.
   *
   * @throws BuildError when the write fails; its message says what of this target was written
   *     before
   */
  PublishOutcome write(PublishPlan plan);
}
