package dev.dataproduct.model.contract;

import static dev.dataproduct.model.contract.ContractFixtures.build;
import static dev.dataproduct.model.contract.ContractFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dataproduct.model.contract.ContractFixtures.Project;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ContractBuilderTest {

  @Test
  void aFirstReleaseHasEmptyHistoriesAndItsVersionFilledIn() throws IOException {
    Contract contract = build("1.0.0", null);

    assertEquals("1.0.0", contract.version());
    assertEquals("1.0.0", contract.descriptor().version());
    assertEquals(List.of("order-events", "order-audit"), List.copyOf(contract.ports().keySet()));
    PortContract events = contract.port("order-events").orElseThrow();
    assertEquals(List.of(), events.keyHistory());
    assertEquals(List.of(), events.valueHistory());
    assertEquals("com.example.orders.OrderEvent", events.value().getFullName());
  }

  @Test
  void aPrimitiveKeyBecomesItsAvroSchemaAndNoKeyStaysNull() throws IOException {
    Contract contract = build("1.0.0", null);

    assertEquals(
        Schema.create(Schema.Type.STRING), contract.port("order-events").orElseThrow().key());
    assertNull(contract.port("order-audit").orElseThrow().key());
  }

  @Test
  void historyIsCarriedForwardAcrossThreeReleases() throws IOException {
    Contract first = build("1.0.0", null);
    Contract second = build("1.1.0", first);
    Contract third = build("1.2.0", second);

    PortContract events = third.port("order-events").orElseThrow();
    assertEquals(List.of("1.0.0", "1.1.0"), versions(events.valueHistory()));
    assertEquals(
        first.port("order-events").orElseThrow().value(), events.valueHistory().get(0).schema());
    assertEquals(
        second.port("order-events").orElseThrow().value(), events.valueHistory().get(1).schema());
    assertEquals(List.of("orderId", "total", "status", "note"), fieldNames(events.value()));
    assertEquals(List.of("orderId", "total"), fieldNames(events.valueHistory().get(0).schema()));
    assertEquals(List.of("1.0.0", "1.1.0"), versions(events.keyHistory()));
  }

  @Test
  void aDroppedPortIsNotCarriedAndANewPortStartsWithoutHistory() throws IOException {
    Contract third = build("1.2.0", build("1.1.0", build("1.0.0", null)));

    assertEquals(List.of("order-events", "shipments"), List.copyOf(third.ports().keySet()));
    PortContract shipments = third.port("shipments").orElseThrow();
    assertEquals(List.of(), shipments.keyHistory());
    assertEquals(List.of(), shipments.valueHistory());
    assertEquals("com.example.orders.ShipmentKey", shipments.key().getFullName());
  }

  @Test
  void aPortRenamedOnItsTopicCarriesTheTopicsHistoryOn() throws IOException {
    // check pairs it with the old port (CONTRACT-PORT-RENAMED, which a waiver may accept); the
    // release after it must still be compared with every schema the topic carried.
    Contract second = build("1.1.0", build("1.0.0", null));
    Project project = load("orders-1.1.0", "1.1.0");
    DataProduct renamed =
        DescriptorReader.read(
            new YamlLoader()
                .parse(
                    new String(project.descriptor(), StandardCharsets.UTF_8)
                        .replace("- name: order-events", "- name: order-changes")
                        .getBytes(StandardCharsets.UTF_8),
                    "dataproduct.yaml")
                .document()
                .orElseThrow());

    Contract third = ContractBuilder.build(renamed, project.schemas(), "1.2.0", second);

    PortContract changes = third.port("order-changes").orElseThrow();
    assertEquals("order-changes", changes.portName());
    assertEquals(List.of("1.0.0", "1.1.0"), versions(changes.valueHistory()));
    assertEquals(List.of("1.0.0", "1.1.0"), versions(changes.keyHistory()));
    assertEquals(
        List.of("1.0.0", "1.1.0"),
        versions(third.port("order-audit").orElseThrow().valueHistory()));
  }

  @Test
  void aPortWithoutHistoryInTheBaselineStillGetsTheBaselineSchemas() throws IOException {
    Contract second = build("1.1.0", build("1.0.0", null));

    PortContract audit = second.port("order-audit").orElseThrow();
    assertEquals(List.of(), audit.keyHistory()); // the port has no key, so no key was released
    assertEquals(List.of("1.0.0"), versions(audit.valueHistory()));
  }

  @Test
  void aDescriptorVersionIsKeptAsWritten() throws IOException {
    assertEquals("1.1.0", build("1.1.0", null).descriptor().version());
  }

  @Test
  void portsWhoseSchemasDoNotResolveAreLeftOut() throws IOException {
    Project project = load("orders-1.0.0", "1.0.0");

    assertEquals(
        List.of("order-audit"), portsOf(project, "key: { type: string }", "key: { type: strng }"));
    assertEquals(
        List.of("order-events"), portsOf(project, "orders/AuditEntry.avsc", "orders/Missing.avsc"));
  }

  /** The ports of the contract built from the project's descriptor with one change made. */
  private static List<String> portsOf(Project project, String text, String replacement) {
    String changed =
        new String(project.descriptor(), StandardCharsets.UTF_8).replace(text, replacement);
    DataProduct product =
        DescriptorReader.read(
            new YamlLoader()
                .parse(changed.getBytes(StandardCharsets.UTF_8), "dataproduct.yaml")
                .document()
                .orElseThrow());
    return List.copyOf(
        ContractBuilder.build(product, project.schemas(), "1.0.0", null).ports().keySet());
  }

  @Test
  void withoutASchemaDirectoryOnlyPrimitivePortsCanResolve() throws IOException {
    Project project = load("orders-1.0.0", "1.0.0");

    assertEquals(
        List.of(),
        List.copyOf(
            ContractBuilder.build(project.product(), null, "1.0.0", null).ports().keySet()));
  }

  private static List<String> versions(List<ReleasedSchema> history) {
    return history.stream().map(ReleasedSchema::version).toList();
  }

  private static List<String> fieldNames(Schema record) {
    return record.getFields().stream().map(Schema.Field::name).toList();
  }
}
