package dev.dataproduct.goal;

import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
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
    Path descriptor, Path schemaDirectory, Path reportDirectory, Path contractDirectory) {

  /**
   * The descriptor's bytes, as they are packed; a build error naming it (relative to {@code
   * baseDir}) when it cannot be read.
   */
  byte[] readDescriptor(Path baseDir) {
    try {
      return Files.readAllBytes(descriptor);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read " + Paths.relative(baseDir, descriptor) + ": " + e.getMessage(), e);
    }
  }
}
