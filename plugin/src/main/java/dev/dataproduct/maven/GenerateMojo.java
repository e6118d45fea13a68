package dev.dataproduct.maven;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.ContractBuilder;
import dev.dataproduct.contract.ContractLayout;
import dev.dataproduct.contract.ContractWriter;
import dev.dataproduct.core.BuildError;
import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Severity;
import dev.dataproduct.validate.ProductValidator;
import dev.dataproduct.validate.ValidationRequest;
import dev.dataproduct.validate.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Packs the product's contract into the jar under {@code META-INF/dataproduct/}: the descriptor
 * (its version filled in), every output port's current key and value schemas, and every port's
 * schema history, carried forward from the previous release's jar. That is what the next release
 * compares with ({@code dataproduct:check}) and what consumers read. Files whose content did not
 * change are not rewritten.
 *
 * <p>Not yet: Avro classes and typed Kafka producers and consumers.
 *
 * @since 0.1.0
 */
@Mojo(name = GenerateMojo.GOAL, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractDataProductMojo {

  public static final String GOAL = "generate";

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipGenerate>true</skipGenerate>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  private final RepositorySystem repositorySystem;

  @Inject
  public GenerateMojo(RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  @Override
  protected String goal() {
    return GOAL;
  }

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected void run() {
    ValidationResult product =
        new ProductValidator(buildLog())
            .validate(ValidationRequest.of(project.getBasedir().toPath(), descriptor.toPath(), schemaDirectory.toPath(), project.getVersion()));
    long errors = product.count(Severity.ERROR);
    if (product.product() == null || errors > 0) {
      getLog().warn("Not packing the data product contract: it has " + Counts.plural(errors, "error") + "; run dataproduct:validate to see them");
      return;
    }
    Baseline previous = new BaselineResolver(repositorySystem, session.getRepositorySession(), project).resolve(baseline);
    Contract contract = ContractBuilder.build(product.product(), product.schemas(), project.getVersion(), previous.contract());
    ContractWriter.Result written = ContractWriter.write(contract, readDescriptor(), contractDirectory.toPath());
    getLog().info(
        "Packed the contract of " + product.product().name() + " " + project.getVersion() + " into " + ContractLayout.DIRECTORY + ": "
            + Counts.plural(contract.ports().size(), "port")
            + (previous.exists() ? ", schema history carried from " + previous.version() : ", no earlier release")
            + (written.changed()
                ? " (" + written.written().size() + " written, " + written.deleted().size() + " removed, " + written.unchanged().size() + " unchanged)"
                : " (unchanged)"));
  }

  private byte[] readDescriptor() {
    Path path = descriptor.toPath();
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BuildError("Cannot read " + relative(descriptor) + ": " + e.getMessage(), e);
    }
  }
}
