package dev.dataproduct.check;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.PortContract;
import dev.dataproduct.descriptor.model.OutputPort;
import dev.dataproduct.finding.Findings;
import java.util.Optional;

/**
 * The wire verdict of a first release whose contract starts from history adopted from before the
 * plugin (a schema registry's subjects, a folder of {@code .avsc} versions; see {@link
 * dev.dataproduct.history.AdoptedHistory#seed}): each port's key and value against that history at
 * the port's level, as the next release will be checked against it. There is no earlier
 * descriptor, so only the schemas are compared.
 */
final class AdoptedHistoryCheck {

  private AdoptedHistoryCheck() {}

  /** Checks every port of {@code current} that has history; returns how many ports were compared. */
  static int check(Contract current, CurrentSources sources, Findings findings) {
    int compared = 0;
    for (OutputPort port : sources.product().outputPorts()) {
      PortContract schemas = port.name() == null ? null : current.port(port.name()).orElse(null);
      Optional<CompatibilityLevel> level = CompatibilityLevel.parse(port.effectiveCompatibility());
      if (schemas == null || level.isEmpty() || (schemas.keyHistory().isEmpty() && schemas.valueHistory().isEmpty())) {
        continue;
      }
      compared++;
      if (schemas.key() != null && !schemas.keyHistory().isEmpty()) {
        WireComparison.compare(port.name(), PortPart.KEY, schemas.key(), schemas.keyHistory(), level.get(), sources, findings);
      }
      if (!schemas.valueHistory().isEmpty()) {
        WireComparison.compare(port.name(), PortPart.VALUE, schemas.value(), schemas.valueHistory(), level.get(), sources, findings);
      }
    }
    return compared;
  }
}
