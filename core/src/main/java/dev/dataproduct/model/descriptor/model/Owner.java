package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;

/** Who owns the product; {@code node} is null when the descriptor has no {@code owner}. */
public record Owner(YamlMap node, String team, String email) {}
