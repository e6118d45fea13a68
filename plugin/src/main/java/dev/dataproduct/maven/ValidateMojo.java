package dev.dataproduct.maven;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.policy.EffectiveRules;
import dev.dataproduct.policy.Policy;
import dev.dataproduct.validate.ProductValidator;
import dev.dataproduct.validate.ValidationRequest;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * Checks the data product descriptor ({@code dataproduct.yaml}) and the Avro schemas: structure,
 * naming, ownership, ports, schema references, governance and the mesh policy. Reports every
 * finding as {@code file:line:col: SEVERITY [RULE-ID] message}, writes JSON, JUnit XML and SARIF
 * reports, and fails once at the end if any finding is an error.
 *
 * @since 0.1.0
 */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractDataProductMojo {

  public static final String GOAL = "validate";

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipValidate>true</skipValidate>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.validate.skip", defaultValue = "false")
  private boolean skipValidate;

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
  private Map<String, String> rules = Map.of();

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
  private PolicyArtifact policy;

  /**
   * A policy file to apply instead of a policy artifact: for platform teams trying a policy out.
   *
   * <pre>{@code <policyFile>${project.basedir}/policy.yaml</policyFile>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.policyFile")
  private File policyFile;

  /**
   * Fails the build on warnings too, not only on errors.
   *
   * <pre>{@code <failOnWarning>true</failOnWarning>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /**
   * How many findings to print; the reports always hold all of them.
   *
   * <pre>{@code <maxPrintedFindings>100</maxPrintedFindings>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.maxPrintedFindings", defaultValue = "50")
  private int maxPrintedFindings;

  private final RepositorySystem repositorySystem;
  private final BuildContext buildContext;

  @Inject
  public ValidateMojo(RepositorySystem repositorySystem, BuildContext buildContext) {
    this.repositorySystem = repositorySystem;
    this.buildContext = buildContext;
  }

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean skipGoal() {
    return skipValidate;
  }

  @Override
  protected void run() throws MojoFailureException {
    Policy meshPolicy = PolicyResolver.resolve(policy, policyFile, repositorySystem, session, project);
    EffectiveRules effective = EffectiveRules.of(meshPolicy, rules == null ? Map.of() : rules, SourcePosition.file("pom.xml"));
    ValidationRequest request =
        new ValidationRequest(
            project.getBasedir().toPath(),
            descriptor.toPath(),
            schemaDirectory.toPath(),
            project.getVersion(),
            meshPolicy,
            effective.settings(),
            effective.refusals());
    ValidationResult result = new ProductValidator(buildLog()).validate(request);

    File jsonReport = Reports.write(reportDirectory, GOAL, result.product(), project.getVersion(), plugin.getVersion(), result.findings());
    List<File> checked = new ArrayList<>(List.of(descriptor));
    if (result.schemas() != null) {
      result.schemas().files().forEach(f -> checked.add(f.path().toFile()));
    }
    FindingsOutcome.mark(buildContext, insideIde(), project.getBasedir(), checked, result.findings());
    new FindingsOutcome(getLog(), maxPrintedFindings)
        .conclude(GOAL, result.summaryLine(project.getVersion()), result.findings(), failOnWarning, jsonReport);
  }

  private boolean insideIde() {
    return session.getSystemProperties().containsKey("m2e.version") || session.getUserProperties().containsKey("m2e.version");
  }
}
