package dev.dataproduct.infra.catalog;

import dev.dataproduct.compat.ContractChanges;
import dev.dataproduct.infra.catalog.CatalogEntry.Input;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.infra.catalog.CatalogEntry.SchemaSummary;
import dev.dataproduct.infra.catalog.CatalogIndex.Product;
import dev.dataproduct.infra.catalog.CatalogQueries.Consumer;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The static HTML catalog, rendered from the index: {@code index.html} with search and filters,
 * {@code lineage.html} (the whole mesh), a page per product with its versions, a page per product
 * version, each port's consumers as CSV and JSON, the index as {@code index.json} and as {@code
 * index.js} (a script sets {@code window.DATAPRODUCT_CATALOG}, because browsers refuse to fetch
 * JSON from {@code file://}), and the stylesheet and script.
 *
 * <p>This class turns the index into views (plain records); the Mustache templates under {@code
 * templates/} turn views into HTML and escape every text ({@link Templates}). Pages are complete
 * without JavaScript: the script only narrows what is shown. Links are relative and nothing is
 * loaded from the network, so the catalog works from the file system and from any static web
 * server.
 */
final class CatalogSite {

  private static final String ASSET_CSS = "catalog.css";
  private static final String ASSET_JS = "catalog.js";
  static final String MESH_HTML = "lineage.html";

  private static final String VERSION_UP = "../../../../";
  private static final String PRODUCT_UP = "../../../";

  private final CatalogIndex index;
  private final CatalogQueries queries;
  private final VersionFiles folders;
  private final Map<String, List<ContractChanges.PortChange>> changes = new HashMap<>();
  private final Wording wording;

  /** What the pages show from a version's folder besides its entry. */
  interface VersionFiles {

    /** Whether the folder holds the check goal's compatibility report. */
    boolean hasReport(CatalogEntry e);

    /**
     * The documents exported with the version (ODCS, AsyncAPI, ...), as paths in its folder, such
     * as {@code exports/odcs.yaml}.
     */
    List<String> exports(CatalogEntry e);

    /** The bytes of {@code contract/<path>} in the folder, or {@code null} when it is not there. */
    byte[] contractFile(CatalogEntry e, String path);

    /**
     * The contract the folder holds, with the schema history a transitive level is judged against.
     *
     * @throws BuildError when it cannot be read
     */
    Contract contract(CatalogEntry e);
  }

  private CatalogSite(CatalogIndex index, VersionFiles folders, Wording wording) {
    this.index = index;
    this.queries = CatalogQueries.of(index);
    this.folders = folders;
    this.wording = wording;
  }

  /** Every file of the site, by path relative to the catalog directory. */
  static SortedMap<String, byte[]> files(
      CatalogIndex index, VersionFiles folders, Wording wording) {
    return new CatalogSite(index, folders, wording).render();
  }

  private SortedMap<String, byte[]> render() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    byte[] json = CatalogJson.write(index);
    files.put(CatalogLayout.INDEX_JSON, json);
    files.put(
        CatalogLayout.INDEX_JS,
        utf8(
            "window."
                + CatalogLayout.GLOBAL
                + " = "
                + new String(json, StandardCharsets.UTF_8).strip()
                + ";\n"));
    files.put(CatalogLayout.ASSETS + "/" + ASSET_CSS, asset(ASSET_CSS));
    files.put(CatalogLayout.ASSETS + "/" + ASSET_JS, asset(ASSET_JS));
    files.put(CatalogLayout.INDEX_HTML, utf8(Templates.render("index", indexView())));
    files.put(MESH_HTML, utf8(Templates.render("mesh", meshView())));
    for (Product product : index.products()) {
      String folder = CatalogLayout.productFolder(product.domain(), product.name());
      files.put(
          folder + "/" + CatalogLayout.PAGE,
          utf8(Templates.render("product", productView(product))));
      consumerExports(product)
          .forEach(
              (name, content) ->
                  files.put(folder + "/" + CatalogLayout.CONSUMERS + "/" + name, content));
      for (CatalogEntry entry : product.versions()) {
        files.put(
            CatalogLayout.versionFolder(entry.domain(), entry.name(), entry.version())
                + "/"
                + CatalogLayout.PAGE,
            utf8(Templates.render("version", versionView(product, entry))));
      }
    }
    return files;
  }

  // ---- views shared by the pages

  record Head(String title, String up) {

    String css() {
      return up + CatalogLayout.ASSETS + "/" + ASSET_CSS;
    }

    String js() {
      return up + CatalogLayout.ASSETS + "/" + ASSET_JS;
    }

    String indexJs() {
      return up + CatalogLayout.INDEX_JS;
    }

    String home() {
      return up + CatalogLayout.INDEX_HTML;
    }

    String mesh() {
      return up + MESH_HTML;
    }
  }

  /** A tag: its text and the index page filtered by it. */
  record Tag(String name, String href) {}

  record Fact(String label, String value, String css) {}

  record Link(String href, String text, String note) {}

  private static List<Tag> tags(CatalogEntry e, String up) {
    return e.tags().stream()
        .map(
            t ->
                new Tag(
                    t,
                    up
                        + CatalogLayout.INDEX_HTML
                        + "#tag="
                        + URLEncoder.encode(t, StandardCharsets.UTF_8)))
        .toList();
  }

  // ---- index.html

  record Option(String value) {}

  record Filter(String id, String label, List<Option> options) {}

  record Card(
      String href,
      String productHref,
      String title,
      String qualifiedName,
      String version,
      String domain,
      String owner,
      String tagsJson,
      String classification,
      String status,
      String pii,
      String compatibility,
      String description,
      String ownerText,
      String meta,
      List<Tag> tags) {

    boolean hasTags() {
      return !tags.isEmpty();
    }

    boolean hasPii() {
      return "yes".equals(pii);
    }
  }

  record IndexView(
      Head head,
      String summary,
      List<Filter> filters,
      String resultCount,
      String publishCommand,
      boolean empty,
      List<Card> cards,
      LineageView lineage) {}

  private IndexView indexView() {
    List<CatalogEntry> latest = index.latestEntries();
    List<Filter> filters =
        List.of(
            filter("domain", "Domain", latest.stream().map(CatalogEntry::domain)),
            filter("owner", "Owner", latest.stream().map(e -> e.owner().team())),
            filter("tag", "Tag", latest.stream().flatMap(e -> e.tags().stream())),
            filter(
                "classification",
                "Classification",
                latest.stream().map(CatalogEntry::classification)),
            filter("status", "Status", latest.stream().map(CatalogEntry::status)),
            filter(
                "compatibility",
                "Compatibility",
                latest.stream().flatMap(e -> e.ports().stream().map(Port::compatibility))),
            filter("pii", "Personal data", latest.stream().map(CatalogSite::pii)));
    List<Card> cards = index.products().stream().map(this::card).toList();
    return new IndexView(
        new Head("Data product catalog", ""),
        plural(index.products().size(), "product") + ", " + plural(index.versionCount(), "version"),
        filters,
        plural(latest.size(), "product"),
        wording.publish(),
        latest.isEmpty(),
        cards,
        lineage(latest, allEdges(), "", null));
  }

  private static Filter filter(String id, String label, Stream<String> values) {
    return new Filter(
        id,
        label,
        new TreeSet<>(values.filter(Objects::nonNull).toList()).stream().map(Option::new).toList());
  }

  /** {@code yes} when a field of any port is personal data. */
  private static String pii(CatalogEntry e) {
    boolean pii =
        e.ports().stream()
            .flatMap(p -> Stream.of(p.key(), p.value()))
            .filter(Objects::nonNull)
            .anyMatch(s -> s.fields().stream().anyMatch(CatalogEntry.Field::pii));
    return pii ? "yes" : "no";
  }

  private Card card(Product product) {
    CatalogEntry e = product.latestEntry();
    int consumers =
        queries.consumersOf(e.domain(), e.name()).values().stream().mapToInt(List::size).sum();
    String compatibility =
        e.ports().stream()
            .map(Port::compatibility)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .collect(Collectors.joining(" "));
    return new Card(
        versionHref("", e),
        CatalogLayout.productFolder(e.domain(), e.name()) + "/" + CatalogLayout.PAGE,
        title(e),
        e.qualifiedName(),
        e.version(),
        e.domain(),
        e.owner().team(),
        CatalogJson.inline(e.tags()),
        e.classification(),
        e.status(),
        pii(e),
        compatibility,
        e.description(),
        orDash(e.owner().team()),
        plural(e.ports().size(), "port")
            + " · "
            + plural(consumers, "consumer")
            + " · "
            + plural(product.versions().size(), "version"),
        tags(e, ""));
  }

  // ---- lineage.html

  record Choice(String value, boolean selected) {}

  record MeshView(Head head, List<Choice> products, LineageView lineage) {}

  private MeshView meshView() {
    List<Choice> choices =
        index.products().stream().map(p -> new Choice(p.qualifiedName(), false)).toList();
    return new MeshView(
        new Head("Lineage · Data product catalog", ""),
        choices,
        lineage(index.latestEntries(), allEdges(), "", null));
  }

  // ---- products/<domain>/<name>/index.html

  record VersionRow(
      String version,
      String href,
      String status,
      boolean latest,
      String ports,
      List<String> changes) {}

  record ProductView(
      Head head,
      String title,
      String qualifiedName,
      String domain,
      String name,
      String latest,
      String latestHref,
      String status,
      String classification,
      String description,
      String owner,
      String email,
      List<Tag> tags,
      List<VersionRow> versions,
      List<ConsumersView> consumers,
      LineageView lineage,
      String meshHref) {

    boolean hasTags() {
      return !tags.isEmpty();
    }

    boolean hasConsumers() {
      return !consumers.isEmpty();
    }
  }

  private ProductView productView(Product product) {
    CatalogEntry e = product.latestEntry();
    List<CatalogEntry> versions = product.versions();
    List<VersionRow> rows = new ArrayList<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      CatalogEntry v = versions.get(i);
      List<String> changes =
          i == 0
              ? List.of("First version in the catalog.")
              : summaries(changes(versions.get(i - 1), v));
      rows.add(
          new VersionRow(
              v.version(),
              v.version() + "/" + CatalogLayout.PAGE,
              v.status(),
              v.version().equals(product.latest()),
              v.ports().stream()
                  .map(Port::name)
                  .filter(Objects::nonNull)
                  .collect(Collectors.joining(", ")),
              changes));
    }
    return new ProductView(
        new Head(title(e) + " · Data product catalog", PRODUCT_UP),
        title(e),
        e.qualifiedName(),
        e.domain(),
        e.name(),
        product.latest(),
        product.latest() + "/" + CatalogLayout.PAGE,
        e.status(),
        e.classification(),
        e.description(),
        orDash(e.owner().team()),
        e.owner().email(),
        tags(e, PRODUCT_UP),
        rows,
        consumers(e, PRODUCT_UP, ""),
        oneHop(e, PRODUCT_UP),
        PRODUCT_UP
            + MESH_HTML
            + "#focus="
            + URLEncoder.encode(e.qualifiedName(), StandardCharsets.UTF_8));
  }

  /**
   * The changes from {@code previous} to {@code e}, worked out once for the product page and the
   * version page.
   */
  private List<ContractChanges.PortChange> changes(CatalogEntry previous, CatalogEntry e) {
    return changes.computeIfAbsent(
        e.qualifiedName() + " " + e.version(), k -> VersionChanges.between(previous, e, folders));
  }

  private static List<String> summaries(List<ContractChanges.PortChange> changes) {
    return changes.isEmpty()
        ? List.of("No change to ports or fields.")
        : changes.stream().map(VersionChanges::summary).toList();
  }

  // ---- products/<domain>/<name>/<version>/index.html

  record PortView(
      String name, String description, String status, String compatibility, List<Fact> facts) {}

  record FieldView(String name, String type, String defaultValue, String doc, boolean pii) {}

  record SchemaPart(
      String part, String lower, String type, String doc, List<FieldView> fields, String port) {

    String dataSchema() {
      return port + "/" + lower;
    }

    boolean hasFields() {
      return !fields.isEmpty();
    }
  }

  record SchemaView(String port, boolean noKey, List<SchemaPart> parts) {}

  record InputView(String name, ProductRef product, String port) {}

  /** A link to a product's newest page, or its name marked as unknown to the catalog. */
  record ProductRef(String name, String href) {}

  record ConsumerRow(
      String port,
      ProductRef product,
      String version,
      String inputPort,
      String owner,
      String status) {}

  record ConsumersView(String port, String csv, String json, List<ConsumerRow> rows) {}

  record WaiverView(String rule, String target, String justification) {}

  record HistoryRow(String version, String href, boolean current, String status) {}

  record VersionView(
      Head head,
      String title,
      String qualifiedName,
      String domain,
      String name,
      String version,
      String status,
      String classification,
      String newer,
      String productHref,
      String description,
      String owner,
      String email,
      List<Tag> tags,
      List<PortView> ports,
      List<SchemaView> schemas,
      List<InputView> inputs,
      List<ConsumersView> consumers,
      LineageView lineage,
      List<WaiverView> waivers,
      List<Link> files,
      List<Link> exports,
      List<HistoryRow> history,
      String previous,
      List<ContractChanges.PortChange> changes,
      String meshHref) {

    boolean hasTags() {
      return !tags.isEmpty();
    }

    boolean hasConsumers() {
      return !consumers.isEmpty();
    }

    boolean hasInputs() {
      return !inputs.isEmpty();
    }

    boolean hasWaivers() {
      return !waivers.isEmpty();
    }

    boolean hasExports() {
      return !exports.isEmpty();
    }

    boolean hasPrevious() {
      return previous != null;
    }

    boolean unchanged() {
      return changes.isEmpty();
    }
  }

  private VersionView versionView(Product product, CatalogEntry e) {
    List<PortView> ports =
        e.ports().stream()
            .map(
                p ->
                    new PortView(
                        p.name(),
                        p.description(),
                        p.status(),
                        p.compatibility(),
                        List.of(
                            new Fact("Topic", p.topic(), "topic"),
                            new Fact("Key", p.key() == null ? "no key" : p.key().type(), "key"),
                            new Fact("Value", p.value() == null ? null : p.value().type(), "value"),
                            new Fact("Encoding", p.encoding(), null),
                            new Fact(
                                "Partitions",
                                p.partitions() == null ? null : p.partitions().toString(),
                                null),
                            new Fact("Retention", p.retention(), null),
                            new Fact("Cleanup", p.cleanupPolicy(), null),
                            new Fact(
                                "Freshness",
                                p.slo() == null ? null : p.slo().freshness(),
                                "freshness"),
                            new Fact(
                                "Availability",
                                p.slo() == null || p.slo().availability() == null
                                    ? null
                                    : p.slo().availability() + " %",
                                "availability"))))
            .toList();
    List<SchemaView> schemas =
        e.ports().stream()
            .map(
                p ->
                    new SchemaView(
                        p.name(),
                        p.key() == null,
                        Stream.of(
                                part("Key", p.key(), p.name()), part("Value", p.value(), p.name()))
                            .filter(Objects::nonNull)
                            .toList()))
            .toList();
    List<InputView> inputs =
        e.inputPorts().stream()
            .map(i -> new InputView(i.name(), productRef(i.product(), VERSION_UP), i.port()))
            .toList();
    List<WaiverView> waivers =
        e.waivers().stream()
            .map(w -> new WaiverView(w.rule(), w.target(), w.justification()))
            .toList();

    List<Link> files = new ArrayList<>();
    files.add(new Link("contract/dataproduct.yaml", "dataproduct.yaml", "descriptor"));
    files.add(
        new Link("contract/contract.json", "contract.json", "contract index with schema history"));
    for (Port p : e.ports()) {
      if (p.key() != null) {
        files.add(
            new Link(
                "contract/ports/" + p.name() + "/key.avsc",
                "ports/" + p.name() + "/key.avsc",
                null));
      }
      files.add(
          new Link(
              "contract/ports/" + p.name() + "/value.avsc",
              "ports/" + p.name() + "/value.avsc",
              null));
    }
    if (folders.hasReport(e)) {
      files.add(new Link(CatalogLayout.REPORT, CatalogLayout.REPORT, "compatibility report"));
    }
    files.add(new Link(CatalogLayout.WAIVERS, CatalogLayout.WAIVERS, null));
    List<Link> exportLinks =
        folders.exports(e).stream().map(path -> new Link(path, path, null)).toList();

    List<CatalogEntry> newestFirst = new ArrayList<>(product.versions());
    Collections.reverse(newestFirst);
    List<HistoryRow> history =
        newestFirst.stream()
            .map(
                v ->
                    new HistoryRow(
                        v.version(),
                        "../" + v.version() + "/" + CatalogLayout.PAGE,
                        v.version().equals(e.version()),
                        v.status()))
            .toList();
    int position = product.versions().indexOf(e);
    CatalogEntry previous = position <= 0 ? null : product.versions().get(position - 1);
    List<ContractChanges.PortChange> changes = previous == null ? List.of() : changes(previous, e);

    return new VersionView(
        new Head(title(e) + " " + e.version() + " · Data product catalog", VERSION_UP),
        title(e),
        e.qualifiedName(),
        e.domain(),
        e.name(),
        e.version(),
        e.status(),
        e.classification(),
        e.version().equals(product.latest()) ? null : product.latest(),
        "../" + CatalogLayout.PAGE,
        e.description(),
        orDash(e.owner().team()),
        e.owner().email(),
        tags(e, VERSION_UP),
        ports,
        schemas,
        inputs,
        consumers(e, VERSION_UP, "../"),
        oneHop(e, VERSION_UP),
        waivers,
        files,
        exportLinks,
        history,
        previous == null ? null : previous.version(),
        changes,
        VERSION_UP
            + MESH_HTML
            + "#focus="
            + URLEncoder.encode(e.qualifiedName(), StandardCharsets.UTF_8));
  }

  private static SchemaPart part(String part, SchemaSummary schema, String port) {
    if (schema == null) {
      return null;
    }
    List<FieldView> fields =
        schema.fields().stream()
            .map(f -> new FieldView(f.name(), f.type(), f.defaultValue(), f.doc(), f.pii()))
            .toList();
    return new SchemaPart(part, part.toLowerCase(), schema.type(), schema.doc(), fields, port);
  }

  /**
   * The consumers of each port of {@code e}'s product, linked to their exports in the product
   * folder ({@code toProduct}).
   */
  private List<ConsumersView> consumers(CatalogEntry e, String up, String toProduct) {
    List<ConsumersView> out = new ArrayList<>();
    queries
        .consumersOf(e.domain(), e.name())
        .forEach(
            (port, consumers) -> {
              List<ConsumerRow> rows =
                  consumers.stream()
                      .map(
                          c ->
                              new ConsumerRow(
                                  port,
                                  productRef(c.product(), up),
                                  c.version(),
                                  c.inputPort(),
                                  c.ownerTeam(),
                                  c.status()))
                      .toList();
              boolean exported = safeName(port);
              out.add(
                  new ConsumersView(
                      port,
                      exported ? toProduct + CatalogLayout.CONSUMERS + "/" + port + ".csv" : null,
                      exported ? toProduct + CatalogLayout.CONSUMERS + "/" + port + ".json" : null,
                      rows));
            });
    return out;
  }

  // ---- products/<domain>/<name>/consumers/<port>.csv and .json

  /**
   * Each port's consumers as check's impact analysis counts them (retired ones read nothing), by
   * file name. A port whose name would not make a plain file name gets none.
   */
  private SortedMap<String, byte[]> consumerExports(Product product) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    queries
        .consumersOf(product.domain(), product.name())
        .forEach(
            (port, all) -> {
              if (!safeName(port)) {
                return;
              }
              List<Consumer> reading = CatalogQueries.reading(all);
              StringBuilder csv =
                  new StringBuilder("product,version,input_port,owner_team,status\r\n");
              for (Consumer c : reading) {
                csv.append(
                        Stream.of(
                                c.product(), c.version(), c.inputPort(), c.ownerTeam(), c.status())
                            .map(CatalogSite::csv)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
              }
              files.put(port + ".csv", utf8(csv.toString()));
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("product", product.qualifiedName());
              json.put("port", port);
              json.put("consumers", reading);
              files.put(port + ".json", CatalogJson.write(json));
            });
    return files;
  }

  /** A CSV field (RFC 4180), with a leading formula character neutralised for spreadsheets. */
  private static String csv(String value) {
    if (value == null) {
      return "";
    }
    String text = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static boolean safeName(String port) {
    return port.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
  }

  // ---- lineage

  record Line(String text, int x, int y) {}

  record NodeView(
      String name,
      String href,
      String classes,
      String tooltip,
      int x,
      int y,
      int width,
      int height,
      int textX,
      int nameY,
      int detailY,
      String label,
      String detail) {}

  record EdgeView(String from, String to, String d, String title, List<Line> labels) {

    String key() {
      return from + "->" + to;
    }
  }

  record LineageView(
      int width,
      int height,
      String title,
      List<NodeView> nodes,
      List<EdgeView> edges,
      String emptyText) {

    // LineageLayout's sizes, for catalog.js, which lays out again what a filter leaves shown.

    int nodeWidth() {
      return LineageLayout.NODE_WIDTH;
    }

    int nodeHeight() {
      return LineageLayout.NODE_HEIGHT;
    }

    int row() {
      return LineageLayout.ROW;
    }

    int column() {
      return LineageLayout.COLUMN;
    }

    int top() {
      return LineageLayout.TOP;
    }

    int line() {
      return LineageLayout.LINE;
    }

    int labelWidth() {
      return LineageLayout.LABEL_WIDTH;
    }
  }

  /** Edges between the newest versions of all products, from their input ports. */
  private List<LineageLayout.Edge> allEdges() {
    List<LineageLayout.Edge> edges = new ArrayList<>();
    for (CatalogEntry e : index.latestEntries()) {
      upstreamEdges(e, edges);
    }
    return edges;
  }

  /** An edge from each product {@code e} reads, labelled with the ports it reads there. */
  private void upstreamEdges(CatalogEntry e, List<LineageLayout.Edge> edges) {
    Map<String, List<String>> ports = new LinkedHashMap<>();
    for (Input input : e.inputPorts()) {
      if (input.product() != null) {
        ports
            .computeIfAbsent(input.product(), k -> new ArrayList<>())
            .add(portLabel(input.product(), input.port()));
      }
    }
    ports.forEach(
        (upstream, labels) ->
            edges.add(new LineageLayout.Edge(upstream, e.qualifiedName(), labels)));
  }

  /** {@code e}, the products it reads, and the products that read it. */
  private LineageView oneHop(CatalogEntry e, String up) {
    List<LineageLayout.Edge> edges = new ArrayList<>();
    upstreamEdges(e, edges);
    Map<String, List<String>> downstream = new LinkedHashMap<>();
    queries
        .consumersOf(e.domain(), e.name())
        .forEach(
            (port, consumers) ->
                consumers.forEach(
                    c ->
                        downstream
                            .computeIfAbsent(c.product(), k -> new ArrayList<>())
                            .add(portLabel(e, port))));
    downstream.forEach(
        (consumer, labels) ->
            edges.add(
                new LineageLayout.Edge(
                    e.qualifiedName(), consumer, labels.stream().distinct().toList())));
    return lineage(List.of(e), edges, up, e.qualifiedName());
  }

  /**
   * {@code port · version · compatibility} of the product's newest version, or the port alone for
   * an unknown product.
   */
  private String portLabel(String qualifiedName, String port) {
    Product product = product(qualifiedName);
    return product == null ? orDash(port) : portLabel(product.latestEntry(), port);
  }

  private static String portLabel(CatalogEntry e, String port) {
    String compatibility =
        e.ports().stream()
            .filter(p -> Objects.equals(p.name(), port))
            .map(Port::compatibility)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return orDash(port)
        + " · "
        + e.version()
        + (compatibility == null ? "" : " · " + compatibility);
  }

  private LineageView lineage(
      List<CatalogEntry> entries, List<LineageLayout.Edge> edges, String up, String focus) {
    LineageLayout.Layout layout =
        LineageLayout.of(entries.stream().map(CatalogEntry::qualifiedName).toList(), edges);
    List<NodeView> nodes = new ArrayList<>();
    for (LineageLayout.Node node : layout.nodes()) {
      Product product = product(node.name());
      String classes =
          "node"
              + (node.name().equals(focus) ? " focus" : "")
              + (product == null ? " unknown" : "");
      nodes.add(
          new NodeView(
              node.name(),
              product == null
                  ? null
                  : up
                      + CatalogLayout.productFolder(product.domain(), product.name())
                      + "/"
                      + product.latest()
                      + "/"
                      + CatalogLayout.PAGE,
              classes,
              product == null
                  ? node.name() + " (not in the catalog)"
                  : node.name() + " " + product.latest(),
              node.x(),
              node.y(),
              LineageLayout.NODE_WIDTH,
              LineageLayout.NODE_HEIGHT,
              node.x() + 12,
              node.y() + 20,
              node.y() + 37,
              shorten(node.name(), 30),
              product == null
                  ? "not in the catalog"
                  : shorten(
                      product.latest() + " · " + orDash(product.latestEntry().owner().team()),
                      34)));
    }
    List<EdgeView> paths = new ArrayList<>();
    for (LineageLayout.Path path : layout.edges()) {
      List<String> labels = path.edge().labels();
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        // Further ports stack upwards, so the first stays next to the line.
        lines.add(
            new Line(
                shorten(labels.get(i), 40),
                path.labelX(),
                path.labelY() - (labels.size() - 1 - i) * LineageLayout.LINE));
      }
      paths.add(
          new EdgeView(
              path.edge().from(),
              path.edge().to(),
              path.d(),
              path.edge().from() + " → " + path.edge().to() + ": " + String.join(", ", labels),
              lines));
    }
    String title =
        "Lineage: "
            + (edges.isEmpty()
                ? "no edges"
                : edges.stream()
                    .map(edge -> edge.from() + " → " + edge.to())
                    .collect(Collectors.joining(", ")));
    String empty =
        !edges.isEmpty()
            ? null
            : focus == null
                ? "No product reads another yet."
                : "This product reads no other product, and the catalog knows no product that reads it.";
    return new LineageView(layout.width(), layout.height(), title, nodes, paths, empty);
  }

  // ---- small things

  private Product product(String qualifiedName) {
    if (qualifiedName == null) {
      return null;
    }
    int slash = qualifiedName.indexOf('/');
    return slash < 0
        ? null
        : index
            .product(qualifiedName.substring(0, slash), qualifiedName.substring(slash + 1))
            .orElse(null);
  }

  private ProductRef productRef(String qualifiedName, String up) {
    Product product = product(qualifiedName);
    return new ProductRef(
        orDash(qualifiedName),
        product == null
            ? null
            : up
                + CatalogLayout.productFolder(product.domain(), product.name())
                + "/"
                + product.latest()
                + "/"
                + CatalogLayout.PAGE);
  }

  private static String versionHref(String up, CatalogEntry e) {
    return up
        + CatalogLayout.versionFolder(e.domain(), e.name(), e.version())
        + "/"
        + CatalogLayout.PAGE;
  }

  private static String title(CatalogEntry e) {
    return e.title() == null || e.title().isBlank() ? e.name() : e.title();
  }

  private static String orDash(String text) {
    return text == null ? "–" : text;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] asset(String name) {
    try (InputStream in = CatalogSite.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "The dataproduct-core jar lacks " + name + "; it is damaged, download it again");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
