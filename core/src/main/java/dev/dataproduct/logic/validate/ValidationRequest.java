package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.policy.Policy;
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
 * @param configurationFindings findings about the configuration itself (refused policy overrides),
 *     reported with the rest
 * @param fieldScope which schema fields the field-level rules hold: all, or those new or changed
 *     since the baseline
 * @param projectVersionAt where the build file gives {@code projectVersion} (e.g. {@code
 *     pom.xml:9:12}), or {@code null} when the front end does not know
 * @param upstreams the released contracts of the products the input ports read that the build has
 *     at hand (their jars on the class path); an input port naming a port its upstream lacks is an
 *     error here, before generated code that imports the port fails to compile
 */
public record ValidationRequest(
    Path baseDir,
    Path descriptor,
    Path schemaDirectory,
    String projectVersion,
    Policy policy,
    RuleSettings settings,
    List<Finding> configurationFindings,
    FieldScope fieldScope,
    SourcePosition projectVersionAt,
    List<Contract> upstreams) {

  /** A request with no policy, default rules and nothing from configuration. */
  public static ValidationRequest of(
      Path baseDir, Path descriptor, Path schemaDirectory, String projectVersion) {
    return new ValidationRequest(
        baseDir,
        descriptor,
        schemaDirectory,
        projectVersion,
        Policy.NONE,
        RuleSettings.defaults(),
        List.of(),
        FieldScope.ALL,
        null,
        List.of());
  }

  /**
   * This request, with what the build tool knows: where the build file gives the project's version
   * ({@code null} when it cannot tell), and the upstream contracts the input ports are held
   * against.
   */
  public ValidationRequest withBuildFacts(SourcePosition versionAt, List<Contract> contracts) {
    return new ValidationRequest(
        baseDir,
        descriptor,
        schemaDirectory,
        projectVersion,
        policy,
        settings,
        configurationFindings,
        fieldScope,
        versionAt,
        List.copyOf(contracts));
  }
}
