package dev.dataproduct.goal;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.InputFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
    return upstreams(facts, dependency -> true).stream().map(Upstream::contract).toList();
  }

  /** An upstream product's contract and the jar or folder it was read from. */
  record Upstream(Contract contract, Path file, String dependency) {}

  /**
   * The upstream products among the dependencies {@code which} selects, one per product: two
   * dependencies that carry different releases of one product are refused, as which one an input
   * port reads (and generate writes its consumer for) would be a matter of order.
   *
   * @throws BuildError naming both dependencies
   */
  static List<Upstream> upstreams(BuildFacts facts, Predicate<BuildFacts.Dependency> which) {
    Map<String, Upstream> byProduct = new LinkedHashMap<>();
    for (BuildFacts.Dependency dependency : facts.dependencies()) {
      if (!which.test(dependency)
          || dependency.file() == null
          || !ContractReader.hasContract(dependency.file())) {
        continue;
      }
      Upstream upstream =
          new Upstream(contract(facts, dependency.file()), dependency.file(), dependency.name());
      facts.log().debug("Upstream contract: " + dependency.name());
      String product = upstream.contract().descriptor().qualifiedName();
      Upstream other = byProduct.putIfAbsent(product, upstream);
      if (other != null && !other.contract().version().equals(upstream.contract().version())) {
        throw new BuildError(
            "Two dependencies carry releases of data product "
                + product
                + ": "
                + other.dependency()
                + " ("
                + other.contract().version()
                + ") and "
                + upstream.dependency()
                + " ("
                + upstream.contract().version()
                + "); an input port reads one release of a product, so keep the dependency on the"
                + " release it reads and exclude the other");
      }
    }
    return List.copyOf(byProduct.values());
  }
}
