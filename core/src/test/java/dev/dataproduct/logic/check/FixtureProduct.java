package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.HistoryRestart;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A fixture product directory (a {@code dataproduct.yaml} with its {@code version:} and schemas
 * under {@code src/main/avro}) loaded the way the plugin loads a project, and its contract built
 * the way a release carries it: each port's history is the previous release's history plus the
 * previous release's schemas, starting again where a major release broke it. A stand-in for the
 * production contract builder, small on purpose.
 */
record FixtureProduct(ValidationResult validation, Contract contract) {

  /**
   * Loads {@code dir}; {@code previous} is the release before it, or null. Fails on a fixture with
   * errors.
   */
  static FixtureProduct load(Path dir, Contract previous) {
    return load(dir, previous, RuleSettings.defaults());
  }

  /** As {@link #load(Path, Contract)}, validated at the rule levels {@code settings}. */
  static FixtureProduct load(Path dir, Contract previous, RuleSettings settings) {
    ValidationRequest defaults =
        ValidationRequest.of(
            dir, dir.resolve("dataproduct.yaml"), dir.resolve("src/main/avro"), null);
    ValidationResult result =
        new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
            .validate(
                new ValidationRequest(
                    defaults.baseDir(),
                    defaults.descriptor(),
                    defaults.schemaDirectory(),
                    defaults.projectVersion(),
                    defaults.policy(),
                    settings,
                    defaults.configurationFindings(),
                    defaults.fieldScope(),
                    defaults.projectVersionAt(),
                    defaults.upstreams()));
    List<String> errors =
        result.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::format)
            .toList();
    assertEquals(List.of(), errors, "fixture " + dir + " must validate without errors");
    String version = result.product().version();
    assertNotNull(version, "fixture " + dir + " must give its version: in dataproduct.yaml");
    Map<String, PortContract> ports = new LinkedHashMap<>();
    for (OutputPort port : result.product().outputPorts()) {
      Schema key = schema(port.key(), result.schemas());
      Schema value = schema(port.value(), result.schemas());
      PortContract released = previous == null ? null : previous.port(port.name()).orElse(null);
      ports.put(
          port.name(),
          released == null
              ? new PortContract(
                  port.name(), key, port.effectiveKeyEncoding(), value, List.of(), List.of())
              : HistoryRestart.carry(
                  released,
                  previous.version(),
                  version,
                  key,
                  port.effectiveKeyEncoding(),
                  value,
                  CompatibilityLevel.parse(port.effectiveCompatibility())));
    }
    return new FixtureProduct(result, new Contract(result.product(), version, ports));
  }

  CurrentSources sources() {
    return new CurrentSources(validation.product(), validation.schemas());
  }

  private static Schema schema(TypeReference reference, SchemaSet schemas) {
    if (reference == null) {
      return null;
    }
    if (reference.type() != null) {
      return Schema.create(Schema.Type.valueOf(reference.type().toUpperCase(Locale.ROOT)));
    }
    return schemas
        .schemaOfFile(reference.schema())
        .orElseThrow(() -> new AssertionError("schema " + reference.schema() + " did not load"));
  }
}
