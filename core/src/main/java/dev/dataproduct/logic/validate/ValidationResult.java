package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of validating a product: everything found, and what was validated.
 *
 * @param product the descriptor when it could be read as a mapping
 * @param schemas the loaded schema files, or {@code null} when the schema directory was absent
 * @param findings every finding, sorted by position
 * @param policy the policy applied
 * @param switchedOff rule ID to the number of findings its level {@code off} dropped
 * @param descriptorContent the descriptor's bytes that {@code product} was read from, for packing
 *     exactly what was validated (not a copy: not to be changed); {@code null} when none were read
 */
public record ValidationResult(
    DataProduct product,
    SchemaSet schemas,
    List<Finding> findings,
    Policy policy,
    Map<String, Integer> switchedOff,
    byte[] descriptorContent) {

  public ValidationResult {
    switchedOff = Collections.unmodifiableMap(new TreeMap<>(switchedOff));
  }

  public Optional<DataProduct> productIfRead() {
    return Optional.ofNullable(product);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public int outputPortCount() {
    return product == null ? 0 : product.outputPorts().size();
  }

  public int inputPortCount() {
    return product == null ? 0 : product.inputPorts().size();
  }

  /**
   * The goal's one INFO line, e.g. {@code Validated orders 2.1.0: 2 output ports, 1 input port, 3
   * schemas, 0 errors, 1 warning; policy com.acme:mesh-policy:1.2.0 applied}, and what rules
   * switched off left unreported ({@link Counts#switchedOff}). Output and input ports are counted
   * apart, as generate counts the output ports it packs; the input part only when there are input
   * ports.
   */
  public String summaryLine(String version) {
    String what = product == null || product.name() == null ? "data product" : product.name();
    return "Validated "
        + what
        + (version == null ? "" : " " + version)
        + ": "
        + Counts.plural(outputPortCount(), "output port")
        + ", "
        + (inputPortCount() == 0 ? "" : Counts.plural(inputPortCount(), "input port") + ", ")
        + Counts.plural(schemaCount(), "schema")
        + ", "
        + Counts.errorsAndWarnings(findings)
        + (policy.isNone() ? "" : "; policy " + policy.source() + " applied")
        + Counts.switchedOff(switchedOff);
  }

  public int schemaCount() {
    return schemas == null ? 0 : schemas.files().size();
  }
}
