package dev.dataproduct.infra.catalog;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *     ContractWriter.files} gives them; they are the published content a re-publish is compared
 *     with
 * @param compatibilityReport the check goal's JSON report, or {@code null} when there is none
 * @param dryRun report what would be written and write nothing
 */
public record PublishRequest(
    CatalogEntry entry,
    SortedMap<String, byte[]> contractFiles,
    byte[] compatibilityReport,
    boolean dryRun) {

  public PublishRequest {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(contractFiles, "contractFiles");
    contractFiles = new TreeMap<>(contractFiles);
    contractFiles.replaceAll((path, bytes) -> bytes.clone());
    compatibilityReport = compatibilityReport == null ? null : compatibilityReport.clone();
  }

  /**
   * The request for the contract {@code generate} packed into {@code contractDirectory}, with the
   * check goal's report when there is one.
   *
   * @param compatibilityReport the check goal's JSON report, or {@code null} to send none
   * @param wording how the front end says what packs the contract, for when nothing did
   * @throws BuildError when the packed contract or the report cannot be read
   */
  public static PublishRequest ofPackedContract(
      Path contractDirectory, Path compatibilityReport, boolean dryRun, Wording wording) {
    if (!isPacked(contractDirectory)) {
      throw new BuildError(
          "Cannot publish: there is no packed contract in "
              + contractDirectory
              + "; "
              + wording.packContract()
              + " so the build packs it");
    }
    return ofPackedContract(
        ContractReader.read(contractDirectory), contractDirectory, compatibilityReport, dryRun);
  }

  /**
   * As {@link #ofPackedContract(Path, Path, boolean)}, for a caller that has read the packed {@code
   * contract} already.
   */
  public static PublishRequest ofPackedContract(
      Contract contract, Path contractDirectory, Path compatibilityReport, boolean dryRun) {
    try {
      byte[] report =
          compatibilityReport != null && Files.isRegularFile(compatibilityReport)
              ? Files.readAllBytes(compatibilityReport)
              : null;
      SortedMap<String, byte[]> files = DirectoryCatalog.readTree(contractDirectory);
      return new PublishRequest(
          CatalogEntry.of(contract).withExportsOf(files.keySet()), files, report, dryRun);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read the contract to publish from "
              + contractDirectory
              + ": "
              + FileTrees.reason(e)
              + "; check that the build directory is readable",
          e);
    }
  }

  /**
   * Whether {@code generate} packed a contract into {@code contractDirectory}, as {@link
   * #ofPackedContract} needs.
   */
  public static boolean isPacked(Path contractDirectory) {
    return Files.isRegularFile(contractDirectory.resolve(ContractLayout.INDEX));
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
        && contractFiles.entrySet().stream()
            .allMatch(e -> Arrays.equals(e.getValue(), r.contractFiles.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry, dryRun, contractFiles.keySet());
  }

  @Override
  public String toString() {
    return "PublishRequest["
        + entry.qualifiedName()
        + " "
        + entry.version()
        + ", "
        + contractFiles.size()
        + " contract files"
        + (dryRun ? ", dry run]" : "]");
  }
}
