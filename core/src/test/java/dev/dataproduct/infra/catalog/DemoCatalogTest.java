package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.CatalogFixtures.catalog;
import static dev.dataproduct.infra.catalog.CatalogFixtures.orders;
import static dev.dataproduct.infra.catalog.CatalogFixtures.reads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.infra.catalog.CatalogEntry.Input;
import dev.dataproduct.infra.catalog.CatalogEntry.Owner;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.infra.catalog.CatalogEntry.Slo;
import dev.dataproduct.infra.catalog.CatalogEntry.Waiver;
import dev.dataproduct.support.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Writes a small catalog of six products with lineage into {@code target/catalog-demo}, to open in
 * a browser ({@code target/catalog-demo/index.html}) or to screenshot; rewritten on every run.
 */
class DemoCatalogTest {

  static final Path DEMO = Path.of("target", "catalog-demo");

  @Test
  void writesADemoCatalogToOpenInABrowser() throws IOException {
    FileTrees.deleteTree(DEMO);
    DirectoryCatalog catalog = catalog(DEMO);
    catalog.publish(
        request(
            "crm",
            "customers",
            "3.1.0",
            "Customer master data",
            "Every customer of the web shop and the stores, with contact details and consent.",
            "crm-core",
            "restricted",
            List.of("customers", "master-data", "gdpr"),
            "active",
            """
        {"type": "record", "name": "CustomerUpdate", "namespace": "com.example.crm", "doc": "A customer as of this change.", "fields": [
          {"name": "customerId", "type": "string", "doc": "Stable customer number."},
          {"name": "email", "type": "string", "doc": "Contact address.", "tags": ["pii"]},
          {"name": "name", "type": "string", "doc": "Full name.", "tags": ["pii"]},
          {"name": "consent", "type": "boolean", "doc": "Whether marketing mail is allowed."},
          {"name": "updatedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}, "doc": "When this changed."}]}
        """,
            "customer-updates",
            List.of()));
    catalog.publish(orders("2.0.0"));
    catalog.publish(orders("2.1.0"));
    catalog.publish(
        request(
            "logistics",
            "shipments",
            "1.4.2",
            "Parcel shipments",
            "Parcels handed to carriers, with tracking events until delivery.",
            "logistics-ops",
            "internal",
            List.of("parcels", "tracking"),
            "active",
            """
        {"type": "record", "name": "Shipment", "namespace": "com.example.logistics", "fields": [
          {"name": "shipmentId", "type": "string", "doc": "Carrier tracking number."},
          {"name": "orderId", "type": "string", "doc": "The order shipped."},
          {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["CREATED", "IN_TRANSIT", "DELIVERED"]}, "doc": "Where the parcel is."}]}
        """,
            "shipment-events",
            List.of(reads("sales/orders", "order-events"))));
    catalog.publish(
        request(
            "finance",
            "invoices",
            "1.0.0",
            "Invoices",
            "Invoices sent for every delivered order. Archived at s3://finance-archive-eu-central-1/invoices/year=2026/month=12/day=04/partition-000000000000001.avro.",
            "finance-ar",
            "confidential",
            List.of("billing", "accounts-receivable-and-dunning-and-collections"),
            "active",
            """
        {"type": "record", "name": "Invoice", "namespace": "com.example.finance", "fields": [
          {"name": "invoiceId", "type": "string", "doc": "Invoice number."},
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}, "doc": "Total, in euros."},
          {"name": "billingAddress", "type": ["null", "string"], "default": null, "tags": ["pii"]}]}
        """,
            "invoice-events",
            List.of(
                reads("sales/orders", "order-events"),
                reads("crm/customers", "customer-updates"))));
    catalog.publish(
        request(
            "marketing",
            "campaigns",
            "0.9.0",
            "Campaign audiences",
            "Audiences for e-mail campaigns, built from customers who consented.",
            "marketing-analytics",
            "confidential",
            List.of("marketing", "gdpr"),
            "deprecated",
            """
        {"type": "record", "name": "Audience", "namespace": "com.example.marketing", "fields": [
          {"name": "campaign", "type": "string", "doc": "Campaign code."},
          {"name": "customerId", "type": "string"}]}
        """,
            "audiences",
            List.of(
                reads("crm/customers", "customer-updates"),
                reads("web/clickstream", "page-views"))));

    CatalogIndex index = catalog.index();
    assertEquals(
        List.of(
            "crm/customers",
            "finance/invoices",
            "logistics/shipments",
            "marketing/campaigns",
            "sales/orders"),
        index.products().stream().map(CatalogIndex.Product::qualifiedName).toList());
    assertEquals(6, index.versionCount());
  }

  private static PublishRequest request(
      String domain,
      String name,
      String version,
      String title,
      String description,
      String team,
      String classification,
      List<String> tags,
      String status,
      String valueSchema,
      String portName,
      List<Input> inputs) {
    Schema value = new Schema.Parser().parse(valueSchema);
    Port port =
        new Port(
            portName,
            title + " as events",
            domain + "." + name + "." + portName + ".v1",
            "BACKWARD",
            "single-object",
            6,
            "P7D",
            "delete",
            new Slo("PT15M", "99.5"),
            status,
            CatalogEntry.summary(Schema.create(Schema.Type.STRING)),
            CatalogEntry.summary(value));
    List<Waiver> waivers =
        "deprecated".equals(status)
            ? List.of(
                new Waiver(
                    "SCHEMA-FIELD-DOC-MISSING",
                    "outputPorts/" + portName,
                    "The product is retired at the end of the quarter."))
            : List.of();
    CatalogEntry entry =
        new CatalogEntry(
            domain,
            name,
            version,
            title,
            description,
            status,
            classification,
            new Owner(team, team + "@example.com"),
            tags,
            List.of(port),
            inputs,
            waivers,
            List.of());
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(
        "dataproduct.yaml",
        ("name: " + name + "\ndomain: " + domain + "\nversion: " + version + "\n")
            .getBytes(StandardCharsets.UTF_8));
    files.put("ports/" + portName + "/key.avsc", "\"string\"\n".getBytes(StandardCharsets.UTF_8));
    files.put(
        "ports/" + portName + "/value.avsc",
        (value.toString(true) + "\n").getBytes(StandardCharsets.UTF_8));
    return new PublishRequest(entry, files, CatalogFixtures.REPORT, false);
  }
}
