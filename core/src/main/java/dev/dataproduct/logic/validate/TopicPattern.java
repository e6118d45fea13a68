package dev.dataproduct.logic.validate;

import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;

/**
 * Expands a policy's topic pattern for one port. Placeholders ({@link
 * dev.dataproduct.model.policy.Policy#TOPIC_PATTERN_PLACEHOLDERS}, which the policy's reader holds
 * it to): {@code {domain}}, {@code {product}}, {@code {port}} and {@code {major}} (the product
 * version's major number).
 */
final class TopicPattern {

  private TopicPattern() {}

  /** The topic the pattern asks for, or {@code null} when a placeholder has no value yet. */
  static String expand(String pattern, DataProduct product, OutputPort port, String version) {
    String major = version == null ? null : version.split("[.-]", 2)[0];
    if (product.domain() == null
        || product.name() == null
        || port.name() == null
        || (pattern.contains("{major}") && major == null)) {
      return null;
    }
    return pattern
        .replace("{domain}", product.domain())
        .replace("{product}", product.name())
        .replace("{port}", port.name())
        .replace("{major}", major == null ? "" : major);
  }
}
