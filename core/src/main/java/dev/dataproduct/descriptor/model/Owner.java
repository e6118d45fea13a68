package dev.dataproduct.descriptor.model;

import dev.dataproduct.descriptor.yaml.YamlMap;

/** Who owns the product; {@code node} is null when the descriptor has no {@code owner}. */
public record Owner(YamlMap node, String team, String email) {}
