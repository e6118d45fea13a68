package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;
import java.util.List;
import java.util.Optional;

/**
 * A data product descriptor, read leniently from its YAML tree: a missing or mistyped value is
 * simply absent here, because the structure rules have already reported it. Every part keeps its
 * YAML node so rules can point at the exact line.
 */
public record DataProduct(
    YamlMap node,
    String apiVersion,
    String kind,
    String name,
    String domain,
    String version,
    String title,
    String description,
    String status,
    Owner owner,
    List<String> tags,
    String classification,
    List<OutputPort> outputPorts,
    List<InputPort> inputPorts,
    List<Waiver> waivers) {

  public static final String API_VERSION = "dataproduct.dev/v1";
  public static final String KIND = "DataProduct";
  public static final String DEFAULT_STATUS = "active";
  public static final String DEFAULT_CLASSIFICATION = "internal";

  /** {@code <domain>/<name>}, how input ports of other products refer to this one. */
  public String qualifiedName() {
    return domain + "/" + name;
  }

  /** The effective status, {@code active} unless given. */
  public String effectiveStatus() {
    return status == null ? DEFAULT_STATUS : status;
  }

  /** The effective classification, {@code internal} unless given. */
  public String effectiveClassification() {
    return classification == null ? DEFAULT_CLASSIFICATION : classification;
  }

  public Optional<OutputPort> outputPort(String portName) {
    return outputPorts.stream().filter(p -> portName.equals(p.name())).findFirst();
  }
}
