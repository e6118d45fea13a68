package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.SourcePosition;

/**
 * A node of a loaded YAML document that remembers where it stood in the file, so every finding
 * about the descriptor points at its line and column. Aliases are not expanded: an alias node is
 * the very node it refers to.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

  /** Where the node starts in the file. */
  SourcePosition position();

  /** The JSON-Schema-like type name of the node, for messages: object, array, string, ... */
  String typeName();
}
