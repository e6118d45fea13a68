package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.logic.check.ConsumerCheck;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.structure.StructureValidator;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.policy.WaiverApplication;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a data product: the descriptor's structure, then its meaning (names, ownership, ports,
 * waivers, the mesh policy), then the Avro schemas and what the descriptor says about them. Every
 * stage runs on whatever the earlier ones could read, so one run reports every problem. Maven-free;
 * the {@code validate} goal is a thin adapter over it.
 */
public final class ProductValidator {

  /** Checks over the descriptor alone, in the order their findings are most useful. */
  private static final List<DescriptorCheck> DESCRIPTOR_CHECKS =
      List.of(
          new VersionCheck(),
          new NamingCheck(),
          new OwnershipCheck(),
          new PortCheck(),
          new WaiverCheck(),
          new PolicyCheck());

  /** Loads the format's JSON Schema once; safe to share between threads. */
  private static final StructureValidator STRUCTURE = new StructureValidator();

  private final BuildLog log;
  private final Wording wording;
  private final YamlLoader yamlLoader = new YamlLoader();

  /**
   * @param wording how the front end names its options and commands in hints
   */
  public ProductValidator(BuildLog log, Wording wording) {
    this.log = log;
    this.wording = wording;
  }

  public ValidationResult validate(ValidationRequest request) {
    Findings findings = new Findings(request.settings());
    findings.addAll(request.configurationFindings());
    Path baseDir = request.baseDir();
    String descriptorPath = display(baseDir, request.descriptor());

    YamlLoadResult loaded;
    try {
      loaded = yamlLoader.load(request.descriptor(), descriptorPath, wording);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read " + descriptorPath + ": " + e.getMessage() + "; check its permissions", e);
    }
    findings.addAll(loaded.findings());
    DataProduct product = null;
    if (loaded.document().isPresent()) {
      var document = loaded.document().get();
      findings.addAll(STRUCTURE.validate(document));
      product = DescriptorReader.read(document);
      ValidationContext context =
          new ValidationContext(
              product,
              request.projectVersion(),
              request.policy(),
              wording,
              request.projectVersionAt());
      for (DescriptorCheck check : DESCRIPTOR_CHECKS) {
        check.check(context, findings);
      }
      // Check's rule, run here on the upstream contracts at hand: a wrong port name fails before
      // javac meets its missing package.
      ConsumerCheck.missingPorts(product, request.upstreams(), findings);
    }

    SchemaSet schemas = null;
    if (Files.isDirectory(request.schemaDirectory())) {
      try {
        schemas = SchemaSet.load(request.schemaDirectory(), baseDir, findings);
      } catch (IOException e) {
        throw new BuildError(
            "Cannot read the schemas under "
                + display(baseDir, request.schemaDirectory())
                + ": "
                + e.getMessage(),
            e);
      }
      log.debug(
          "Loaded "
              + schemas.files().size()
              + " schema files from "
              + display(baseDir, request.schemaDirectory()));
    }
    if (product != null) {
      new SchemaReferenceCheck(schemas, display(baseDir, request.schemaDirectory()), wording)
          .check(product, findings);
      if (schemas != null) {
        new GovernanceCheck(schemas, request.fieldScope()).check(product, findings);
      }
    }
    List<Finding> all = WaiverApplication.of(product).applyTo(findings.all());
    return new ValidationResult(
        product, schemas, all, request.policy(), findings.switchedOff(), loaded.content());
  }

  /** A path relative to the base directory, with {@code /}, as findings print it. */
  static String display(Path baseDir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = baseDir.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
