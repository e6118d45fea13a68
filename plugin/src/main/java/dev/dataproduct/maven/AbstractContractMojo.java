package dev.dataproduct.maven;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.policy.EffectiveRules;
import dev.dataproduct.policy.Policy;
import dev.dataproduct.validate.ProductValidator;
import dev.dataproduct.validate.ValidationRequest;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * What the goals that judge the contract share ({@code validate} and {@code check}): rule levels,
 * the mesh policy, and when findings fail the build.
 */
abstract class AbstractContractMojo extends AbstractDataProductMojo {

  /**
   * Rule levels by rule ID: {@code off}, {@code info}, {@code warning} or {@code error}. List the
   * rules with {@code mvn dataproduct:rules}. A mesh policy may enforce a rule, in which case it
   * can be raised here but not lowered.
   *
   * <pre>{@code
   * <rules>
   *   <GOVERNANCE-FIELD-DOC>error</GOVERNANCE-FIELD-DOC>
   *   <NAMING-TOPIC-COLLISION>off</NAMING-TOPIC-COLLISION>
   * </rules>
   * }</pre>
   *
   * @since 0.1.0
   */
  @Parameter
  protected Map<String, String> rules = Map.of();

  /**
   * The mesh policy to apply, published by the platform team as a jar holding {@code
   * META-INF/dataproduct/policy.yaml}; resolved from the project's repositories.
   *
   * <pre>{@code
   * <policy>
   *   <groupId>com.acme.platform</groupId>
   *   <artifactId>mesh-policy</artifactId>
   *   <version>1.2.0</version>
   * </policy>
   * }</pre>
   *
   * or {@code -Ddataproduct.policy=com.acme.platform:mesh-policy:1.2.0}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.policy")
  protected PolicyArtifact policy;

  /**
   * A policy file to apply instead of a policy artifact: for platform teams trying a policy out.
   *
   * <pre>&lt;policyFile&gt;${project.basedir}/policy.yaml&lt;/policyFile&gt;</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.policyFile")
  protected File policyFile;

  /**
   * Fails the build on warnings too, not only on errors.
   *
   * <pre>{@code <failOnWarning>true</failOnWarning>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * How many findings of each severity to print: errors first, then warnings, then notes, each
   * list capped on its own so that many warnings never hide an error. The reports always hold
   * all of them.
   *
   * <pre>{@code <maxPrintedFindings>100</maxPrintedFindings>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.maxPrintedFindings", defaultValue = "50")
  protected int maxPrintedFindings;

  protected final RepositorySystem repositorySystem;

  protected AbstractContractMojo(RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  /** The product as validated, and the rule levels the build runs with. */
  protected record JudgedProduct(ValidationResult validation, EffectiveRules rules) {}

  /** Loads and validates the product with the policy and rule levels this build runs with. */
  protected JudgedProduct validateProduct() {
    ValidationRequest request = validationRequest();
    return new JudgedProduct(new ProductValidator(buildLog()).validate(request), effectiveRules);
  }

  private EffectiveRules effectiveRules;

  /**
   * What to validate, with the mesh policy resolved and the product's rule overrides applied
   * (remembered for {@link #validateProduct()}).
   */
  protected ValidationRequest validationRequest() {
    Policy meshPolicy = PolicyResolver.resolve(policy, policyFile, repositorySystem, session, project);
    effectiveRules = EffectiveRules.of(meshPolicy, rules == null ? Map.of() : rules, SourcePosition.file("pom.xml"));
    return new ValidationRequest(
        project.getBasedir().toPath(),
        descriptor.toPath(),
        schemaDirectory.toPath(),
        project.getVersion(),
        meshPolicy,
        effectiveRules.settings(),
        effectiveRules.refusals());
  }
}
