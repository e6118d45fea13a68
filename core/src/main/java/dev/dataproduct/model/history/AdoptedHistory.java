package dev.dataproduct.model.history;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.CompatRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history a product's ports had before its first release with the plugin, from one source.
 *
 * @param source the source as messages name it, e.g. {@code the schema registry at
 *     https://registry.example.com} or {@code the history folder src/main/history}
 * @param ports by port name: the key and value versions, oldest first; ports without history are
 *     absent
 * @param findings problems in the source's files (a folder's {@code .avsc}), located; a source with
 *     findings is not used to seed a contract
 */
public record AdoptedHistory(
    String source, Map<String, PortHistory> ports, List<Finding> findings) {

  /** One port's versions before the plugin, oldest first. */
  public record PortHistory(List<ReleasedSchema> key, List<ReleasedSchema> value) {
    public PortHistory {
      key = List.copyOf(key);
      value = List.copyOf(value);
    }

    int versions() {
      return key.size() + value.size();
    }
  }

  public AdoptedHistory {
    ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    findings = List.copyOf(findings);
  }

  /** No history: the option is not set, or a release built by the plugin carries it already. */
  public static AdoptedHistory none() {
    return new AdoptedHistory(null, Map.of(), List.of());
  }

  /** Whether there is a source at all; a source may still hold no versions. */
  public boolean isSet() {
    return source != null;
  }

  /** The number of schema versions, keys and values of every port. */
  public int versions() {
    return ports.values().stream().mapToInt(PortHistory::versions).sum();
  }

  /**
   * {@code first}, with each port that has no history yet starting from this one. A port this
   * history does not know, and a contract that has a history already, are left as they are.
   */
  public Contract seed(Contract first) {
    if (ports.isEmpty()) {
      return first;
    }
    Map<String, PortContract> seeded = new LinkedHashMap<>();
    first
        .ports()
        .forEach(
            (name, port) -> {
              PortHistory before = ports.get(name);
              boolean fresh = port.keyHistory().isEmpty() && port.valueHistory().isEmpty();
              seeded.put(
                  name,
                  before == null || !fresh
                      ? port
                      // A port without a key now has no key history to check against or to carry.
                      : new PortContract(
                          name,
                          port.key(),
                          port.keyEncoding(),
                          port.value(),
                          port.key() == null ? List.of() : before.key(),
                          before.value()));
            });
    return new Contract(first.descriptor(), first.version(), Collections.unmodifiableMap(seeded));
  }

  /**
   * Everything reading this history found that check judges with its own findings (the same levels,
   * waivers and counts): the problems in its files ({@link #findings}) and the ports of {@code
   * seeded} it could not check ({@link #unchecked}).
   *
   * @param seeded the first release's contract, as {@link #seed} made it
   */
  public List<Finding> findingsFor(Contract seeded) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(unchecked(seeded));
    return all;
  }

  /**
   * A COMPAT-WIRE error for each port with versions here that {@code first} has no schemas for: its
   * key or value does not resolve to a schema (validate reports that, unless the build turned the
   * rule off), so {@link #seed} carries none of its history and check would compare nothing with
   * it.
   */
  public List<Finding> unchecked(Contract first) {
    List<Finding> findings = new ArrayList<>();
    for (OutputPort port : first.descriptor().outputPorts()) {
      PortHistory history = port.name() == null ? null : ports.get(port.name());
      if (history == null || history.versions() == 0 || first.port(port.name()).isPresent()) {
        continue;
      }
      findings.add(
          Finding.of(
                  CompatRules.WIRE,
                  port.node().positionOf("value"),
                  "Port \"%s\" has %s in %s but no schemas in %s (its key or value does not resolve to a schema): it was not checked against that history"
                      .formatted(
                          port.name(),
                          Counts.plural(history.versions(), "version"),
                          source,
                          first.version()))
              .withHint(
                  "make the port's key and value name schemas that load; validate reports why they do not")
              .withTarget("outputPorts/" + port.name()));
    }
    return findings;
  }

  /**
   * The check's one INFO line for a first release compared with this history, e.g. {@code Compared
   * orders 1.0.0 with its history in the schema registry at http://...: 3 versions of 1 output
   * port, 1 breaking change, 0 warnings}.
   */
  public String summaryLine(String product, String version, int breakingChanges, long warnings) {
    return "Compared %s %s, its first release with the plugin, with its history in %s: %s of %s, %s, %s"
        .formatted(
            product,
            version,
            source,
            Counts.plural(versions(), "version"),
            Counts.plural(ports.size(), "output port"),
            Counts.plural(breakingChanges, "breaking change"),
            Counts.plural(warnings, "warning"));
  }
}
