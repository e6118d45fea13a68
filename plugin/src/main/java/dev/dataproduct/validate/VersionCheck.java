package dev.dataproduct.validate;

import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.rules.DescriptorRules;

/** The descriptor's optional version must agree with the build's. */
final class VersionCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    DataProduct product = context.product();
    String projectVersion = context.projectVersion();
    if (product.version() != null && projectVersion != null && !product.version().equals(projectVersion)) {
      findings.add(
          Finding.of(
                  DescriptorRules.VERSION_MISMATCH,
                  product.node().positionOf("version"),
                  "The descriptor says version " + product.version() + " but the project version is " + projectVersion)
              .withHint("Remove version: from dataproduct.yaml (it defaults to the project version) or make the two equal."));
    }
  }
}
