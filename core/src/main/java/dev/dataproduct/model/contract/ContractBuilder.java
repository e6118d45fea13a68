package dev.dataproduct.model.contract;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.model.schema.SchemaSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Builds the contract of the product being built, carrying the schema history forward from the
 * previous release.
 *
 * <p>Only a product that validated without errors is meant to be packed. The builder does not
 * report problems again: a port without a name, a second port of the same name, or a port whose key
 * or value does not resolve to a schema is left out of the contract.
 */
public final class ContractBuilder {

  /** The primitive types a descriptor may give as {@code type}. */
  private static final Set<String> PRIMITIVE_TYPES =
      Set.of("string", "bytes", "int", "long", "float", "double", "boolean");

  private ContractBuilder() {}

  /**
   * The contract of {@code product} at {@code version}. For each output port, the history is the
   * baseline port's history plus the schemas the baseline published (a port renamed on its topic
   * carries the old port's, see carriedFrom); a port the baseline did not have starts with an empty
   * history, and ports the product no longer has are not carried otherwise. A new major version
   * that breaks a port records that the port's transitive history starts again there ({@link
   * HistoryRestart}).
   *
   * @param product the descriptor as loaded; its {@code version} is filled in when absent
   * @param schemas the product's schemas, or {@code null} when it has no schema directory
   * @param version the version being built
   * @param baseline the previous release's contract, or {@code null} for a first release
   */
  public static Contract build(
      DataProduct product, SchemaSet schemas, String version, Contract baseline) {
    Map<String, PortContract> ports = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    product.outputPorts().forEach(port -> names.add(port.name()));
    for (OutputPort port : product.outputPorts()) {
      if (port.name() == null || ports.containsKey(port.name()) || port.value() == null) {
        continue;
      }
      Optional<Schema> value = resolve(port.value(), schemas);
      Optional<Schema> key = port.key() == null ? Optional.empty() : resolve(port.key(), schemas);
      if (value.isEmpty() || (port.key() != null && key.isEmpty())) {
        continue;
      }
      PortContract previous = baseline == null ? null : carriedFrom(baseline, port, names);
      ports.put(
          port.name(),
          previous == null
              ? new PortContract(
                  port.name(),
                  key.orElse(null),
                  port.effectiveKeyEncoding(),
                  value.get(),
                  List.of(),
                  List.of())
              : HistoryRestart.carry(
                  previous,
                  baseline.version(),
                  version,
                  key.orElse(null),
                  port.effectiveKeyEncoding(),
                  value.get(),
                  CompatibilityLevel.parse(port.effectiveCompatibility())));
    }
    return new Contract(withVersion(product, version), version, Collections.unmodifiableMap(ports));
  }

  /**
   * The baseline's port whose history {@code port} carries on: the one of the same name, or else a
   * port the product no longer has on the same topic. check pairs a port renamed on its topic with
   * the old one (CONTRACT-PORT-RENAMED, which a waiver may accept), and its consumers still read
   * every schema the topic carried: a history started afresh would let a transitive level skip
   * them.
   *
   * @param names the names of the product's output ports
   */
  private static PortContract carriedFrom(Contract baseline, OutputPort port, Set<String> names) {
    PortContract same = baseline.ports().get(port.name());
    if (same != null || port.topic() == null) {
      return same;
    }
    for (OutputPort before : baseline.descriptor().outputPorts()) {
      boolean gone = before.name() != null && !names.contains(before.name());
      if (gone
          && port.topic().equals(before.topic())
          && baseline.ports().containsKey(before.name())) {
        return baseline.ports().get(before.name()).named(port.name());
      }
    }
    return null;
  }

  private static Optional<Schema> resolve(TypeReference ref, SchemaSet schemas) {
    if (ref.schema() != null) {
      if (schemas == null) {
        return Optional.empty();
      }
      // The validator has reported any problem already; these findings are thrown away.
      return schemas
          .resolveReference(ref.schema(), ref.node().positionOf("schema"), Findings.withDefaults())
          .flatMap(file -> ref.name() == null ? file.schema() : file.namedType(ref.name()));
    }
    if (ref.type() != null && PRIMITIVE_TYPES.contains(ref.type())) {
      return Optional.of(Schema.create(Schema.Type.valueOf(ref.type().toUpperCase(Locale.ROOT))));
    }
    return Optional.empty();
  }

  private static DataProduct withVersion(DataProduct p, String version) {
    if (p.version() != null) {
      return p;
    }
    return new DataProduct(
        p.node(),
        p.apiVersion(),
        p.kind(),
        p.name(),
        p.domain(),
        version,
        p.title(),
        p.description(),
        p.status(),
        p.owner(),
        p.tags(),
        p.classification(),
        p.outputPorts(),
        p.inputPorts(),
        p.waivers());
  }
}
