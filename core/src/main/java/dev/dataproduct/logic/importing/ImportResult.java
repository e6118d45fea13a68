package dev.dataproduct.logic.importing;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.rules.Severity;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an import made of its source: the files to write, by path relative to the project ({@code
 * dataproduct.yaml}, {@code src/main/avro/...}), and what it could not map.
 *
 * @param files empty when there are errors: nothing half-made is written
 */
public record ImportResult(SortedMap<String, byte[]> files, List<Finding> findings) {

  public ImportResult {
    files = new TreeMap<>(files);
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
