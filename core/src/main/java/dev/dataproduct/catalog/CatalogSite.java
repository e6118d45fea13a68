package dev.dataproduct.catalog;

import static dev.dataproduct.catalog.Html.escape;

import dev.dataproduct.catalog.CatalogEntry.Field;
import dev.dataproduct.catalog.CatalogEntry.Input;
import dev.dataproduct.catalog.CatalogEntry.Port;
import dev.dataproduct.catalog.CatalogEntry.SchemaSummary;
import dev.dataproduct.catalog.CatalogIndex.Product;
import dev.dataproduct.catalog.CatalogQueries.Consumer;
import dev.dataproduct.support.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The static HTML catalog, rendered from the index: {@code index.html} with search and filters,
 * a page per product version, a page per product that forwards to its newest version, the index
 * as {@code index.json} and as {@code index.js} (a script sets {@code window.DATAPRODUCT_CATALOG},
 * because browsers refuse to fetch JSON from {@code file://}), and the stylesheet and script.
 *
 * <p>Pages are complete without JavaScript: everything is rendered here, escaped, and the script
 * only narrows the product list as the user types. Links are relative and nothing is loaded from
 * the network, so the catalog works from the file system and from any static web server.
 */
final class CatalogSite {

  private static final String ASSET_CSS = "catalog.css";
  private static final String ASSET_JS = "catalog.js";

  private static final int NODE_WIDTH = 220;
  private static final int NODE_HEIGHT = 46;
  private static final int ROW = 62;
  private static final int COLUMN = 300;

  private final CatalogIndex index;
  private final CatalogQueries queries;
  private final Predicate<CatalogEntry> hasReport;
  private final Wording wording;

  private CatalogSite(CatalogIndex index, Predicate<CatalogEntry> hasReport, Wording wording) {
    this.index = index;
    this.queries = CatalogQueries.of(index);
    this.hasReport = hasReport;
    this.wording = wording;
  }

  /** Every file of the site, by path relative to the catalog directory. */
  static SortedMap<String, byte[]> files(CatalogIndex index, Predicate<CatalogEntry> hasReport, Wording wording) {
    return new CatalogSite(index, hasReport, wording).render();
  }

  private SortedMap<String, byte[]> render() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    byte[] json = CatalogJson.write(index);
    files.put(CatalogLayout.INDEX_JSON, json);
    files.put(CatalogLayout.INDEX_JS, utf8("window." + CatalogLayout.GLOBAL + " = " + new String(json, StandardCharsets.UTF_8).strip() + ";\n"));
    files.put(CatalogLayout.ASSETS + "/" + ASSET_CSS, asset(ASSET_CSS));
    files.put(CatalogLayout.ASSETS + "/" + ASSET_JS, asset(ASSET_JS));
    files.put(CatalogLayout.INDEX_HTML, utf8(indexPage()));
    for (Product product : index.products()) {
      files.put(CatalogLayout.productFolder(product.domain(), product.name()) + "/" + CatalogLayout.PAGE, utf8(latestRedirect(product)));
      for (CatalogEntry entry : product.versions()) {
        files.put(CatalogLayout.versionFolder(entry.domain(), entry.name(), entry.version()) + "/" + CatalogLayout.PAGE,
            utf8(versionPage(product, entry)));
      }
    }
    return files;
  }

  // ---- index.html

  private String indexPage() {
    List<CatalogEntry> latest = index.latestEntries();
    StringBuilder html = new StringBuilder();
    head(html, "Data product catalog", "");
    html.append("<header class=\"site\"><h1>Data product catalog</h1>\n<p class=\"summary\">")
        .append(plural(index.products().size(), "product")).append(", ")
        .append(plural(index.versionCount(), "version")).append("</p></header>\n<main>\n");
    html.append("<form id=\"filters\" role=\"search\" onsubmit=\"return false\">\n")
        .append("<div class=\"field grow\"><label for=\"search\">Search</label>")
        .append("<input id=\"search\" type=\"search\" data-testid=\"search\" placeholder=\"Name, description, port, topic, field…\" autocomplete=\"off\"></div>\n");
    select(html, "domain", "Domain", latest.stream().map(CatalogEntry::domain).toList());
    select(html, "owner", "Owner", latest.stream().map(e -> e.owner().team()).toList());
    select(html, "tag", "Tag", latest.stream().flatMap(e -> e.tags().stream()).toList());
    select(html, "classification", "Classification", latest.stream().map(CatalogEntry::classification).toList());
    html.append("</form>\n<p id=\"result-count\" aria-live=\"polite\">").append(plural(latest.size(), "product")).append("</p>\n");
    if (latest.isEmpty()) {
      html.append("<p class=\"empty\">No products are published yet. Run <code>").append(escape(wording.publish()))
          .append("</code> in a data product project.</p>\n");
    }
    html.append("<ul id=\"products\" class=\"cards\">\n");
    for (Product product : index.products()) {
      card(html, product);
    }
    html.append("</ul>\n<p id=\"no-match\" class=\"empty\" hidden>No product matches. Clear the search or the filters.</p>\n");
    html.append("<section aria-labelledby=\"lineage-heading\"><h2 id=\"lineage-heading\">Lineage</h2>\n");
    lineage(html, index.latestEntries(), allEdges(), "", null);
    html.append("</section>\n</main>\n");
    html.append("<script src=\"").append(CatalogLayout.INDEX_JS).append("\"></script>\n")
        .append("<script src=\"").append(CatalogLayout.ASSETS).append('/').append(ASSET_JS).append("\"></script>\n");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void select(StringBuilder html, String id, String label, List<String> values) {
    html.append("<div class=\"field\"><label for=\"filter-").append(id).append("\">").append(label).append("</label>")
        .append("<select id=\"filter-").append(id).append("\" data-filter=\"").append(id).append("\"><option value=\"\">All</option>");
    for (String value : new TreeSet<>(values.stream().filter(Objects::nonNull).toList())) {
      html.append("<option value=\"").append(escape(value)).append("\">").append(escape(value)).append("</option>");
    }
    html.append("</select></div>\n");
  }

  private void card(StringBuilder html, Product product) {
    CatalogEntry e = product.latestEntry();
    String page = versionHref("", e);
    int consumers = queries.consumersOf(e.domain(), e.name()).values().stream().mapToInt(List::size).sum();
    html.append("<li class=\"product-card\" data-testid=\"product-card\"")
        .append(attr("data-product", e.qualifiedName()))
        .append(attr("data-domain", e.domain()))
        .append(attr("data-owner", e.owner().team()))
        .append(attr("data-tags", CatalogJson.inline(e.tags())))
        .append(attr("data-classification", e.classification()))
        .append(attr("data-status", e.status()))
        .append(">\n<h2><a href=\"").append(escape(page)).append("\">").append(escape(title(e))).append("</a></h2>\n")
        .append("<p class=\"qname\"><span class=\"product-name\">").append(escape(e.qualifiedName())).append("</span> ")
        .append("<span class=\"version\">").append(escape(e.version())).append("</span> ")
        .append(badge("status", e.status())).append(' ').append(badge("classification", e.classification())).append("</p>\n")
        .append("<p class=\"description\">").append(escape(e.description())).append("</p>\n")
        .append("<p class=\"meta\">Owner <span class=\"owner\">").append(escape(orDash(e.owner().team()))).append("</span>")
        .append(" · ").append(plural(e.ports().size(), "port"))
        .append(" · ").append(plural(consumers, "consumer"))
        .append(" · ").append(plural(product.versions().size(), "version")).append("</p>\n");
    if (!e.tags().isEmpty()) {
      html.append("<ul class=\"tags\" aria-label=\"Tags\">");
      e.tags().forEach(t -> html.append("<li class=\"tag\">").append(escape(t)).append("</li>"));
      html.append("</ul>\n");
    }
    html.append("</li>\n");
  }

  // ---- products/<domain>/<name>/index.html

  private static String latestRedirect(Product product) {
    String target = escape(product.latest() + "/" + CatalogLayout.PAGE);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"refresh\" content=\"0; url=").append(target).append("\">\n")
        .append("<title>").append(escape(product.qualifiedName())).append("</title>\n</head>\n<body>\n")
        .append("<p>The newest version of ").append(escape(product.qualifiedName())).append(" is <a href=\"").append(target).append("\">")
        .append(escape(product.latest())).append("</a>.</p>\n</body>\n</html>\n");
    return html.toString();
  }

  // ---- products/<domain>/<name>/<version>/index.html

  private String versionPage(Product product, CatalogEntry e) {
    String up = "../../../../";
    StringBuilder html = new StringBuilder();
    head(html, title(e) + " " + e.version() + " · Data product catalog", up);
    html.append("<header class=\"site\"><nav aria-label=\"Breadcrumb\"><a href=\"").append(up).append(CatalogLayout.INDEX_HTML)
        .append("\">Catalog</a> / <span>").append(escape(e.domain())).append("</span> / <span>").append(escape(e.name()))
        .append("</span></nav>\n");
    html.append("<h1 id=\"product-title\">").append(escape(title(e))).append(" <span class=\"version\">")
        .append(escape(e.version())).append("</span></h1>\n");
    html.append("<p class=\"qname\"><span class=\"product-name\">").append(escape(e.qualifiedName())).append("</span> ")
        .append(badge("status", e.status())).append(' ').append(badge("classification", e.classification()));
    if (!e.version().equals(product.latest())) {
      html.append(" <a class=\"newer\" href=\"../").append(escape(product.latest())).append("/index.html\">Newest version: ")
          .append(escape(product.latest())).append("</a>");
    }
    html.append("</p>\n</header>\n<main>\n");
    html.append("<p id=\"description\" class=\"description\">").append(escape(e.description())).append("</p>\n");

    html.append("<section id=\"owner\" aria-labelledby=\"owner-heading\"><h2 id=\"owner-heading\">Owner</h2>\n<dl>")
        .append("<dt>Team</dt><dd class=\"owner\">").append(escape(orDash(e.owner().team()))).append("</dd>");
    if (e.owner().email() != null) {
      html.append("<dt>Email</dt><dd><a href=\"mailto:").append(escape(e.owner().email())).append("\">")
          .append(escape(e.owner().email())).append("</a></dd>");
    }
    if (!e.tags().isEmpty()) {
      html.append("<dt>Tags</dt><dd><ul class=\"tags\">");
      e.tags().forEach(t -> html.append("<li class=\"tag\">").append(escape(t)).append("</li>"));
      html.append("</ul></dd>");
    }
    html.append("</dl></section>\n");

    portsTable(html, e);
    schemas(html, e);
    inputsTable(html, e);
    consumersTable(html, e);

    html.append("<section aria-labelledby=\"lineage-heading\"><h2 id=\"lineage-heading\">Lineage</h2>\n");
    List<CatalogEntry> nodes = new ArrayList<>();
    List<String[]> edges = new ArrayList<>();
    lineageOf(e, nodes, edges);
    lineage(html, nodes, edges, up, e.qualifiedName());
    html.append("</section>\n");

    waivers(html, e);
    files(html, e);
    versions(html, product, e);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void portsTable(StringBuilder html, CatalogEntry e) {
    html.append("<section aria-labelledby=\"ports-heading\"><h2 id=\"ports-heading\">Output ports</h2>\n");
    html.append("<div class=\"scroll\"><table id=\"ports\" data-testid=\"ports\">\n<thead><tr>")
        .append("<th scope=\"col\">Port</th><th scope=\"col\">Topic</th><th scope=\"col\">Key</th><th scope=\"col\">Value</th>")
        .append("<th scope=\"col\">Compatibility</th><th scope=\"col\">Encoding</th><th scope=\"col\">Partitions</th>")
        .append("<th scope=\"col\">Retention</th><th scope=\"col\">Cleanup</th><th scope=\"col\">Freshness</th>")
        .append("<th scope=\"col\">Availability</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
    for (Port p : e.ports()) {
      html.append("<tr").append(attr("data-port", p.name())).append("><th scope=\"row\"><a href=\"#schema-")
          .append(escape(p.name())).append("\">").append(escape(p.name())).append("</a>");
      if (p.description() != null) {
        html.append("<div class=\"port-description\">").append(escape(p.description())).append("</div>");
      }
      html.append("</th>")
          .append(td(p.topic(), "topic"))
          .append(td(p.key() == null ? "no key" : p.key().type(), "key"))
          .append(td(p.value() == null ? null : p.value().type(), "value"))
          .append(td(p.compatibility(), null))
          .append(td(p.encoding(), null))
          .append(td(p.partitions() == null ? null : p.partitions().toString(), null))
          .append(td(p.retention(), null))
          .append(td(p.cleanupPolicy(), null))
          .append(td(p.slo() == null ? null : p.slo().freshness(), "freshness"))
          .append(td(p.slo() == null || p.slo().availability() == null ? null : p.slo().availability() + " %", "availability"))
          .append("<td>").append(badge("status", p.status())).append("</td></tr>\n");
    }
    html.append("</tbody></table></div></section>\n");
  }

  private static void schemas(StringBuilder html, CatalogEntry e) {
    html.append("<section id=\"schemas\" aria-labelledby=\"schemas-heading\"><h2 id=\"schemas-heading\">Schemas</h2>\n");
    for (Port p : e.ports()) {
      html.append("<section class=\"schema\"").append(attr("id", "schema-" + p.name())).append(attr("data-port", p.name()))
          .append("><h3>").append(escape(p.name())).append("</h3>\n");
      schema(html, "Key", p.key(), p.name());
      schema(html, "Value", p.value(), p.name());
      html.append("</section>\n");
    }
    html.append("</section>\n");
  }

  private static void schema(StringBuilder html, String part, SchemaSummary schema, String port) {
    if (schema == null) {
      if ("Key".equals(part)) {
        html.append("<p class=\"schema-part\">Key: none (records have no key)</p>\n");
      }
      return;
    }
    html.append("<h4 class=\"schema-part\">").append(part).append(": <code>").append(escape(schema.type())).append("</code></h4>\n");
    if (schema.doc() != null) {
      html.append("<p class=\"doc\">").append(escape(schema.doc())).append("</p>\n");
    }
    if (schema.fields().isEmpty()) {
      return;
    }
    html.append("<div class=\"scroll\"><table class=\"fields\"").append(attr("data-schema", port + "/" + part.toLowerCase()))
        .append(">\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
    for (Field f : schema.fields()) {
      html.append("<tr").append(attr("data-field", f.name())).append("><th scope=\"row\"><code>").append(escape(f.name())).append("</code>");
      if (f.pii()) {
        html.append(" <span class=\"badge pii\" title=\"Personal data\">pii</span>");
      }
      html.append("</th><td><code>").append(escape(f.type())).append("</code></td><td>")
          .append(f.doc() == null ? "<span class=\"missing\">no doc</span>" : escape(f.doc())).append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }

  private void inputsTable(StringBuilder html, CatalogEntry e) {
    html.append("<section aria-labelledby=\"inputs-heading\"><h2 id=\"inputs-heading\">Input ports</h2>\n");
    if (e.inputPorts().isEmpty()) {
      html.append("<p id=\"input-ports\" class=\"empty\">This product reads no other product.</p></section>\n");
      return;
    }
    html.append("<table id=\"input-ports\">\n<thead><tr><th scope=\"col\">Input port</th><th scope=\"col\">Product</th>")
        .append("<th scope=\"col\">Port</th></tr></thead>\n<tbody>\n");
    for (Input input : e.inputPorts()) {
      html.append("<tr><th scope=\"row\">").append(escape(input.name())).append("</th><td>")
          .append(productLink(input.product(), "../../../../")).append("</td>").append(td(input.port(), null)).append("</tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private void consumersTable(StringBuilder html, CatalogEntry e) {
    html.append("<section aria-labelledby=\"consumers-heading\"><h2 id=\"consumers-heading\">Consumers</h2>\n");
    Map<String, List<Consumer>> byPort = queries.consumersOf(e.domain(), e.name());
    if (byPort.isEmpty()) {
      html.append("<p id=\"consumers\" class=\"empty\">The catalog knows no product that reads this one.</p></section>\n");
      return;
    }
    html.append("<table id=\"consumers\">\n<thead><tr><th scope=\"col\">Port</th><th scope=\"col\">Read by</th>")
        .append("<th scope=\"col\">Version</th><th scope=\"col\">Input port</th><th scope=\"col\">Owner</th></tr></thead>\n<tbody>\n");
    byPort.forEach((port, consumers) -> consumers.forEach(c -> html
        .append("<tr><th scope=\"row\">").append(escape(port)).append("</th><td>").append(productLink(c.product(), "../../../../"))
        .append("</td>").append(td(c.version(), null)).append(td(c.inputPort(), null)).append(td(c.ownerTeam(), null)).append("</tr>\n")));
    html.append("</tbody></table></section>\n");
  }

  private static void waivers(StringBuilder html, CatalogEntry e) {
    html.append("<section aria-labelledby=\"waivers-heading\"><h2 id=\"waivers-heading\">Waivers</h2>\n");
    if (e.waivers().isEmpty()) {
      html.append("<p id=\"waivers\" class=\"empty\">No findings are waived.</p></section>\n");
      return;
    }
    html.append("<table id=\"waivers\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Target</th>")
        .append("<th scope=\"col\">Justification</th></tr></thead>\n<tbody>\n");
    e.waivers().forEach(w -> html.append("<tr><th scope=\"row\"><code>").append(escape(w.rule())).append("</code></th>")
        .append(td(w.target(), null)).append(td(w.justification(), "justification")).append("</tr>\n"));
    html.append("</tbody></table></section>\n");
  }

  private void files(StringBuilder html, CatalogEntry e) {
    html.append("<section aria-labelledby=\"files-heading\"><h2 id=\"files-heading\">Files</h2>\n<ul id=\"files\">")
        .append("<li><a href=\"contract/dataproduct.yaml\">dataproduct.yaml</a> (descriptor)</li>")
        .append("<li><a href=\"contract/contract.json\">contract.json</a> (contract index with schema history)</li>");
    for (Port p : e.ports()) {
      if (p.key() != null) {
        link(html, "contract/ports/" + p.name() + "/key.avsc");
      }
      link(html, "contract/ports/" + p.name() + "/value.avsc");
    }
    if (hasReport.test(e)) {
      html.append("<li><a href=\"").append(CatalogLayout.REPORT).append("\">").append(CatalogLayout.REPORT).append("</a> (compatibility report)</li>");
    }
    html.append("<li><a href=\"").append(CatalogLayout.WAIVERS).append("\">").append(CatalogLayout.WAIVERS).append("</a></li>");
    html.append("</ul></section>\n");
  }

  private static void link(StringBuilder html, String path) {
    html.append("<li><a href=\"").append(escape(path)).append("\">").append(escape(path.substring("contract/".length()))).append("</a></li>");
  }

  private static void versions(StringBuilder html, Product product, CatalogEntry current) {
    html.append("<section aria-labelledby=\"versions-heading\"><h2 id=\"versions-heading\">Version history</h2>\n<ol id=\"versions\" reversed>");
    List<CatalogEntry> newestFirst = new ArrayList<>(product.versions());
    Collections.reverse(newestFirst);
    for (CatalogEntry v : newestFirst) {
      html.append("<li").append(attr("data-version", v.version())).append(">");
      if (v.version().equals(current.version())) {
        html.append("<strong aria-current=\"page\">").append(escape(v.version())).append("</strong>");
      } else {
        html.append("<a href=\"../").append(escape(v.version())).append("/index.html\">").append(escape(v.version())).append("</a>");
      }
      html.append(' ').append(badge("status", v.status())).append("</li>");
    }
    html.append("</ol></section>\n");
  }

  // ---- lineage

  /** Edges {@code from -> to} between the newest versions of all products, from their input ports. */
  private List<String[]> allEdges() {
    List<String[]> edges = new ArrayList<>();
    for (CatalogEntry e : index.latestEntries()) {
      e.inputPorts().stream().map(Input::product).filter(Objects::nonNull).distinct()
          .forEach(upstream -> edges.add(new String[] {upstream, e.qualifiedName()}));
    }
    return edges;
  }

  /** The product, the products it reads, and the products that read it. */
  private void lineageOf(CatalogEntry e, List<CatalogEntry> nodes, List<String[]> edges) {
    nodes.add(e);
    e.inputPorts().stream().map(Input::product).filter(Objects::nonNull).distinct()
        .forEach(upstream -> edges.add(new String[] {upstream, e.qualifiedName()}));
    queries.consumersOf(e.domain(), e.name()).values().stream().flatMap(List::stream).map(Consumer::product).distinct()
        .forEach(downstream -> edges.add(new String[] {e.qualifiedName(), downstream}));
  }

  /**
   * Draws {@code edges} as an SVG, products in columns by their distance from the sources, each
   * edge a path with {@code data-edge="from->to"}, each node linked to its newest page; a text list
   * of the same edges follows for screen readers and for reading without a picture.
   */
  private void lineage(StringBuilder html, List<CatalogEntry> entries, List<String[]> edges, String up, String focus) {
    TreeSet<String> names = new TreeSet<>();
    entries.forEach(e -> names.add(e.qualifiedName()));
    edges.forEach(edge -> {
      names.add(edge[0]);
      names.add(edge[1]);
    });
    if (edges.isEmpty()) {
      html.append("<p class=\"empty\" id=\"lineage-empty\">")
          .append(focus == null ? "No product reads another yet." : "This product reads no other product, and the catalog knows no product that reads it.")
          .append("</p>\n");
    }
    Map<String, Integer> column = columns(names, edges);
    Map<Integer, List<String>> byColumn = new TreeMap<>();
    column.forEach((name, c) -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(name));
    int rows = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
    int width = Math.max(1, byColumn.size()) * COLUMN - (COLUMN - NODE_WIDTH) + 2;
    int height = rows * ROW + 2;
    Map<String, int[]> at = new LinkedHashMap<>();
    byColumn.forEach((c, inColumn) -> {
      int top = (rows - inColumn.size()) * ROW / 2;
      for (int i = 0; i < inColumn.size(); i++) {
        at.put(inColumn.get(i), new int[] {1 + c * COLUMN, 1 + top + i * ROW});
      }
    });
    html.append("<svg id=\"lineage\" data-testid=\"lineage\" class=\"lineage\" role=\"img\" aria-labelledby=\"lineage-title\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append("<title id=\"lineage-title\">Lineage: ").append(edges.isEmpty() ? "no edges" : escape(edgeList(edges))).append("</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>\n");
    for (String[] edge : edges) {
      int[] from = at.get(edge[0]);
      int[] to = at.get(edge[1]);
      int x1 = from[0] + NODE_WIDTH;
      int y1 = from[1] + NODE_HEIGHT / 2;
      int x2 = to[0];
      int y2 = to[1] + NODE_HEIGHT / 2;
      if (x2 <= x1) {
        // A back edge (a cycle): leave from the bottom and enter at the top, so it stays visible.
        x1 = from[0] + NODE_WIDTH / 2;
        y1 = from[1] + NODE_HEIGHT;
        x2 = to[0] + NODE_WIDTH / 2;
        y2 = to[1];
      }
      int mid = (x1 + x2) / 2;
      html.append("<path class=\"edge\"").append(attr("data-edge", edge[0] + "->" + edge[1]))
          .append(" d=\"M ").append(x1).append(' ').append(y1).append(" C ").append(mid).append(' ').append(y1).append(", ")
          .append(mid).append(' ').append(y2).append(", ").append(x2).append(' ').append(y2)
          .append("\" marker-end=\"url(#arrow)\"><title>").append(escape(edge[0] + " → " + edge[1])).append("</title></path>\n");
    }
    Map<String, Product> known = index.products().stream().collect(Collectors.toMap(Product::qualifiedName, Function.identity()));
    for (Map.Entry<String, int[]> node : at.entrySet()) {
      String name = node.getKey();
      int x = node.getValue()[0];
      int y = node.getValue()[1];
      Product product = known.get(name);
      String classes = "node" + (name.equals(focus) ? " focus" : "") + (product == null ? " unknown" : "");
      if (product != null) {
        html.append("<a href=\"").append(escape(up + CatalogLayout.productFolder(product.domain(), product.name()) + "/"
            + product.latest() + "/" + CatalogLayout.PAGE)).append("\">");
      }
      html.append("<g").append(attr("class", classes)).append(attr("data-node", name)).append(">")
          .append("<title>").append(escape(product == null ? name + " (not in the catalog)" : name + " " + product.latest())).append("</title>")
          .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(NODE_WIDTH)
          .append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"6\"/>")
          .append("<text x=\"").append(x + 12).append("\" y=\"").append(y + 20).append("\" class=\"node-name\">")
          .append(escape(shorten(name, 30))).append("</text>")
          .append("<text x=\"").append(x + 12).append("\" y=\"").append(y + 37).append("\" class=\"node-detail\">")
          .append(escape(product == null ? "not in the catalog" : shorten(product.latest() + " · " + orDash(product.latestEntry().owner().team()), 34)))
          .append("</text></g>");
      if (product != null) {
        html.append("</a>");
      }
      html.append('\n');
    }
    html.append("</svg>\n");
    if (!edges.isEmpty()) {
      html.append("<ul class=\"edges\" id=\"lineage-edges\">");
      edges.forEach(edge -> html.append("<li").append(attr("data-edge", edge[0] + "->" + edge[1])).append(">")
          .append(escape(edge[0])).append(" → ").append(escape(edge[1])).append("</li>"));
      html.append("</ul>\n");
    }
  }

  /** Each product's column: its longest distance from a product that reads nothing (cycles cut at a revisit). */
  private static Map<String, Integer> columns(TreeSet<String> names, List<String[]> edges) {
    Map<String, List<String>> upstreams = new TreeMap<>();
    edges.forEach(edge -> upstreams.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge[0]));
    Map<String, Integer> column = new TreeMap<>();
    for (String name : names) {
      depth(name, upstreams, column, new TreeSet<>());
    }
    return column;
  }

  private static int depth(String name, Map<String, List<String>> upstreams, Map<String, Integer> column, TreeSet<String> path) {
    Integer known = column.get(name);
    if (known != null) {
      return known;
    }
    if (!path.add(name)) {
      return 0;
    }
    int d = 0;
    for (String upstream : upstreams.getOrDefault(name, List.of())) {
      if (!path.contains(upstream)) {
        d = Math.max(d, depth(upstream, upstreams, column, path) + 1);
      }
    }
    path.remove(name);
    column.put(name, d);
    return d;
  }

  private static String edgeList(List<String[]> edges) {
    return edges.stream().map(e -> e[0] + " → " + e[1]).collect(Collectors.joining(", "));
  }

  // ---- shared bits

  private static void head(StringBuilder html, String title, String up) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"dataproduct-maven-plugin\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(up).append(CatalogLayout.ASSETS).append('/').append(ASSET_CSS).append("\">\n")
        .append("</head>\n<body>\n");
  }

  private String productLink(String qualifiedName, String up) {
    if (qualifiedName == null) {
      return "–";
    }
    int slash = qualifiedName.indexOf('/');
    Product product = slash < 0 ? null
        : index.product(qualifiedName.substring(0, slash), qualifiedName.substring(slash + 1)).orElse(null);
    if (product == null) {
      return escape(qualifiedName) + " <span class=\"missing\">(not in the catalog)</span>";
    }
    return "<a href=\"" + escape(up + CatalogLayout.productFolder(product.domain(), product.name()) + "/" + product.latest() + "/"
        + CatalogLayout.PAGE) + "\">" + escape(qualifiedName) + "</a>";
  }

  private static String versionHref(String up, CatalogEntry e) {
    return up + CatalogLayout.versionFolder(e.domain(), e.name(), e.version()) + "/" + CatalogLayout.PAGE;
  }

  private static String td(String text, String cssClass) {
    String open = cssClass == null ? "<td>" : "<td class=\"" + cssClass + "\">";
    return open + (text == null ? "<span class=\"missing\">–</span>" : escape(text)) + "</td>";
  }

  private static String badge(String kind, String value) {
    if (value == null) {
      return "";
    }
    return "<span class=\"badge " + kind + "\"" + attr("data-value", value) + ">" + escape(value) + "</span>";
  }

  private static String attr(String name, String value) {
    return value == null ? "" : " " + name + "=\"" + escape(value) + "\"";
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
        throw new IllegalStateException("The dataproduct-core jar lacks " + name + "; it is damaged, download it again");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
