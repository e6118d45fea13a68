package dev.dataproduct.logic.codegen;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input ports a consumer can be generated for: those whose upstream product is on the
 * dependency path and has the port. The consumer reads into the upstream's own classes, so the
 * upstream jar must hold them (it does when the upstream was built with the {@code generate} goal).
 */
final class UpstreamPorts {

  /**
   * @param ports one per input port that gets a consumer
   * @param notes one per input port that does not, saying why
   */
  record Result(List<PortSources.Port> ports, List<String> notes) {}

  private UpstreamPorts() {}

  static Result resolve(
      DataProduct product,
      List<UpstreamProduct> upstreams,
      String javaPackage,
      String runtimePackage,
      Wording wording) {
    Map<String, UpstreamProduct> byName = new HashMap<>();
    for (UpstreamProduct upstream : upstreams) {
      byName.putIfAbsent(upstream.contract().descriptor().qualifiedName(), upstream);
    }
    List<PortSources.Port> ports = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (InputPort input : product.inputPorts()) {
      if (input.name() == null || input.product() == null || input.port() == null) {
        continue; // The validator reports the incomplete port.
      }
      UpstreamProduct upstream = byName.get(input.product());
      if (upstream == null) {
        notes.add(
            "Input port \""
                + input.name()
                + "\" gets no consumer: its product "
                + input.product()
                + " is not on the dependency path; add the dependency on its jar");
        continue;
      }
      Optional<PortContract> port = upstream.contract().port(input.port());
      Optional<OutputPort> described = upstream.contract().descriptor().outputPort(input.port());
      if (port.isEmpty() || described.isEmpty()) {
        notes.add(
            "Input port \""
                + input.name()
                + "\" gets no consumer: "
                + upstream.display()
                + " has no port \""
                + input.port()
                + "\"; "
                + wording.goal("check")
                + " says which ports it has");
        continue;
      }
      ports.add(
          port(input, upstream, described.get(), port.get(), javaPackage, runtimePackage, wording));
    }
    return new Result(ports, notes);
  }

  private static PortSources.Port port(
      InputPort input,
      UpstreamProduct upstream,
      OutputPort described,
      PortContract schemas,
      String javaPackage,
      String runtimePackage,
      Wording wording) {
    String what =
        "input port \""
            + input.name()
            + "\" (port \""
            + input.port()
            + "\" of "
            + upstream.display()
            + ")";
    PortType key =
        schemas.key() == null
            ? null
            : upstreamType(
                PortType.of(schemas.key(), "the key of " + what), upstream, what, wording);
    PortType value =
        upstreamType(PortType.of(schemas.value(), "the value of " + what), upstream, what, wording);
    Contract contract = upstream.contract();
    return new PortSources.Port(
        javaPackage,
        runtimePackage,
        contract.descriptor().qualifiedName(),
        contract.descriptor().title(),
        contract.version(),
        described.name(),
        input.name(),
        described.description(),
        described.topic(),
        "confluent".equals(described.effectiveEncoding()),
        key,
        // The released contract records how keys were written; its descriptor may predate key
        // encodings.
        OutputPort.KEY_ENCODING_KAFKA.equals(schemas.keyEncoding()),
        value);
  }

  /** A generated class must come from the upstream jar: it is not generated again here. */
  private static PortType upstreamType(
      PortType type, UpstreamProduct upstream, String what, Wording wording) {
    if (!type.isPrimitive() && !upstream.hasClass(type.className())) {
      throw new BuildError(
          "Cannot generate the consumer of "
              + what
              + ": "
              + upstream.location().getFileName()
              + " has no class "
              + type.className()
              + "; build "
              + upstream.contract().descriptor().qualifiedName()
              + " with the "
              + wording.goal("generate")
              + " goal so that its jar carries its classes");
    }
    return type;
  }
}
