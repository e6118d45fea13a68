package dev.dataproduct.infra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.support.BuildError;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogLocationTest {

  private static final Path BASE = Path.of("/work/project");
  private static final Path HOME = Path.of("/home/dev");

  @Test
  void withoutAValueTheCatalogIsInTheUsersHome() {
    assertEquals(
        Path.of("/home/dev/.dataproduct/catalog"), CatalogLocation.resolve(null, BASE, HOME));
    assertEquals(
        Path.of("/home/dev/.dataproduct/catalog"), CatalogLocation.resolve("  ", BASE, HOME));
  }

  @Test
  void pathsAreTakenAsTheyAreOrAgainstTheProjectOrTheHome() {
    assertEquals(Path.of("/srv/catalog"), CatalogLocation.resolve("/srv/catalog", BASE, HOME));
    assertEquals(Path.of("/work/catalog"), CatalogLocation.resolve("../catalog", BASE, HOME));
    assertEquals(
        Path.of("/home/dev/catalogs/team"), CatalogLocation.resolve("~/catalogs/team", BASE, HOME));
  }

  @Test
  void fileUrlsNameTheirDirectory() {
    assertEquals(
        Path.of("/srv/data catalog"),
        CatalogLocation.resolve("file:///srv/data%20catalog", BASE, HOME));
    assertEquals(
        Path.of("/srv/catalog"), CatalogLocation.resolve("file:/srv/catalog/", BASE, HOME));
  }

  @Test
  void otherUrlsAndRelativeFileUrlsAreRefusedWithTheFormToUse() {
    BuildError http =
        assertThrows(
            BuildError.class,
            () -> CatalogLocation.resolve("https://catalog.example.com", BASE, HOME));
    BuildError relative =
        assertThrows(BuildError.class, () -> CatalogLocation.resolve("file:catalog", BASE, HOME));

    assertEquals(
        "The catalog dataproduct.catalog=https://catalog.example.com is a https: URL; the directory catalog needs "
            + "a path or a file: URL, such as file:///srv/dataproduct-catalog",
        http.getMessage());
    assertEquals(
        "The catalog dataproduct.catalog=file:catalog is not an absolute file: URL; write it as file:///absolute/path, "
            + "or give a plain path",
        relative.getMessage());
  }
}
