package dev.dataproduct.goal;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.support.InputFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Released contracts (the baseline's, the upstream products') read once per build, whichever goals
 * read them: kept under the fingerprint of the bytes they are read from, so a jar or folder that
 * changed during the build is read again.
 */
final class ReadOnce {

  private ReadOnce() {}

  /** The contract {@code jarOrDirectory} carries, as {@link ContractReader#read} reads it. */
  static Contract contract(BuildFacts facts, Path jarOrDirectory) {
    String fingerprint;
    try {
      InputFingerprint bytes =
          new InputFingerprint().add("path", jarOrDirectory.toAbsolutePath().normalize());
      Path packed = jarOrDirectory.resolve(ContractLayout.DIRECTORY);
      fingerprint =
          (Files.isDirectory(jarOrDirectory)
                  ? bytes.addTree("contract", Files.isDirectory(packed) ? packed : jarOrDirectory)
                  : bytes.addFile("jar", jarOrDirectory))
              .hex();
    } catch (IOException e) {
      return ContractReader.read(jarOrDirectory); // which says why it cannot be read
    }
    return facts.once(
        ReadOnce.class.getName() + ":" + fingerprint,
        Contract.class,
        () -> ContractReader.read(jarOrDirectory));
  }

  /**
   * The contracts of the products this one depends on: jars that carry META-INF/dataproduct or, in
   * a multi-module build not yet packaged, the upstream module's classes directory.
   */
  static List<Contract> upstreamContracts(BuildFacts facts) {
    List<Contract> upstreams = new ArrayList<>();
    for (BuildFacts.Dependency dependency : facts.dependencies()) {
      if (dependency.file() != null && ContractReader.hasContract(dependency.file())) {
        upstreams.add(contract(facts, dependency.file()));
        facts.log().debug("Upstream contract: " + dependency.name());
      }
    }
    return upstreams;
  }
}
