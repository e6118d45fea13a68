package dev.dataproduct.logic.codegen;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * An upstream data product on the dependency path: its released contract, and the jar (or classes
 * directory, in a reactor build) that holds its generated classes. Consumers of its ports are
 * generated on those classes rather than on copies of them.
 *
 * @param contract the contract the jar carries under {@code META-INF/dataproduct/}
 * @param location the jar or classes directory
 */
public record UpstreamProduct(Contract contract, Path location) {

  /** The upstream product in {@code jarOrDirectory}, which must carry a contract. */
  public static UpstreamProduct read(Path jarOrDirectory) {
    return new UpstreamProduct(ContractReader.read(jarOrDirectory), jarOrDirectory);
  }

  /** Whether the jar or directory holds the compiled class {@code className}. */
  boolean hasClass(String className) {
    String entry = className.replace('.', '/') + ".class";
    if (Files.isDirectory(location)) {
      return Files.isRegularFile(location.resolve(entry));
    }
    try (ZipFile jar = new ZipFile(location.toFile())) {
      return jar.getEntry(entry) != null;
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read "
              + location
              + ": "
              + e.getMessage()
              + "; check that the file is readable and not damaged",
          e);
    }
  }

  /** {@code <domain>/<name> <version>}, for messages. */
  String display() {
    return contract.descriptor().qualifiedName() + " " + contract.version();
  }
}
