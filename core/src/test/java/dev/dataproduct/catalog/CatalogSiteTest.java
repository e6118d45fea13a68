package dev.dataproduct.catalog;

import static dev.dataproduct.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.catalog.CatalogFixtures.orders;
import static dev.dataproduct.catalog.CatalogFixtures.product;
import static dev.dataproduct.catalog.CatalogFixtures.read;
import static dev.dataproduct.catalog.CatalogFixtures.reads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void productTextsAreEscapedEverywhereTheyAppear() throws IOException {
    PublishRequest plain = product("sales", "orders", "1.0.0", "id");
    CatalogEntry e = plain.entry();
    CatalogEntry hostile = new CatalogEntry(e.domain(), e.name(), e.version(), "\"><img src=x onerror=alert(1)>",
        "<script>alert('description')</script>", e.status(), "internal\"><script>alert(2)</script>",
        new CatalogEntry.Owner("</select><script>alert(3)</script>", "a@example.com\"><script>alert(4)</script>"),
        List.of("<b>tag</b>", "it's \"quoted\""), e.ports(), e.inputPorts(),
        List.of(new CatalogEntry.Waiver("RULE", "outputPorts/events", "<script>alert('waiver')</script>")));
    catalog(root()).publish(new PublishRequest(hostile, plain.contractFiles(), null, false));

    String index = read(root().resolve("index.html"));
    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));

    assertEquals(List.of(" src=\"index.js\"", " src=\"assets/catalog.js\""), all(index, "<script([^>]*)>"),
        "the only scripts are the catalog's own files");
    assertEquals(List.of(), all(page, "<script([^>]*)>"));
    assertFalse(index.contains("<img") || page.contains("<img"), "no markup from product texts");
    assertTrue(index.contains("<p class=\"description\">&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;</p>"));
    assertTrue(index.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a></h2>"));
    assertTrue(index.contains("data-tags=\"[&quot;&lt;b&gt;tag&lt;/b&gt;&quot;,&quot;it&#39;s \\&quot;quoted\\&quot;&quot;]\""));
    assertTrue(index.contains("<option value=\"&lt;/select&gt;&lt;script&gt;alert(3)&lt;/script&gt;\">"));
    assertTrue(page.contains("<td class=\"justification\">&lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt;</td>"));
    assertTrue(page.contains("<a href=\"mailto:a@example.com&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\">"));
  }

  @Test
  void theIndexPageListsTheNewestVersionOfEachProductWithSearchAndLabelledFilters() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root()).publish(orders("1.1.0"));
    catalog(root()).publish(product("crm", "customers", "2.0.0", "email"));

    String index = read(root().resolve("index.html"));

    assertEquals(List.of("products/crm/customers/2.0.0/index.html", "products/sales/orders/1.1.0/index.html"),
        all(index, "<li class=\"product-card\"[^>]*>\\s*<h2><a href=\"([^\"]+)\""));
    assertTrue(index.contains("<label for=\"search\">Search</label><input id=\"search\" type=\"search\""));
    for (String filter : List.of("domain", "owner", "tag", "classification")) {
      assertTrue(index.contains("<label for=\"filter-" + filter + "\">"), filter);
    }
    assertEquals(List.of("", "crm", "sales"), all(index, "<select id=\"filter-domain\".*?</select>", "<option value=\"([^\"]*)\""));
    assertEquals(List.of("", "crm", "ecommerce", "orders"), all(index, "<select id=\"filter-tag\".*?</select>", "<option value=\"([^\"]*)\""));
    assertTrue(index.contains("data-product=\"sales/orders\" data-domain=\"sales\" data-owner=\"sales-orders\""
        + " data-tags=\"[&quot;orders&quot;,&quot;ecommerce&quot;]\" data-classification=\"confidential\" data-status=\"active\""));
  }

  @Test
  void aVersionPageShowsPortsSchemaFieldsWithPiiOwnerWaiversAndHistory() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root()).publish(orders("1.1.0"));

    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));

    assertTrue(page.contains("<tr data-port=\"order-events\"><th scope=\"row\"><a href=\"#schema-order-events\">order-events</a>"
        + "<div class=\"port-description\">Order lifecycle events</div></th><td class=\"topic\">sales.orders.order-events.v1</td>"
        + "<td class=\"key\">string</td><td class=\"value\">com.example.orders.OrderEvent</td><td>BACKWARD</td><td>single-object</td>"
        + "<td>6</td><td>P7D</td><td>delete</td><td class=\"freshness\">PT5M</td><td class=\"availability\">99.9 %</td>"), page);
    assertEquals(List.of("orderId", "placedAt", "customer", "customer.email", "customer.segment", "lines"),
        all(page, "<tr data-field=\"([^\"]+)\""));
    assertEquals(List.of("customer.email"), all(page, "<tr data-field=\"([^\"]+)\"><th scope=\"row\"><code>[^<]+</code> <span class=\"badge pii\""));
    assertTrue(page.contains("<td><code>long (timestamp-millis)</code></td><td>When the order was placed.</td>"));
    assertTrue(page.contains("<dd class=\"owner\">sales-orders</dd><dt>Email</dt><dd><a href=\"mailto:orders@example.com\">"));
    assertTrue(page.contains("<tr><th scope=\"row\"><code>PORT-RETENTION-LOOSENED</code></th><td>outputPorts/order-events</td>"
        + "<td class=\"justification\">Consumers asked for a week of replay on 2026-03-01</td></tr>"));
    assertTrue(page.contains("<li data-version=\"1.1.0\"><a href=\"../1.1.0/index.html\">1.1.0</a>"));
    assertTrue(page.contains("<li data-version=\"1.0.0\"><strong aria-current=\"page\">1.0.0</strong>"));
    assertTrue(page.contains("<a class=\"newer\" href=\"../1.1.0/index.html\">Newest version: 1.1.0</a>"));
    assertTrue(page.contains("<li><a href=\"compatibility-report.json\">compatibility-report.json</a>"));
    assertTrue(read(root().resolve("products/sales/orders/index.html")).contains("url=1.1.0/index.html"));
  }

  @Test
  void theLineageDrawsUpstreamsFromInputPortsAndDownstreamsFromConsumers() throws IOException {
    catalog(root()).publish(product("crm", "customers", "1.0.0", "id"));
    catalog(root()).publish(product("sales", "orders", "1.0.0", "id", reads("crm/customers", "events"), reads("web/clicks", "views")));
    catalog(root()).publish(product("logistics", "shipments", "1.0.0", "id", reads("sales/orders", "events")));

    String page = read(root().resolve("products/sales/orders/1.0.0/index.html"));
    String index = read(root().resolve("index.html"));

    List<String> edges = all(page, "<path class=\"edge\" data-edge=\"([^\"]+)\"");
    assertEquals(List.of("crm/customers-&gt;sales/orders", "web/clicks-&gt;sales/orders", "sales/orders-&gt;logistics/shipments"), edges);
    assertTrue(page.contains("<g class=\"node focus\" data-node=\"sales/orders\">"));
    assertTrue(page.contains("<g class=\"node unknown\" data-node=\"web/clicks\"><title>web/clicks (not in the catalog)</title>"));
    assertTrue(page.contains("<a href=\"../../../../products/crm/customers/1.0.0/index.html\"><g class=\"node\" data-node=\"crm/customers\">"));
    assertEquals(List.of("sales/orders-&gt;logistics/shipments", "crm/customers-&gt;sales/orders", "web/clicks-&gt;sales/orders"),
        all(index, "<path class=\"edge\" data-edge=\"([^\"]+)\""));
    assertTrue(index.contains("<p class=\"meta\">Owner <span class=\"owner\">sales-team</span> · 1 port · 1 consumer · 1 version</p>"));
  }

  @Test
  void everyLinkAndScriptIsRelativeSoTheCatalogWorksOfflineAndFromFileUrls() throws IOException {
    catalog(root()).publish(orders("1.0.0"));
    catalog(root()).publish(product("logistics", "shipments", "1.0.0", "id", reads("sales/orders", "order-events")));

    List<String> references = new ArrayList<>();
    try (var walk = Files.walk(root())) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css")).toList()) {
        references.addAll(all(read(file), "(?:src|href)=\"([^\"]*)\""));
        references.addAll(all(read(file), "url\\(([^)]*)\\)"));
      }
    }

    assertFalse(references.isEmpty());
    List<String> external = references.stream()
        .filter(r -> r.matches("(?i)^(https?:|//|ftp:|data:).*") || r.startsWith("/"))
        .toList();
    assertEquals(List.of(), external);
    assertFalse(read(root().resolve("assets/catalog.js")).matches("(?s).*(\\b(fetch|import)\\s*\\(|XMLHttpRequest).*"),
        "the script loads nothing");
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
