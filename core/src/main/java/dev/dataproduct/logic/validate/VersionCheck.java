package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.rules.DescriptorRules;

/**
 * The product's version must be usable as a file name, and the descriptor's optional version must
 * agree with the build's.
 */
final class VersionCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    DataProduct product = context.product();
    String projectVersion = context.projectVersion();
    // The version names the contract's files and the catalog's folder; refused here, not in
    // generate or publish.
    for (String version : new String[] {product.version(), projectVersion}) {
      if (version != null && !ContractLayout.isSafeName(version)) {
        boolean inDescriptor = version.equals(product.version());
        findings.add(
            Finding.of(
                    DescriptorRules.VERSION_FORMAT,
                    inDescriptor
                        ? product.node().positionOf("version")
                        : context.projectVersionAt() != null
                            ? context.projectVersionAt()
                            : SourcePosition.file("pom.xml"),
                    (inDescriptor ? "The descriptor's" : "The project's")
                        + " version \""
                        + version
                        + "\" cannot name the contract's files and catalog folder")
                .withHint(
                    "Use letters, digits and . _ + -, starting with a letter or digit, at most 128 characters, such as 1.2.0 or 2.0.0-rc.1."));
        break;
      }
    }
    if (product.version() != null
        && projectVersion != null
        && !product.version().equals(projectVersion)) {
      findings.add(
          Finding.of(
                  DescriptorRules.VERSION_MISMATCH,
                  product.node().positionOf("version"),
                  "The descriptor says version "
                      + product.version()
                      + " but the project version is "
                      + projectVersion)
              .withHint(
                  "Remove version: from dataproduct.yaml (it defaults to the project version) or make the two equal."));
    }
  }
}
