package dev.dataproduct.model.contract;

import dev.dataproduct.model.descriptor.model.DataProduct;
import java.util.Map;
import java.util.Optional;

/**
 * A product's contract at one version: its descriptor and, for every output port, the schemas it
 * publishes now and the schemas of every earlier release. It is what a release jar carries under
 * {@code META-INF/dataproduct/}, what the next release compares with, and what consumers read.
 *
 * @param descriptor the descriptor as released (its version filled in)
 * @param version the product version
 * @param ports output ports by name, in descriptor order
 */
public record Contract(DataProduct descriptor, String version, Map<String, PortContract> ports) {

  public Optional<PortContract> port(String name) {
    return Optional.ofNullable(ports.get(name));
  }
}
