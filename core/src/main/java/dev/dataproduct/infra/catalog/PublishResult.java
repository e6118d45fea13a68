package dev.dataproduct.infra.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * What publishing did, or in a dry run would do.
 *
 * @param outcome published, already there with identical content, or refused
 * @param product {@code <domain>/<name>}
 * @param version the version published
 * @param versionDirectory the version's folder in the catalog
 * @param files the files of the version folder, relative to it: written (or, in a dry run, to be
 *     written) when published, else the files the build compared
 * @param differences when refused, how this build's content differs from the published one, one
 *     line per file ({@code contract/ports/orders/value.avsc differs})
 * @param notes anything else worth saying: published metadata kept although this build's differs,
 *     version folders the index had to leave out, what this publish repaired after an earlier one
 *     stopped (leftover staging removed, complete versions that no page listed indexed)
 * @param dryRun whether nothing was written
 */
public record PublishResult(
    Outcome outcome,
    String product,
    String version,
    Path versionDirectory,
    List<String> files,
    List<String> differences,
    List<String> notes,
    boolean dryRun) {

  public enum Outcome {
    /** The version is new in the catalog and was (in a dry run: would be) added. */
    PUBLISHED,
    /** The version is already in the catalog with the same contract; nothing was written. */
    IDENTICAL,
    /** The version is already in the catalog with another contract; nothing was written. */
    REFUSED
  }

  public PublishResult {
    files = List.copyOf(files);
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
  }

  public boolean refused() {
    return outcome == Outcome.REFUSED;
  }

  /** The one line the publish goal logs (at ERROR, as its failure message, when refused). */
  public String message() {
    String what = product + " " + version;
    String where = versionDirectory.toString();
    return switch (outcome) {
      case PUBLISHED ->
          dryRun
              ? "Dry run: would publish %s to %s (%d files); nothing was written"
                  .formatted(what, where, files.size())
              : "Published %s to %s (%d files)".formatted(what, where, files.size());
      case IDENTICAL ->
          "%s is already published in %s with identical content; nothing to do"
              .formatted(what, where);
      case REFUSED ->
          ("%s is already published in %s with other content: %s. A published version never changes; "
                  + "release a new version (a patch version for a fix)")
              .formatted(what, where, String.join(", ", differences));
    };
  }
}
