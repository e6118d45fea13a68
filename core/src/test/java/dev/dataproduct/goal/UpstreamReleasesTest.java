package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.copyTree;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upstream products a build reads come one release per product: which release an input port is
 * checked against, and generate writes its consumer for, must not depend on the order of the
 * dependencies.
 */
class UpstreamReleasesTest {

  private static final Path CUSTOMERS =
      Path.of("src/test/resources/check/consumers/upstream-customers");

  @TempDir Path temp;
  private Path releases;

  @BeforeEach
  void releaseTwoVersionsOfTheUpstream() throws IOException {
    Path customers = temp.resolve("customers");
    releases = temp.resolve("releases");
    for (String version : List.of("3.0.0", "3.1.0")) {
      sources(CUSTOMERS, customers);
      Path descriptor = customers.resolve("dataproduct.yaml");
      Files.writeString(
          descriptor,
          Files.readString(descriptor).replace("version: 3.1.0", "version: " + version));
      release(new DirectoryProject(customers, "customers", version, releases));
    }
  }

  @Test
  void twoDependenciesCarryingDifferentReleasesOfOneProductAreRefusedNotPickedByTheirOrder() {
    DirectoryProject build =
        consumer(
            dependency("com.example:crm-customers:jar:3.0.0", releases.resolve("3.0.0")),
            dependency("com.example:crm-customers-all:jar:3.1.0", releases.resolve("3.1.0")));

    BuildError error = assertThrows(BuildError.class, () -> ReadOnce.upstreamContracts(build));

    assertEquals(
        "Two dependencies carry releases of data product crm/customers:"
            + " com.example:crm-customers:jar:3.0.0 (3.0.0) and"
            + " com.example:crm-customers-all:jar:3.1.0 (3.1.0); an input port reads one release"
            + " of a product, so keep the dependency on the release it reads and exclude the other",
        error.getMessage());
  }

  @Test
  void twoDependenciesCarryingTheSameReleaseAreOneUpstream() throws IOException {
    Path copy = temp.resolve("shaded");
    copyTree(releases.resolve("3.1.0"), copy);
    DirectoryProject build =
        consumer(
            dependency("com.example:crm-customers:jar:3.1.0", releases.resolve("3.1.0")),
            dependency("com.example:everything:jar:1.0.0", copy));

    List<Contract> upstreams = ReadOnce.upstreamContracts(build);

    assertEquals(
        List.of("crm/customers 3.1.0"),
        upstreams.stream().map(c -> c.descriptor().qualifiedName() + " " + c.version()).toList());
  }

  private DirectoryProject consumer(BuildFacts.Dependency... dependencies) {
    return new DirectoryProject(
        temp.resolve("orders"), "orders", "1.0.0", null, List.of(dependencies));
  }

  private static BuildFacts.Dependency dependency(String name, Path file) {
    String[] parts = name.split(":");
    return new BuildFacts.Dependency(name, parts[0], parts[1], file, true);
  }
}
