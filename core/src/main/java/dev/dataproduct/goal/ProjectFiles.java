package dev.dataproduct.goal;

import java.nio.file.Path;

/**
 * Where a product's files are, as the build configures them.
 *
 * @param descriptor the descriptor, {@code dataproduct.yaml}
 * @param schemaDirectory the root of the Avro sources
 * @param reportDirectory where the goals write their reports (and validate its cache)
 * @param contractDirectory where generate packs the contract and publish reads it
 */
public record ProjectFiles(
    Path descriptor, Path schemaDirectory, Path reportDirectory, Path contractDirectory) {}
