package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.orders;
import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static dev.dataproduct.infra.catalog.CatalogFixtures.read;
import static dev.dataproduct.infra.catalog.CatalogFixtures.reads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSiteTest {

  @TempDir Path temp;

  private Path root() {
    return temp.resolve("catalog");
  }

  @Test
  void aTransitivePortsVerdictComesFromTheHistoryAndNamesTheReleasesItWasJudgedAgainst()
      throws IOException {
    DirectoryCatalog catalog = catalog(root());
    for (PublishRequest release : CatalogFixtures.ordersReleases(3, "BACKWARD_TRANSITIVE")) {
      catalog.publish(release);
    }

    String page = read(root().resolve("products/sales/orders/1.2.0/index.html"));

    assertTrue(
        page.contains(
            "<p class=\"verdict\">BACKWARD_TRANSITIVE compatible with its 2 releases from 1.0.0 to 1.1.0</p>"),
        page);
    assertTrue(
        read(root().resolve("products/sales/orders/1.1.0/index.html"))
            .contains("<p class=\"verdict\">BACKWARD_TRANSITIVE compatible with 1.0.0</p>"));
  }

  @Test
  void productTextsAreEscapedEverywhereTheyAppear() throws IOException {
    PublishRequest plain = product("sales", "orders", "1.0.0", "id");
    CatalogEntry e = plain.entry();
    CatalogEntry.Port port = e.ports().get(0);
    CatalogEntry.Port hostilePort =
        new CatalogEntry.Port(
            port.name(),
            "<script>alert('port')</script>",
            "topic\"><script>alert(5)</script>",
            "BACKWARD\"><img src=x>",
            port.encoding(),
            port.partitions(),
            port.retention(),
            port.cleanupPolicy(),
            port.slo(),
            port.status(),
            port.key(),
            new CatalogEntry.SchemaSummary(
                "Event",
                "<script>alert('doc')</script>",
                List.of(
                    new CatalogEntry.Field(
                        "id",
                        "string",
                        "it's <b>\"the\"</b> id",
                        true,
                        "\"<script>alert(6)</script>"))));
    CatalogEntry hostile =
        new CatalogEntry(
            e.domain(),
            e.name(),
            e.version(),
            "\"><img src=x onerror=alert(1)>",
            "<script>alert('description')</script>",
            e.status(),
            "internal\"><script>alert(2)</script>",
            new CatalogEntry.Owner(
                "</select><script>alert(3)</script>", "a@example.com\"><script>alert(4)</script>"),
            List.of("<b>tag</b>", "it's \"quoted\""),
            List.of(hostilePort),
            List.of(
                new CatalogEntry.Input(
                    "in\"<script>", "web/<script>alert(7)</script>", "p'\"><img src=x>")),
            List.of(
                new CatalogEntry.Waiver(
                    "RULE", "outputPorts/events", "<script>alert('waiver')</script>")),
            List.of());
    catalog(root()).publish(new PublishRequest(hostile, plain.contractFiles(), null, false));
    PublishRequest reader =
        product(
            "logistics",
            "shipments",
            "1.0.0",
            "id",
            new CatalogEntry.Input("x\"><script>alert(8)</script>", "sales/orders", "events"));
    CatalogEntry r = reader.entry();
    catalog(root())
        .publish(
            new PublishRequest(
                new CatalogEntry(
                    r.domain(),
                    r.name(),
                    r.version(),
                    r.title(),
                    r.description(),
                    r.status(),
                    r.classification(),
                    new CatalogEntry.Owner("=HYPERLINK(\"x\")<script>", null),
                    r.tags(),
                    r.ports(),
                    r.inputPorts(),
                    r.waivers(),
                    List.of()),
                reader.contractFiles(),
                null,
                false));

    String index = read(root().resolve("index.html"));
    String mesh = read(root().resolve("lineage.html"));
    String product = read(root().resolve("products/sales/orders/index.html"));
    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));
    String readerPage = read(root().resolve("products/logistics/shipments/1.0.0/index.html"));

    for (String html : List.of(index, mesh, product, page, readerPage)) {
      assertFalse(html.contains("<img") || html.contains("<b>"), "no markup from product texts");
      assertEquals(
          List.of(),
          all(html, "<script([^>]*)>").stream()
              .filter(
                  attributes ->
                      !attributes.matches(" src=\"(\\.\\./)*(index\\.js|assets/catalog\\.js)\""))
              .toList(),
          "the only scripts are the catalog's own files");
    }
    for (String html : List.of(index, product, page)) {
      assertTrue(
          html.contains("&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;"),
          "the description, escaped");
      assertTrue(
          html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the title, escaped");
      assertTrue(
          html.contains("internal&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"),
          "the classification, escaped");
    }
    assertTrue(
        index.contains(
            "<p class=\"description\">&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;</p>"));
    assertTrue(index.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a></h2>"));
    assertTrue(
        index.contains(
            "data-tags=\"[&quot;&lt;b&gt;tag&lt;/b&gt;&quot;,&quot;it&#39;s \\&quot;quoted\\&quot;&quot;]\""));
    assertTrue(
        index.contains("<option value=\"&lt;/select&gt;&lt;script&gt;alert(3)&lt;/script&gt;\">"));
    assertTrue(index.contains("data-compatibility=\"BACKWARD&quot;&gt;&lt;img src=x&gt;\""));
    assertTrue(index.contains("data-tag=\"it&#39;s &quot;quoted&quot;\""));
    assertTrue(mesh.contains("data-node=\"web/&lt;script&gt;alert(7)&lt;/script&gt;\""));
    assertTrue(
        product.contains(
            "<a class=\"tag\" href=\"../../../index.html#tag=it%27s+%22quoted%22\" data-tag=\"it&#39;s &quot;quoted&quot;\">"));
    assertTrue(
        page.contains(
            "<td class=\"justification\">&lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt;</td>"));
    assertTrue(
        page.contains(
            "<a href=\"mailto:a@example.com&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\">"));
    assertTrue(
        page.contains(
            "<p class=\"port-description\">&lt;script&gt;alert(&#39;port&#39;)&lt;/script&gt;</p>"));
    assertTrue(
        page.contains(
            "<dd class=\"topic\">topic&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;</dd>"));
    assertTrue(
        page.contains("<p class=\"doc\">&lt;script&gt;alert(&#39;doc&#39;)&lt;/script&gt;</p>"));
    assertTrue(
        page.contains("<code>&quot;&lt;script&gt;alert(6)&lt;/script&gt;</code>"),
        "a field's default, escaped");
    assertTrue(page.contains("<td>it&#39;s &lt;b&gt;&quot;the&quot;&lt;/b&gt; id</td>"));
    assertTrue(
        page.contains(
            "<th scope=\"row\">in&quot;&lt;script&gt;</th><td>web/&lt;script&gt;alert(7)&lt;/script&gt; <span class=\"missing\">"));
    assertTrue(
        page.contains("<td>x&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;</td>"),
        "the consumer's input port, escaped");
    assertTrue(
        readerPage.contains("<dd class=\"owner\">=HYPERLINK(&quot;x&quot;)&lt;script&gt;</dd>"));
    assertEquals(
        "product,version,input_port,owner_team,status\r\n"
            + "\"logistics/shipments\",\"1.0.0\",\"x\"\"><script>alert(8)</script>\",\"'=HYPERLINK(\"\"x\"\")<script>\",\"active\"\r\n",
        read(root().resolve("products/sales/orders/consumers/events.csv")),
        "CSV quoted, a formula neutralised");
  }

  @Test
  void theIndexPageListsTheNewestVersionOfEachProductWithSearchAndLabelledFilters()
      throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root()).publish(orders("1.1.0"));
    catalog(root()).publish(product("crm", "customers", "2.0.0", "email"));

    String index = read(root().resolve("index.html"));

    assertEquals(
        List.of(
            "products/crm/customers/2.0.0/index.html", "products/sales/orders/1.1.0/index.html"),
        all(index, "<li class=\"product-card\"[^>]*>\\s*<h2><a href=\"([^\"]+)\""));
    assertTrue(
        index.contains("<label for=\"search\">Search</label><input id=\"search\" type=\"search\""));
    for (String filter :
        List.of("domain", "owner", "tag", "classification", "status", "compatibility", "pii")) {
      assertTrue(index.contains("<label for=\"filter-" + filter + "\">"), filter);
    }
    assertEquals(
        List.of("", "crm", "sales"),
        all(index, "<select id=\"filter-domain\".*?</select>", "<option value=\"([^\"]*)\""));
    assertEquals(
        List.of("", "crm", "ecommerce", "orders"),
        all(index, "<select id=\"filter-tag\".*?</select>", "<option value=\"([^\"]*)\""));
    assertTrue(
        index.contains(
            "data-product=\"sales/orders\" data-domain=\"sales\" data-owner=\"sales-orders\""
                + " data-tags=\"[&quot;orders&quot;,&quot;ecommerce&quot;]\" data-classification=\"confidential\" data-status=\"active\""
                + " data-pii=\"yes\" data-compatibility=\"BACKWARD\""));
    assertEquals(
        List.of("", "no", "yes"),
        all(index, "<select id=\"filter-pii\".*?</select>", "<option value=\"([^\"]*)\""));
    assertEquals(
        List.of("", "BACKWARD"),
        all(
            index,
            "<select id=\"filter-compatibility\".*?</select>",
            "<option value=\"([^\"]*)\""));
    assertEquals(
        List.of("orders", "ecommerce"),
        all(
            index,
            "<li class=\"product-card\" data-testid=\"product-card\" data-product=\"sales/orders\".*?</li>\\s*</ul>",
            "<button type=\"button\" class=\"tag\" data-tag=\"([^\"]+)\""),
        "tags are buttons that filter");
  }

  @Test
  void aVersionPageShowsPortsSchemaFieldsWithPiiOwnerWaiversAndHistory() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root()).publish(orders("1.1.0"));

    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));

    assertTrue(
        page.contains(
            "<article class=\"port\" data-port=\"order-events\">\n<h3><a href=\"#schema-order-events\">order-events</a>"
                + " <span class=\"badge status\" data-value=\"active\">active</span> <span class=\"badge compatibility\" data-value=\"BACKWARD\">BACKWARD</span></h3>\n"
                + "<p class=\"port-description\">Order lifecycle events</p>\n"
                + "<dl class=\"facts\"><dt>Topic</dt><dd class=\"topic\">sales.orders.order-events.v1</dd>"
                + "<dt>Key</dt><dd class=\"key\">string</dd><dt>Value</dt><dd class=\"value\">com.example.orders.OrderEvent</dd>"
                + "<dt>Encoding</dt><dd>single-object</dd><dt>Partitions</dt><dd>6</dd><dt>Retention</dt><dd>P7D</dd><dt>Cleanup</dt><dd>delete</dd>"
                + "<dt>Freshness</dt><dd class=\"freshness\">PT5M</dd><dt>Availability</dt><dd class=\"availability\">99.9 %</dd></dl>"),
        page);
    assertEquals(
        List.of("orderId", "placedAt", "customer", "customer.email", "customer.segment", "lines"),
        all(page, "<tr data-field=\"([^\"]+)\""));
    assertEquals(
        List.of("customer.email"),
        all(
            page,
            "<tr data-field=\"([^\"]+)\"><th scope=\"row\"><code>[^<]+</code> <span class=\"badge pii\""));
    assertTrue(
        page.contains(
            "<td><code>long (timestamp-millis)</code></td><td class=\"default\"><span class=\"missing\">none</span></td>"
                + "<td>When the order was placed.</td>"));
    assertTrue(
        page.contains(
            "<tr data-field=\"customer.segment\"><th scope=\"row\"><code>customer.segment</code></th><td><code>null | string</code></td>"
                + "<td class=\"default\"><code>null</code></td>"),
        "defaults in the field table");
    assertTrue(
        page.contains(
            "<dd class=\"owner\">sales-orders</dd><dt>Email</dt><dd><a href=\"mailto:orders@example.com\">"));
    assertTrue(
        page.contains(
            "<tr><th scope=\"row\"><code>PORT-RETENTION-LOOSENED</code></th><td>outputPorts/order-events</td>"
                + "<td class=\"justification\">Consumers asked for a week of replay on 2026-03-01</td></tr>"));
    assertTrue(
        page.contains("<li data-version=\"1.1.0\"><a href=\"../1.1.0/index.html\">1.1.0</a>"));
    assertTrue(
        page.contains("<li data-version=\"1.0.0\"><strong aria-current=\"page\">1.0.0</strong>"));
    assertTrue(
        page.contains("<a class=\"newer\" href=\"../1.1.0/index.html\">Newest version: 1.1.0</a>"));
    assertTrue(
        page.contains("<li><a href=\"compatibility-report.json\">compatibility-report.json</a>"));
    assertTrue(
        page.contains("<h2 id=\"changes-heading\">What changed since") == false,
        "the first version has no predecessor");
    String newer = read(root().resolve("products/sales/orders/1.1.0/index.html"));
    assertTrue(
        newer.contains(
            "<h2 id=\"changes-heading\">What changed since 1.0.0</h2>\n<p id=\"changes\" class=\"empty\">No change to ports or fields.</p>"));
  }

  @Test
  void theLineageDrawsUpstreamsFromInputPortsAndDownstreamsFromConsumers() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root())
        .publish(
            product(
                "sales",
                "orders",
                "1.0.0",
                "id",
                reads("crm/customers", "events"),
                reads("web/clicks", "views")));
    catalog(root())
        .publish(product("logistics", "shipments", "1.0.0", "id", reads("sales/orders", "events")));

    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));
    String index = read(root().resolve("index.html"));

    List<String> edges = all(page, "<path class=\"edge\" data-edge=\"([^\"]+)\"");
    assertEquals(
        List.of(
            "crm/customers-&gt;sales/orders",
            "web/clicks-&gt;sales/orders",
            "sales/orders-&gt;logistics/shipments"),
        edges);
    assertTrue(page.contains("<g class=\"node focus\" data-node=\"sales/orders\">"));
    assertTrue(
        page.contains(
            "<g class=\"node unknown\" data-node=\"web/clicks\"><title>web/clicks (not in the catalog)</title>"));
    assertTrue(
        page.contains(
            "<a href=\"../../../../products/crm/customers/1.0.0/index.html\"><g class=\"node\" data-node=\"crm/customers\">"));
    assertEquals(
        List.of(
            "sales/orders-&gt;logistics/shipments",
            "crm/customers-&gt;sales/orders",
            "web/clicks-&gt;sales/orders"),
        all(index, "<path class=\"edge\" data-edge=\"([^\"]+)\""));
    assertTrue(
        index.contains(
            "<p class=\"meta\">Owner <span class=\"owner\">sales-team</span> · 1 port · 1 consumer · 1 version</p>"));
  }

  @Test
  void theProductPageListsItsVersionsNewestFirstWithWhatChangedInEach() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root()).publish(product("crm", "customers", "1.1.0", "email"));
    catalog(root()).publish(product("crm", "customers", "1.2.0", "email"));

    String page = read(root().resolve("products/crm/customers/index.html"));

    assertFalse(page.contains("http-equiv"), "a page, not a redirect");
    assertEquals(List.of("1.2.0", "1.1.0", "1.0.0"), all(page, "<tr data-version=\"([^\"]+)\""));
    assertTrue(
        page.contains(
            "<th scope=\"row\"><a href=\"1.2.0/index.html\">1.2.0</a> <span class=\"badge\">newest</span></th>"));
    assertEquals(
        List.of("No change to ports or fields."),
        all(page, "<tr data-version=\"1.2.0\">.*?</tr>", "<li>([^<]+)</li>"));
    assertEquals(
        List.of(
            "events: fields 1 added, 1 removed; not BACKWARD compatible with 1.0.0: Field &quot;email&quot; of record"
                + " &quot;com.example.customers.Event&quot; is not in the previous schema and has no default, so the new schema cannot read data"
                + " written with the previous one"),
        all(page, "<tr data-version=\"1.1.0\">.*?</tr>", "<li>([^<]+)</li>"));
    assertEquals(
        List.of("First version in the catalog."),
        all(page, "<tr data-version=\"1.0.0\">.*?</tr>", "<li>([^<]+)</li>"));
    assertTrue(
        page.contains("<a class=\"newest\" href=\"1.2.0/index.html\">Newest version: 1.2.0</a>"));

    String version = read(root().resolve("products/crm/customers/1.1.0/index.html"));
    assertTrue(
        version.contains(
            "<div class=\"port-change\" data-port=\"events\" data-verdict=\"breaking\">"),
        "the verdict of checking the published schemas");
    assertEquals(
        List.of("id|removed|string|compatible", "email|added|string, no default|breaking"),
        fieldChanges(version),
        "under BACKWARD a removed field breaks no reader of the new schema, a new one without a default does");
  }

  @Test
  void lineageEdgesAreLabelledWithThePortItsVersionAndItsCompatibility() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.2.0", "id"));
    catalog(root())
        .publish(product("sales", "orders", "1.0.0", "id", reads("crm/customers", "events")));

    String page = read(root().resolve("products/crm/customers/index.html"));

    assertEquals(
        List.of("events · 1.2.0 · BACKWARD"),
        all(
            page,
            "<g class=\"link\" data-from=\"crm/customers\" data-to=\"sales/orders\">.*?</g>",
            "<text class=\"edge-label\"[^>]*>([^<]+)</text>"));
    assertTrue(
        page.contains("<g class=\"node focus\" data-node=\"crm/customers\">"),
        "the product page has its one-hop lineage");
    assertTrue(page.contains("<a href=\"../../../lineage.html#focus=crm%2Fcustomers\">"));
  }

  @Test
  void theMeshPageDrawsEveryProductLeftToRightWithFocusAndDepthControls() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root())
        .publish(product("sales", "orders", "1.0.0", "id", reads("crm/customers", "events")));
    catalog(root())
        .publish(product("logistics", "shipments", "1.0.0", "id", reads("sales/orders", "events")));
    catalog(root()).publish(product("finance", "ledger", "1.0.0", "id"));

    String mesh = read(root().resolve("lineage.html"));

    Map<String, Integer> x = new TreeMap<>();
    Matcher node =
        Pattern.compile(
                "<g class=\"[^\"]*\" data-node=\"([^\"]+)\"><title>[^<]*</title><rect x=\"(\\d+)\"")
            .matcher(mesh);
    while (node.find()) {
      x.put(node.group(1), Integer.parseInt(node.group(2)));
    }
    assertEquals(4, x.size(), "every product, also one without lineage");
    assertTrue(
        x.get("crm/customers") < x.get("sales/orders")
            && x.get("sales/orders") < x.get("logistics/shipments"),
        "data flows left to right: " + x);
    assertEquals(
        List.of("", "crm/customers", "finance/ledger", "logistics/shipments", "sales/orders"),
        all(mesh, "<select id=\"focus\".*?</select>", "<option value=\"([^\"]*)\""));
    assertTrue(
        mesh.contains("<label for=\"upstream\">Upstream depth</label>")
            && mesh.contains("<label for=\"downstream\">Downstream depth</label>"));
  }

  @Test
  void aPortsConsumersAreExportedAsCsvAndJsonWithoutRetiredOnesAsCheckCountsThem()
      throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root())
        .publish(product("sales", "orders", "1.0.0", "id", reads("crm/customers", "events")));
    PublishRequest old = product("web", "legacy", "1.0.0", "id", reads("crm/customers", "events"));
    CatalogEntry o = old.entry();
    catalog(root())
        .publish(
            new PublishRequest(
                new CatalogEntry(
                    o.domain(),
                    o.name(),
                    o.version(),
                    o.title(),
                    o.description(),
                    "retired",
                    o.classification(),
                    o.owner(),
                    o.tags(),
                    o.ports(),
                    o.inputPorts(),
                    o.waivers(),
                    List.of()),
                old.contractFiles(),
                null,
                false));

    assertEquals(
        "product,version,input_port,owner_team,status\r\n\"sales/orders\",\"1.0.0\",\"customers\",\"sales-team\",\"active\"\r\n",
        read(root().resolve("products/crm/customers/consumers/events.csv")));
    String json = read(root().resolve("products/crm/customers/consumers/events.json"));
    assertTrue(
        json.contains("\"product\": \"crm/customers\"") && json.contains("\"port\": \"events\""),
        json);
    assertEquals(List.of("sales/orders"), all(json, "\"product\": \"([^\"]+)\"").subList(1, 2));
    assertFalse(json.contains("web/legacy"));
    String page = read(root().resolve("products/crm/customers/1.0.0/index.html"));
    assertTrue(
        page.contains("<a href=\"../consumers/events.csv\" download>CSV</a>")
            && page.contains("<a href=\"../consumers/events.json\" download>JSON</a>"));
  }

  @Test
  void filesTheEntryListsUnderExportsAreLinkedFromTheVersionPage() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    Path folder = root().resolve("products/crm/customers/1.0.0");
    Files.createDirectories(folder.resolve("exports"));
    Files.writeString(folder.resolve("exports/odcs.yaml"), "apiVersion: v3.0.0\n");
    String entry = read(folder.resolve("entry.json"));
    // This entry lists a file that is there, one that is not, and one outside the folder.
    Files.writeString(
        folder.resolve("entry.json"),
        entry.replace(
            "\"exports\": []",
            "\"exports\": [ \"exports/odcs.yaml\", \"exports/missing.json\", \"../../../../index.json\" ]"));
    assertTrue(
        read(folder.resolve("entry.json")).contains("exports/missing.json"),
        "the test listed its exports");
    assertFalse(
        read(folder.resolve("index.html")).contains("id=\"exports\""),
        "no exports section when none are listed");

    catalog(root()).publish(product("sales", "orders", "1.0.0", "id"));

    assertEquals(
        List.of("exports/odcs.yaml"),
        all(
            read(folder.resolve("index.html")),
            "<ul id=\"exports\">.*?</ul>",
            "<a href=\"([^\"]+)\""));
  }

  @Test
  void noCatalogTemplateWritesAValueUnescaped() throws IOException {
    Path templates = Path.of("src/main/resources/dev/dataproduct/infra/catalog/templates");
    List<Path> files;
    try (var list = Files.list(templates)) {
      files = list.filter(f -> f.toString().endsWith(".mustache")).sorted().toList();
    }
    assertTrue(files.size() >= 8, "the templates are where this test looks: " + files);
    for (Path file : files) {
      String text = read(file);
      assertFalse(text.contains("{{{") || text.contains("{{&"), file + " writes a value unescaped");
    }
  }

  @Test
  void everyLinkAndScriptIsRelativeSoTheCatalogWorksOfflineAndFromFileUrls() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root())
        .publish(
            product(
                "logistics", "shipments", "1.0.0", "id", reads("sales/orders", "order-events")));

    List<String> references = new ArrayList<>();
    try (var walk = Files.walk(root())) {
      for (Path file :
          walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css"))
              .toList()) {
        references.addAll(all(read(file), "(?:src|href)=\"([^\"]*)\""));
        references.addAll(all(read(file), "url\\(([^)]*)\\)"));
      }
    }

    assertFalse(references.isEmpty());
    List<String> external =
        references.stream()
            .filter(r -> r.matches("(?i)^(https?:|//|ftp:|data:).*") || r.startsWith("/"))
            .toList();
    assertEquals(List.of(), external);
    assertFalse(
        read(root().resolve("assets/catalog.js"))
            .matches("(?s).*(\\b(fetch|import)\\s*\\(|XMLHttpRequest).*"),
        "the script loads nothing");
  }

  /**
   * {@code field|change|detail|change class} of each row of a version page's field-change tables.
   */
  private static List<String> fieldChanges(String page) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "<tr data-field=\"[^\"]+\"><td>value</td><th scope=\"row\"><code>([^<]+)</code></th>"
                    + "<td class=\"change\">([^<]+)</td><td><code>([^<]+)</code></td><td class=\"change-class\" data-value=\"[^\"]+\">([^<]+)</td>")
            .matcher(page);
    while (m.find()) {
      out.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4));
    }
    return out;
  }

  private static List<String> all(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    while (m.find()) {
      out.add(m.group(1) == null ? "" : m.group(1));
    }
    return out;
  }

  private static List<String> all(String text, String section, String regex) {
    Matcher m = Pattern.compile(section, Pattern.DOTALL).matcher(text);
    return m.find() ? all(m.group(), regex) : List.of();
  }
}
