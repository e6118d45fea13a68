package dev.dataproduct.catalog;

import java.util.Arrays;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One product version to publish.
 *
 * @param entry the product's identity (domain, name, version) and what the index shows; {@link
 *     CatalogEntry#of} builds it from the contract
 * @param contractFiles the contract's files by path relative to the contract directory, as {@code
 *     ContractWriter.files} gives them; they are the published content a re-publish is compared with
 * @param compatibilityReport the check goal's JSON report, or {@code null} when there is none
 * @param dryRun report what would be written and write nothing
 */
public record PublishRequest(
    CatalogEntry entry, SortedMap<String, byte[]> contractFiles, byte[] compatibilityReport, boolean dryRun) {

  public PublishRequest {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(contractFiles, "contractFiles");
    contractFiles = new TreeMap<>(contractFiles);
    contractFiles.replaceAll((path, bytes) -> bytes.clone());
    compatibilityReport = compatibilityReport == null ? null : compatibilityReport.clone();
  }

  /** The same request as a dry run. */
  public PublishRequest asDryRun() {
    return new PublishRequest(entry, contractFiles, compatibilityReport, true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishRequest r
        && entry.equals(r.entry)
        && dryRun == r.dryRun
        && Arrays.equals(compatibilityReport, r.compatibilityReport)
        && contractFiles.keySet().equals(r.contractFiles.keySet())
        && contractFiles.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), r.contractFiles.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry, dryRun, contractFiles.keySet());
  }

  @Override
  public String toString() {
    return "PublishRequest[" + entry.qualifiedName() + " " + entry.version() + ", " + contractFiles.size() + " contract files"
        + (dryRun ? ", dry run]" : "]");
  }
}
