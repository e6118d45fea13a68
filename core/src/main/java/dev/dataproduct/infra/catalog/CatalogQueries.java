package dev.dataproduct.infra.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Questions about the products a catalog knows, for impact analysis: who reads a port. Each product
 * counts at its newest version, since that is what its next deploy will read.
 */
public final class CatalogQueries {

  /**
   * A product that reads a port through one of its input ports.
   *
   * @param product {@code <domain>/<name>} of the consumer
   * @param version the consumer's newest version in the catalog
   * @param inputPort the consumer's input port that reads the port
   * @param ownerTeam the consumer's owning team, or {@code null}; whom to tell about a breaking
   *     change
   * @param status the consumer's status; a retired consumer reads nothing any more
   */
  public record Consumer(
      String product, String version, String inputPort, String ownerTeam, String status) {}

  private final CatalogIndex index;

  private CatalogQueries(CatalogIndex index) {
    this.index = index;
  }

  public static CatalogQueries of(CatalogIndex index) {
    return new CatalogQueries(index);
  }

  /** Queries over {@code catalog} as it is on disk now. */
  public static CatalogQueries of(DirectoryCatalog catalog) {
    return of(catalog.index());
  }

  /**
   * The consumers of port {@code port} of product {@code <domain>/<name>}, sorted by product and
   * input port.
   */
  public List<Consumer> consumersOf(String domain, String name, String port) {
    return consumersOf(domain, name).getOrDefault(port, List.of());
  }

  /** The consumers of every port of {@code <domain>/<name>} that has any, by port name, sorted. */
  public SortedMap<String, List<Consumer>> consumersOf(String domain, String name) {
    String product = domain + "/" + name;
    SortedMap<String, List<Consumer>> byPort = new TreeMap<>();
    for (CatalogEntry consumer : index.latestEntries()) {
      for (CatalogEntry.Input input : consumer.inputPorts()) {
        if (product.equals(input.product()) && input.port() != null) {
          byPort
              .computeIfAbsent(input.port(), k -> new ArrayList<>())
              .add(
                  new Consumer(
                      consumer.qualifiedName(),
                      consumer.version(),
                      input.name(),
                      consumer.owner().team(),
                      consumer.status()));
        }
      }
    }
    byPort.replaceAll(
        (port, consumers) ->
            consumers.stream()
                .sorted(
                    Comparator.comparing(Consumer::product)
                        .thenComparing(
                            Consumer::inputPort, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    return byPort;
  }

  /**
   * Those of {@code consumers} that still read: a retired consumer reads nothing any more (check's
   * impact analysis counts these).
   */
  public static List<Consumer> reading(List<Consumer> consumers) {
    return consumers.stream().filter(c -> !"retired".equals(c.status())).toList();
  }

  /**
   * The products {@code <domain>/<name>} reads, by {@code <domain>/<name>}, from its newest
   * version.
   */
  public List<String> upstreamsOf(String domain, String name) {
    return index
        .product(domain, name)
        .map(
            p ->
                p.latestEntry().inputPorts().stream()
                    .map(CatalogEntry.Input::product)
                    .filter(q -> q != null)
                    .distinct()
                    .sorted()
                    .toList())
        .orElse(List.of());
  }
}
