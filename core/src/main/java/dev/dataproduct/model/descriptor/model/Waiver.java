package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;

/** An accepted finding: the rule and target it covers, and why it is accepted. */
public record Waiver(YamlMap node, int index, String rule, String target, String justification) {

  public String path() {
    return "waivers[" + index + "]";
  }
}
