package dev.dataproduct.logic.check;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.CatalogQueries;
import dev.dataproduct.infra.catalog.CatalogQueries.Consumer;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.ImpactRules;
import dev.dataproduct.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who a release affects: for each output port, the consumers the catalog knows (products whose
 * input ports read it), and for each port with a breaking change, the consumers it would break.
 * Retired consumers read nothing any more and are left out.
 */
final class ImpactAnalysis {

  private ImpactAnalysis() {}

  /**
   * Adds the impact findings to {@code findings}.
   *
   * @param checked the check's findings, waivers and the major-version rule applied
   * @param consumersByPort the catalog's consumers of this product, by port name (ports of the
   *     previous release included, so a removed port's consumers are found)
   * @param renamed the previous release's ports renamed on their topic, old name to new: the
   *     consumers of the old name are the ones the breaking changes of the new name break
   */
  static void analyse(
      List<Finding> checked,
      Map<String, List<Consumer>> consumersByPort,
      Map<String, String> renamed,
      CurrentSources sources,
      Findings findings) {
    Map<String, List<Consumer>> consumers = new TreeMap<>();
    consumersByPort.forEach(
        (port, list) -> {
          List<Consumer> reading = CatalogQueries.reading(list);
          if (!reading.isEmpty()) {
            consumers.put(port, reading);
          }
        });
    for (OutputPort port : sources.product().outputPorts()) {
      List<Consumer> readers =
          port.name() == null ? List.of() : consumers.getOrDefault(port.name(), List.of());
      if (!readers.isEmpty()) {
        findings.add(
            Finding.of(
                    ImpactRules.CONSUMERS,
                    port.node().positionOf("name"),
                    "Port \"%s\" has %s in the catalog: %s"
                        .formatted(
                            port.name(),
                            Counts.plural(readers.size(), "consumer"),
                            describe(readers, true)))
                .withTarget(Texts.target(port.name())));
      }
    }
    for (Map.Entry<String, Breaks> broken :
        breaksByPort(checked, consumers.keySet(), renamed).entrySet()) {
      String port = broken.getKey();
      Breaks breaks = broken.getValue();
      String now = renamed.getOrDefault(port, port);
      List<Consumer> readers = consumers.get(port);
      findings.add(
          Finding.of(
                  ImpactRules.BROKEN_CONSUMERS,
                  position(now, sources),
                  "The %s to port \"%s\" (%s) would break %s: %s"
                      .formatted(
                          breaks.what(),
                          port.equals(now) ? port : port + "\", now \"" + now,
                          breaks.rules(),
                          Counts.plural(readers.size(), "consumer"),
                          describe(readers, false)))
              .withHint(
                  "tell %s before releasing%s, or make the change compatible: %s"
                      .formatted(
                          teams(readers),
                          breaks.waived().isEmpty()
                              ? ""
                              : " (a waiver accepts a change for this product; its consumers still"
                                  + " break)",
                          Texts.WAY_OUT))
              .withTarget(Texts.target(now)));
    }
  }

  /**
   * A port's breaking changes by rule ID: those that fail the build, and those a waiver accepted,
   * which break the consumers all the same.
   */
  private record Breaks(Set<String> failing, Set<String> waived) {

    Breaks() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /** "breaking change", "waived breaking changes", ... */
    String what() {
      int count = failing.size() + waived.size();
      return (failing.isEmpty() ? "waived " : "")
          + (count == 1 ? "breaking change" : "breaking changes");
    }

    /** "COMPAT-WIRE", or with waived ones beside failing ones "COMPAT-WIRE; waived: ...". */
    String rules() {
      if (failing.isEmpty() || waived.isEmpty()) {
        return String.join(", ", failing.isEmpty() ? waived : failing);
      }
      return String.join(", ", failing) + "; waived: " + String.join(", ", waived);
    }
  }

  /**
   * The breaking findings of each port that has consumers, waived ones apart. A finding about the
   * whole product (a lowered classification) concerns every port.
   */
  private static Map<String, Breaks> breaksByPort(
      List<Finding> checked, Set<String> portsWithConsumers, Map<String, String> renamed) {
    Map<String, Breaks> byPort = new TreeMap<>();
    for (Finding finding : checked) {
      if (!finding.rule().isBreaking()
          || finding.severity() == Severity.INFO && !finding.isWaived()) {
        continue;
      }
      String target = finding.target() == null ? "" : finding.target();
      for (String port : portsWithConsumers) {
        String now = renamed.getOrDefault(port, port);
        if (target.equals("product")
            || target.equals(Texts.target(now))
            || target.startsWith(Texts.target(now) + "/")) {
          Breaks breaks = byPort.computeIfAbsent(port, k -> new Breaks());
          (finding.isWaived() ? breaks.waived() : breaks.failing()).add(finding.ruleId());
        }
      }
    }
    return byPort;
  }

  /** The port's name in the descriptor; where output ports are listed when the port is gone. */
  private static SourcePosition position(String port, CurrentSources sources) {
    return sources
        .product()
        .outputPort(port)
        .map(p -> p.node().positionOf("name"))
        .orElseGet(() -> sources.descriptorKey("outputPorts"));
  }

  private static String describe(List<Consumer> consumers, boolean withInputPort) {
    List<String> parts = new ArrayList<>();
    for (Consumer c : consumers) {
      List<String> details = new ArrayList<>();
      if (withInputPort && c.inputPort() != null) {
        details.add("input port \"" + c.inputPort() + "\"");
      }
      if (c.ownerTeam() != null) {
        details.add("team " + c.ownerTeam());
      }
      parts.add(
          c.product()
              + " "
              + c.version()
              + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")"));
    }
    return String.join(", ", parts);
  }

  private static String teams(List<Consumer> consumers) {
    List<String> teams =
        consumers.stream()
            .map(Consumer::ownerTeam)
            .filter(t -> t != null)
            .distinct()
            .sorted()
            .toList();
    return teams.isEmpty()
        ? "their owners"
        : (teams.size() == 1 ? "team " : "teams ") + Texts.and(teams);
  }
}
