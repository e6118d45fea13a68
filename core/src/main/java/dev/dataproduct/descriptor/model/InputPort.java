package dev.dataproduct.descriptor.model;

import dev.dataproduct.descriptor.yaml.YamlMap;

/** A port of another product this one reads: {@code product} is {@code <domain>/<name>}. */
public record InputPort(YamlMap node, int index, String name, String product, String port) {

  public String path() {
    return "inputPorts[" + index + "]";
  }
}
