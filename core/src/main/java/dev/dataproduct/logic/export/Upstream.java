package dev.dataproduct.logic.export;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.util.List;

/** The port an input port reads, as the upstream product's released contract describes it. */
record Upstream(Contract contract, OutputPort port, PortContract schemas) {

  /**
   * The port {@code input} names among {@code upstreams}, or {@code null} when its contract is not
   * among them.
   */
  static Upstream find(List<Contract> upstreams, InputPort input) {
    for (Contract upstream : upstreams) {
      if (upstream.descriptor().qualifiedName().equals(input.product())) {
        return upstream
            .descriptor()
            .outputPort(input.port())
            .map(port -> new Upstream(upstream, port, upstream.ports().get(port.name())))
            .orElse(null);
      }
    }
    return null;
  }
}
