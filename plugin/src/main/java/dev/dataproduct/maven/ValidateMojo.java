package dev.dataproduct.maven;

import dev.dataproduct.report.JsonReport;
import dev.dataproduct.validate.ProductValidator;
import dev.dataproduct.validate.ValidationCache;
import dev.dataproduct.validate.ValidationRequest;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
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
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
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
    ValidationRequest request = validationRequest().withUpstreams(UpstreamContracts.of(project, getLog()));
    File jsonReport = new File(reportDirectory, JsonReport.fileName(GOAL));
    ValidationCache cache = new ValidationCache(new File(reportDirectory, GOAL + ".cache").toPath());
    String fingerprint = fingerprint(request);
    Optional<ValidationCache.Outcome> remembered = jsonReport.isFile() ? cache.read(fingerprint) : Optional.empty();

    ValidationCache.Outcome outcome;
    if (remembered.isPresent()) {
      getLog().debug("Nothing changed since the last validation; its result stands");
      outcome = remembered.get();
    } else {
      ValidationResult result = new ProductValidator(buildLog(), MavenWording.INSTANCE).validate(request);
      Reports.write(reportDirectory, GOAL, result.product(), project.getVersion(), plugin.getVersion(), result.findings());
      outcome = new ValidationCache.Outcome(result.summaryLine(project.getVersion()), result.findings());
      cache.write(fingerprint, outcome);
    }
    if (insideIde()) {
      FindingsOutcome.mark(buildContext, project.getBasedir(), checkedFiles(), outcome.findings());
    }
    new FindingsOutcome(getLog(), maxPrintedFindings).conclude(GOAL, outcome.summaryLine(), outcome.findings(), failOnWarning, jsonReport);
    JudgedContracts.passed(project, GOAL, sourcesFingerprint());
  }

  /** The fingerprint of the inputs, or {@code ""} (never matches) when they cannot all be read. */
  private String fingerprint(ValidationRequest request) {
    try {
      return ValidationCache.fingerprint(request, plugin.getVersion());
    } catch (IOException e) {
      return "";
    }
  }

  /** The files whose IDE markers this goal owns. */
  private List<File> checkedFiles() {
    List<File> files = new ArrayList<>(List.of(descriptor));
    if (schemaDirectory.isDirectory()) {
      try (Stream<Path> walk = Files.walk(schemaDirectory.toPath())) {
        walk.filter(p -> p.toString().endsWith(".avsc")).forEach(p -> files.add(p.toFile()));
      } catch (IOException e) {
        getLog().debug("Cannot list " + schemaDirectory + " for IDE markers: " + e.getMessage());
      }
    }
    return files;
  }

  private boolean insideIde() {
    return session.getSystemProperties().containsKey("m2e.version") || session.getUserProperties().containsKey("m2e.version");
  }
}
