package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.SourcePosition;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "array";
  }
}
