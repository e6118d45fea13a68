package dev.dataproduct.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.policy.Policy;
import dev.dataproduct.rules.RuleSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What to validate and how.
 *
 * @param baseDir the project base directory; finding paths are relative to it
 * @param descriptor the descriptor file
 * @param schemaDirectory the root of the Avro sources
 * @param projectVersion the build's version, or {@code null} outside a build
 * @param policy the mesh policy, {@link Policy#NONE} when none applies
 * @param settings the effective rule levels
 * @param configurationFindings findings about the configuration itself (refused policy
 *     overrides), reported with the rest
 * @param fieldScope which schema fields the field-level rules hold: all, or those new or changed
 *     since the baseline
 */
public record ValidationRequest(
    Path baseDir,
    Path descriptor,
    Path schemaDirectory,
    String projectVersion,
    Policy policy,
    RuleSettings settings,
    List<Finding> configurationFindings,
    FieldScope fieldScope) {

  /** A request that holds every field to the field-level rules. */
  public ValidationRequest(
      Path baseDir, Path descriptor, Path schemaDirectory, String projectVersion, Policy policy, RuleSettings settings,
      List<Finding> configurationFindings) {
    this(baseDir, descriptor, schemaDirectory, projectVersion, policy, settings, configurationFindings, FieldScope.ALL);
  }

  /** A request with no policy, default rules and nothing from configuration. */
  public static ValidationRequest of(Path baseDir, Path descriptor, Path schemaDirectory, String projectVersion) {
    return new ValidationRequest(baseDir, descriptor, schemaDirectory, projectVersion, Policy.NONE, RuleSettings.defaults(), List.of());
  }
}
