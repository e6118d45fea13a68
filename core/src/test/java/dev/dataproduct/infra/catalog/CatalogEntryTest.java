package dev.dataproduct.infra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.infra.catalog.CatalogEntry.Field;
import dev.dataproduct.infra.catalog.CatalogEntry.Input;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.infra.catalog.CatalogEntry.SchemaSummary;
import dev.dataproduct.infra.catalog.CatalogEntry.Slo;
import dev.dataproduct.infra.catalog.CatalogEntry.Waiver;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {

  @Test
  void anEntryCarriesTheDescriptorSummaryAndTheFieldsOfEveryCurrentSchema() throws IOException {
    CatalogEntry entry = CatalogFixtures.orders("2.1.0").entry();

    assertEquals("sales/orders", entry.qualifiedName());
    assertEquals("2.1.0", entry.version());
    assertEquals("Web shop orders", entry.title());
    assertEquals(
        "Every order placed in the web shop, from checkout to delivery.\n", entry.description());
    assertEquals("active", entry.status());
    assertEquals("confidential", entry.classification());
    assertEquals(new CatalogEntry.Owner("sales-orders", "orders@example.com"), entry.owner());
    assertEquals(List.of("orders", "ecommerce"), entry.tags());
    assertEquals(
        List.of(new Input("customers", "crm/customers", "customer-updates")), entry.inputPorts());
    assertEquals(
        List.of(
            new Waiver(
                "PORT-RETENTION-LOOSENED",
                "outputPorts/order-events",
                "Consumers asked for a week of replay on 2026-03-01")),
        entry.waivers());
    SchemaSummary value =
        new SchemaSummary(
            "com.example.orders.OrderEvent",
            "Something that happened to an order.",
            List.of(
                new Field("orderId", "string", "The order's identifier.", false),
                new Field(
                    "placedAt", "long (timestamp-millis)", "When the order was placed.", false),
                new Field("customer", "com.example.orders.Customer", "Who ordered.", false),
                new Field("customer.email", "string", "Where the confirmation goes.", true),
                new Field("customer.segment", "null | string", null, false, "null"),
                new Field("lines", "array<string>", "Article numbers.", false)));
    assertEquals(
        List.of(
            new Port(
                "order-events",
                "Order lifecycle events",
                "sales.orders.order-events.v1",
                "BACKWARD",
                "single-object",
                6,
                "P7D",
                "delete",
                new Slo("PT5M", "99.9"),
                "active",
                new SchemaSummary("string", null, List.of()),
                value)),
        entry.ports());
  }

  @Test
  void aRecursiveRecordIsListedOnceAndTheEntryRoundTripsThroughJson() throws IOException {
    Schema node =
        new Schema.Parser()
            .parse(
                """
        {"type": "record", "name": "Node", "fields": [
          {"name": "label", "type": "string"},
          {"name": "next", "type": ["null", "Node"], "default": null}]}""");

    assertEquals(
        List.of(
            new Field("label", "string", null, false),
            new Field("next", "null | Node", null, false, "null")),
        CatalogEntry.summary(node).fields());
    CatalogEntry entry = CatalogFixtures.orders("1.0.0").entry();
    assertEquals(entry, CatalogJson.read(CatalogJson.write(entry), CatalogEntry.class));
  }
}
