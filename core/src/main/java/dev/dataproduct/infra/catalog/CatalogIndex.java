package dev.dataproduct.infra.catalog;

import dev.dataproduct.model.history.VersionOrder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every product and version in a catalog, as {@code index.json} holds it. The index is derived: it
 * is rebuilt from the version folders on every publish, so it is never the only record of anything,
 * and a lost or stale index heals on the next publish.
 *
 * @param format {@value #FORMAT}; readers that meet another format refuse it
 * @param products products sorted by domain, then name
 */
public record CatalogIndex(String format, List<Product> products) {

  public static final String FORMAT = "dataproduct-catalog/v1";

  public CatalogIndex {
    products = products == null ? List.of() : List.copyOf(products);
  }

  /**
   * One product and all its published versions.
   *
   * @param latest the newest version in release order
   * @param versions every version, oldest first in release order
   */
  public record Product(String domain, String name, String latest, List<CatalogEntry> versions) {

    public Product {
      versions = List.copyOf(versions);
    }

    public String qualifiedName() {
      return domain + "/" + name;
    }

    public CatalogEntry latestEntry() {
      return versions.get(versions.size() - 1);
    }
  }

  /** The index of {@code entries}, sorted; each entry must be a different product version. */
  public static CatalogIndex of(Collection<CatalogEntry> entries) {
    Map<String, List<CatalogEntry>> byProduct = new LinkedHashMap<>();
    entries.stream()
        .sorted(
            Comparator.comparing(CatalogEntry::domain)
                .thenComparing(CatalogEntry::name)
                .thenComparing(CatalogEntry::version, VersionOrder.ASCENDING))
        .forEach(e -> byProduct.computeIfAbsent(e.qualifiedName(), k -> new ArrayList<>()).add(e));
    List<Product> products = new ArrayList<>();
    for (List<CatalogEntry> versions : byProduct.values()) {
      CatalogEntry newest = versions.get(versions.size() - 1);
      products.add(new Product(newest.domain(), newest.name(), newest.version(), versions));
    }
    return new CatalogIndex(FORMAT, products);
  }

  public Optional<Product> product(String domain, String name) {
    return products.stream()
        .filter(p -> p.domain().equals(domain) && p.name().equals(name))
        .findFirst();
  }

  /** The newest version of every product. */
  public List<CatalogEntry> latestEntries() {
    return products.stream().map(Product::latestEntry).toList();
  }

  /** Every published version of every product. */
  public int versionCount() {
    return products.stream().mapToInt(p -> p.versions().size()).sum();
  }

  /**
   * Reads the entries of every version folder under {@code <root>/products}. A folder whose {@code
   * entry.json} is missing, unreadable or names another version is left out and described in {@code
   * skipped}; hidden folders (staging) are not looked at.
   */
  static CatalogIndex scan(Path root, List<String> skipped) throws IOException {
    Path products = root.resolve(CatalogLayout.PRODUCTS);
    List<CatalogEntry> entries = new ArrayList<>();
    for (Path domain : folders(products)) {
      for (Path name : folders(domain)) {
        for (Path version : folders(name)) {
          if (version.getFileName().toString().equals(CatalogLayout.CONSUMERS)) {
            continue; // the site's consumer exports, beside the versions
          }
          Path file = version.resolve(CatalogLayout.ENTRY);
          String where = root.relativize(file).toString().replace('\\', '/');
          if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            skipped.add(where + " is missing");
            continue;
          }
          CatalogEntry entry;
          try {
            entry = CatalogJson.read(Files.readAllBytes(file), CatalogEntry.class);
          } catch (IOException e) {
            skipped.add(
                where + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            continue;
          }
          if (!domain.getFileName().toString().equals(entry.domain())
              || !name.getFileName().toString().equals(entry.name())
              || !version.getFileName().toString().equals(entry.version())) {
            skipped.add(
                where
                    + " names "
                    + entry.qualifiedName()
                    + " "
                    + entry.version()
                    + ", not its folder");
            continue;
          }
          entries.add(entry);
        }
      }
    }
    return of(entries);
  }

  private static List<Path> folders(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
            && !child.getFileName().toString().startsWith(".")) {
          out.add(child);
        }
      }
    }
    out.sort(null);
    return out;
  }
}
