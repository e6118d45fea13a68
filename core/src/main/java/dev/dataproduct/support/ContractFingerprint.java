package dev.dataproduct.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a judged contract is made of, as one hash: the goals that judge the contract ({@code
 * validate}, {@code check}) record it when they pass, and {@code publish} recomputes it, so a
 * contract is published only as it was judged in the same build.
 */
public final class ContractFingerprint {

  private ContractFingerprint() {}

  /**
   * The contract's sources: the descriptor, every file under the schema directory and the version.
   *
   * @throws BuildError when a file cannot be read
   */
  public static String ofSources(Path descriptor, Path schemaDirectory, String version) {
    try {
      return sources(descriptor, schemaDirectory, version).hex();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The sources as {@link #ofSources} and the packed contract (what the jar and the catalog carry),
   * which {@code generate} writes after {@code validate} runs.
   *
   * @throws BuildError when a file cannot be read
   */
  public static String ofSourcesAndPacked(
      Path descriptor, Path schemaDirectory, String version, Path packedContract) {
    try {
      return sources(descriptor, schemaDirectory, version).addTree("packed", packedContract).hex();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static InputFingerprint sources(Path descriptor, Path schemaDirectory, String version)
      throws IOException {
    return new InputFingerprint()
        .add("version", version)
        .addFile("descriptor", descriptor)
        .addTree("schemas", schemaDirectory);
  }

  private static BuildError unreadable(IOException e) {
    return new BuildError(
        "Cannot read the data product contract to fingerprint it: "
            + e.getMessage()
            + "; check that its files are readable",
        e);
  }
}
