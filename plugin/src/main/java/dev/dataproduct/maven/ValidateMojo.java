package dev.dataproduct.maven;

import dev.dataproduct.goal.GoalOutcome;
import dev.dataproduct.goal.JudgedContracts;
import dev.dataproduct.goal.ProjectFiles;
import dev.dataproduct.goal.ValidateGoal;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
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
// Resolves the dependencies: input ports are held against the upstream contracts in their jars.
@Mojo(
    name = ValidateMojo.GOAL,
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class ValidateMojo extends AbstractContractMojo {

  public static final String GOAL = ValidateGoal.NAME;

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipValidate>true</skipValidate>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  @Inject
  public ValidateMojo(
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    super(GOAL, repositorySystem, settingsDecrypter, buildContext);
  }

  @Override
  protected boolean skipGoal() {
    return skipValidate;
  }

  @Override
  protected void run() throws MojoFailureException {
    ProjectFiles files = CoreOptions.files(this);
    GoalOutcome outcome = new ValidateGoal(facts()).run(files, CoreOptions.contractRules(this));
    report(outcome, maxPrintedFindings, failOnWarning);
    new JudgedContracts(facts()).passed(GOAL, files);
  }
}
