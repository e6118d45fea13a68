package dev.dataproduct.infra.catalog;

import java.nio.file.Path;

/**
 * A second publisher in its own JVM, for the concurrency test: {@code <catalog> <domain> <count>}
 * publishes versions 1.0.0 to 1.&lt;count-1&gt;.0 of {@code <domain>/events} and then the shared
 * product {@code shared/common 1.0.0}, printing each outcome on a line.
 */
public final class PublishFromAnotherProcess {

  private PublishFromAnotherProcess() {}

  public static void main(String[] args) {
    DirectoryCatalog catalog = CatalogFixtures.catalog(Path.of(args[0]));
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      System.out.println(
          catalog
              .publish(CatalogFixtures.product(args[1], "events", "1." + i + ".0", "id"))
              .outcome());
    }
    System.out.println(
        catalog.publish(CatalogFixtures.product("shared", "common", "1.0.0", "id")).outcome());
  }
}
