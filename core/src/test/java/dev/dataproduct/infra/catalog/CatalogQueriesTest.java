package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static dev.dataproduct.infra.catalog.CatalogFixtures.reads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.infra.catalog.CatalogQueries.Consumer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogQueriesTest {

  @TempDir Path temp;

  @Test
  void consumersOfAPortAreTheProductsWhoseNewestVersionReadsIt() {
    DirectoryCatalog catalog = catalog(temp.resolve("catalog"));
    catalog.publish(product("sales", "orders", "1.0.0", "id"));
    catalog.publish(
        product("logistics", "shipments", "1.0.0", "id", reads("sales/orders", "events")));
    catalog.publish(
        product(
            "finance",
            "invoices",
            "2.0.0",
            "id",
            reads("sales/orders", "events"),
            reads("crm/customers", "updates")));
    // Reading sales/orders in 1.0.0 and no more in 1.1.0: not a consumer any more.
    catalog.publish(
        product("marketing", "campaigns", "1.0.0", "id", reads("sales/orders", "events")));
    catalog.publish(
        product("marketing", "campaigns", "1.1.0", "id", reads("crm/customers", "updates")));
    catalog.publish(product("audit", "trail", "1.0.0", "id", reads("sales/orders", "refunds")));

    CatalogQueries queries = CatalogQueries.of(catalog);

    assertEquals(
        List.of(
            new Consumer("finance/invoices", "2.0.0", "orders", "finance-team", "active"),
            new Consumer("logistics/shipments", "1.0.0", "orders", "logistics-team", "active")),
        queries.consumersOf("sales", "orders", "events"));
    assertEquals(
        List.of(new Consumer("audit/trail", "1.0.0", "orders", "audit-team", "active")),
        queries.consumersOf("sales", "orders", "refunds"));
    assertEquals(List.of(), queries.consumersOf("sales", "orders", "no-such-port"));
    assertEquals(
        List.of("events", "refunds"), List.copyOf(queries.consumersOf("sales", "orders").keySet()));
    assertEquals(
        Map.of(
            "updates",
            List.of(
                new Consumer("finance/invoices", "2.0.0", "customers", "finance-team", "active"),
                new Consumer(
                    "marketing/campaigns", "1.1.0", "customers", "marketing-team", "active"))),
        queries.consumersOf("crm", "customers"));
    assertEquals(
        List.of("crm/customers", "sales/orders"), queries.upstreamsOf("finance", "invoices"));
  }

  @Test
  void aCatalogThatDoesNotExistYetKnowsNoConsumers() {
    assertEquals(
        List.of(),
        CatalogQueries.of(catalog(temp.resolve("nothing-here")))
            .consumersOf("sales", "orders", "events"));
  }
}
