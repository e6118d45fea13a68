package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.Wording;

/**
 * What the descriptor checks look at.
 *
 * @param product the descriptor, read leniently
 * @param projectVersion the build's version, the product's version unless the descriptor says
 *     otherwise
 * @param policy the mesh policy in force, {@link Policy#NONE} when none is configured
 * @param wording how the front end names its options and commands in hints
 * @param projectVersionAt where the build file gives the project version, or {@code null}
 */
record ValidationContext(
    DataProduct product,
    String projectVersion,
    Policy policy,
    Wording wording,
    SourcePosition projectVersionAt) {

  /** The product's version: the project's, which the descriptor may only repeat. */
  String productVersion() {
    return projectVersion != null ? projectVersion : product.version();
  }
}
