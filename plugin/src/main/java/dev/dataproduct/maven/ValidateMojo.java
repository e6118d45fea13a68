package dev.dataproduct.maven;

import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
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
public class ValidateMojo extends AbstractContractMojo {

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

  private final BuildContext buildContext;

  @Inject
  public ValidateMojo(RepositorySystem repositorySystem, BuildContext buildContext) {
    super(repositorySystem);
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
    ValidationResult result = validateProduct().validation();

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
