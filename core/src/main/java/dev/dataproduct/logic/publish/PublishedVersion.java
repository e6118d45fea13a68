package dev.dataproduct.logic.publish;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.infra.catalog.PublishResult;
import dev.dataproduct.rules.CatalogRules;
import dev.dataproduct.rules.RuleSettings;
import java.util.List;

/**
 * Whether the catalog already holds the version being built with other content, asked before
 * anything is deployed: {@code publish} runs in the {@code deploy} phase after the packaging's own
 * deployment, so its refusal would come after the jar is in the Maven repository; {@code check}
 * asks this at {@code process-sources}. The verdict is the catalog's own dry run of the same
 * request, so it is the one {@code publish} reaches.
 */
public final class PublishedVersion {

  private PublishedVersion() {}

  /**
   * A {@link CatalogRules#VERSION_PUBLISHED} finding when {@code catalog} holds the request's
   * product version with another contract; nothing when the version (or the catalog) is absent or
   * holds the same contract.
   *
   * @param request what {@code publish} would publish; its compatibility report is not compared
   * @param at where the finding points: the descriptor's {@code version}, or its start
   * @throws dev.dataproduct.support.BuildError when the catalog cannot be read
   */
  public static List<Finding> check(
      DirectoryCatalog catalog, PublishRequest request, SourcePosition at, RuleSettings settings) {
    // The report publish writes is the one the running check is about to produce, so it cannot be
    // compared yet. It decides nothing anyway: the catalog refuses on the contract alone, and a
    // differing report (like the entry and the waivers, which derive from the contract) is only
    // kept as published. Without it the dry run reaches publish's verdict, and an identical re-run
    // of a released build passes whatever its report says.
    PublishRequest contractOnly =
        new PublishRequest(request.entry(), request.contractFiles(), null, true);
    PublishResult preview = catalog.publish(contractOnly);
    if (!preview.refused()) {
      return List.of();
    }
    List<String> differences = preview.differences();
    String more = differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : "";
    Findings findings = new Findings(settings);
    findings.add(
        Finding.of(
                CatalogRules.VERSION_PUBLISHED,
                at,
                "%s %s is already published in the catalog, in %s, with other content: %s%s; publish would refuse it"
                    .formatted(
                        preview.product(),
                        preview.version(),
                        preview.versionDirectory(),
                        differences.get(0),
                        more))
            .withHint(
                "release it under a new version (a patch version for a fix): a published version never changes"));
    return findings.all();
  }
}
