package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What {@link YamlLoader} made of a file: the document when it is a usable mapping, and every
 * problem found on the way. A document can come with findings (a duplicate key, say); no document
 * always comes with at least one error.
 *
 * @param document the top-level mapping, absent when the file could not be read as one
 * @param findings problems found while loading, in the order found
 * @param content the bytes the document was parsed from, as read (not a copy: not to be changed);
 *     {@code null} when the file was not read (missing, or too large by its size)
 */
public record YamlLoadResult(Optional<YamlMap> document, List<Finding> findings, byte[] content) {

  public YamlLoadResult {
    findings = List.copyOf(findings);
  }

  static YamlLoadResult failed(Finding finding) {
    return new YamlLoadResult(Optional.empty(), List.of(finding), null);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
