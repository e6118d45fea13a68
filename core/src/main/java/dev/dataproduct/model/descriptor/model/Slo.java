package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlMap;
import java.math.BigDecimal;

/** Service-level objectives of a port: how fresh and how available its data is. */
public record Slo(YamlMap node, String freshness, BigDecimal availability) {}
