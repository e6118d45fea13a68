package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;

/** A port of another product this one reads: {@code product} is {@code <domain>/<name>}. */
public record InputPort(YamlMap node, int index, String name, String product, String port) {

  public String path() {
    return "inputPorts[" + index + "]";
  }
}
