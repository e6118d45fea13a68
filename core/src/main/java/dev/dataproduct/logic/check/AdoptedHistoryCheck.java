package dev.dataproduct.logic.check;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.rules.ContractRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The schema checks of a first release whose contract starts from history adopted from before the
 * plugin (a schema registry's subjects, a folder of {@code .avsc} versions; see {@link
 * dev.dataproduct.model.history.AdoptedHistory#seed}): each port's key and value against that
 * history at the port's level (the wire verdict), the changes beyond the wire against the latest
 * version, and a key that differs from the latest key version. These are the schema checks every
 * later release gets against the release before it; there is no earlier descriptor to compare.
 */
final class AdoptedHistoryCheck {

  private AdoptedHistoryCheck() {}

  /**
   * Checks every port of {@code current} that has history; returns how many ports were compared.
   */
  static int check(Contract current, CurrentSources sources, Findings findings) {
    int compared = 0;
    for (OutputPort port : sources.product().outputPorts()) {
      PortContract schemas = port.name() == null ? null : current.port(port.name()).orElse(null);
      if (schemas == null || (schemas.keyHistory().isEmpty() && schemas.valueHistory().isEmpty())) {
        continue;
      }
      compared++;
      Optional<CompatibilityLevel> level = CompatibilityLevel.parse(port.effectiveCompatibility());
      if (schemas.key() != null && !schemas.keyHistory().isEmpty()) {
        ReleasedSchema latest = latest(schemas.keyHistory());
        if (OutputPort.KEY_ENCODING_KAFKA.equals(schemas.keyEncoding())) {
          keyEncodingDiffers(port, latest, findings);
        }
        if (!Objects.equals(latest.schema(), schemas.key())) {
          keyChanged(port.name(), latest, schemas.key(), sources, findings);
        }
        compare(port, PortPart.KEY, schemas.key(), schemas.keyHistory(), level, sources, findings);
      }
      if (!schemas.valueHistory().isEmpty()) {
        compare(
            port,
            PortPart.VALUE,
            schemas.value(),
            schemas.valueHistory(),
            level,
            sources,
            findings);
      }
    }
    return compared;
  }

  private static void compare(
      OutputPort port,
      PortPart part,
      Schema now,
      List<ReleasedSchema> history,
      Optional<CompatibilityLevel> level,
      CurrentSources sources,
      Findings findings) {
    ReleasedSchema latest = latest(history);
    if (level.isPresent()) {
      WireComparison.compare(port.name(), part, now, history, level.get(), sources, findings, null);
    } else {
      WireComparison.unknownLevel(port, part, "its history", sources, findings);
    }
    SchemaDiff.compare(port.name(), part, latest.schema(), now, latest.label(), sources, findings);
  }

  private static ReleasedSchema latest(List<ReleasedSchema> history) {
    return history.get(history.size() - 1);
  }

  /**
   * A key with a schema in the history was written in Avro (a registry's key subject, or key schema
   * files): writing it with Kafka's own serializer now would change every key's bytes.
   */
  private static void keyEncodingDiffers(
      OutputPort port, ReleasedSchema latest, Findings findings) {
    findings.add(
        Finding.of(
                ContractRules.KEY_ENCODING_CHANGED,
                CurrentSources.keyEncoding(port),
                "The keys of port \"%s\" are written with Kafka's own serializer (encoding: kafka), but the topic's keys were written in Avro (%s); the same key now has other bytes, so it lands on another partition, compaction keeps both, and readers of the old keys cannot read the new ones"
                    .formatted(port.name(), latest.label()))
            .withHint("write the keys as the topic has them: add encoding: avro to the key")
            .withTarget(Texts.target(port.name(), PortPart.KEY)));
  }

  private static void keyChanged(
      String port, ReleasedSchema latest, Schema now, CurrentSources sources, Findings findings) {
    SourcePosition at =
        switch (now.getType()) {
          case RECORD, ENUM, FIXED -> sources.type(port, PortPart.KEY, now.getFullName());
          default -> sources.schemaStart(port, PortPart.KEY);
        };
    findings.add(
        Finding.of(
                CompatRules.KEY_CHANGED,
                at,
                "The key of port \"%s\" differs from %s; records with the same key would serialize differently and land on other partitions"
                    .formatted(port, latest.label()))
            .withHint("declare the key as %s has it: %s".formatted(latest.label(), latest.schema()))
            .withTarget(Texts.target(port, PortPart.KEY)));
  }
}
