package dev.dataproduct.logic.check;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.PortRules;
import dev.dataproduct.rules.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product as a consumer: each input port must read a port its upstream's released contract has,
 * and that is not retired; a deprecated one is reported so the move is planned. An input port whose
 * upstream's contract is not on the dependency path cannot be judged, and {@code check} says so
 * (PORT-UPSTREAM-UNCHECKED). {@code check} runs all of it; {@code validate} runs {@link
 * #missingPorts} on the upstream contracts the build has at hand.
 */
public final class ConsumerCheck {

  private static final String RETIRED = "retired";
  private static final String DEPRECATED = "deprecated";

  private ConsumerCheck() {}

  static void check(DataProduct product, List<Contract> upstreams, Findings findings) {
    judge(product, upstreams, findings, false);
  }

  /**
   * Only the input ports that name a port their upstream's contract does not have
   * (PORT-UPSTREAM-MISSING): the code generated for such a port would import a package that does
   * not exist.
   */
  public static void missingPorts(
      DataProduct product, List<Contract> upstreams, Findings findings) {
    judge(product, upstreams, findings, true);
  }

  private static void judge(
      DataProduct product, List<Contract> upstreams, Findings findings, boolean onlyMissing) {
    Map<String, Contract> byName = new HashMap<>();
    for (Contract upstream : upstreams) {
      byName.put(upstream.descriptor().qualifiedName(), upstream);
    }
    for (InputPort input : product.inputPorts()) {
      Contract upstream =
          input.product() == null || input.port() == null ? null : byName.get(input.product());
      if (upstream != null
          && (!onlyMissing || upstream.descriptor().outputPort(input.port()).isEmpty())) {
        check(input, upstream, findings);
      } else if (upstream == null
          && !onlyMissing
          && input.product() != null
          && input.port() != null) {
        findings.add(
            Finding.of(
                    PortRules.UPSTREAM_UNCHECKED,
                    input.node().positionOf("product"),
                    "Input port \"%s\" reads port \"%s\" of %s, whose released contract is not on the build's dependency path: whether that port exists, is deprecated or retired was not checked"
                        .formatted(input.name(), input.port(), input.product()))
                .withHint(
                    "add a dependency on the jar of the release of %s that you read (it carries the contract); generate then writes the port's consumer too"
                        .formatted(input.product()))
                .withTarget("inputPorts/" + input.name()));
      }
    }
  }

  private static void check(InputPort input, Contract upstream, Findings findings) {
    DataProduct producer = upstream.descriptor();
    String reads =
        "Input port \"%s\" reads port \"%s\" of %s %s"
            .formatted(input.name(), input.port(), input.product(), upstream.version());
    String owner =
        producer.owner() == null || producer.owner().team() == null
            ? ""
            : " (owned by team " + producer.owner().team() + ")";
    Optional<OutputPort> port = producer.outputPort(input.port());
    Finding finding;
    if (port.isEmpty()) {
      List<String> names =
          producer.outputPorts().stream().map(OutputPort::name).filter(n -> n != null).toList();
      finding =
          Finding.of(
                  PortRules.UPSTREAM_MISSING,
                  input.node().positionOf("port"),
                  reads + ", which has no such port")
              .withHint(
                  Suggestions.closest(input.port(), names)
                      .map(name -> "did you mean \"" + name + "\"?")
                      .orElse(
                          names.isEmpty()
                              ? "the upstream product has no output ports"
                              : "its ports are " + Texts.and(names)));
    } else if (RETIRED.equals(port.get().status()) || RETIRED.equals(producer.effectiveStatus())) {
      String what =
          RETIRED.equals(port.get().status()) ? "the port is retired" : "the product is retired";
      finding =
          Finding.of(
                  PortRules.UPSTREAM_RETIRED,
                  input.node().positionOf("port"),
                  reads + ", but " + what + "; no new data arrives there")
              .withHint(
                  "move to the port that replaced it; ask the producer" + owner + " which one");
    } else if (DEPRECATED.equals(port.get().status())
        || DEPRECATED.equals(producer.effectiveStatus())) {
      String what =
          DEPRECATED.equals(port.get().status())
              ? "the port is deprecated"
              : "the product is deprecated";
      finding =
          Finding.of(
                  PortRules.UPSTREAM_DEPRECATED,
                  input.node().positionOf("port"),
                  reads + ", but " + what)
              .withHint(
                  "plan the move to its replacement before it is retired; ask the producer"
                      + owner
                      + " which one");
    } else {
      return;
    }
    findings.add(finding.withTarget("inputPorts/" + input.name()));
  }
}
