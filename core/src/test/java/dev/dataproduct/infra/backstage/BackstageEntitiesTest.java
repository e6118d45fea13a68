package dev.dataproduct.infra.backstage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dataproduct.infra.catalog.CatalogEntry;
import dev.dataproduct.infra.catalog.CatalogFixtures;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a product version maps to Backstage entities. */
class BackstageEntitiesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static CatalogEntry shipping() {
    return CatalogFixtures.product(
            "logistics",
            "shipping",
            "1.2.0",
            "shipmentId",
            CatalogFixtures.reads("sales/orders", "order-events"))
        .entry();
  }

  private static List<JsonNode> documents(byte[] yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).forEachRemaining(documents::add);
    return documents;
  }

  @Test
  void productIsASystemWithAComponentThatProvidesOneAsyncApiPerPortAndConsumesItsInputPorts()
      throws IOException {
    List<JsonNode> entities =
        documents(BackstageEntities.product(shipping(), "{\"asyncapi\": \"3.0.0\"}\n"));

    assertEquals(
        List.of("System", "Component", "API"),
        entities.stream().map(e -> e.path("kind").asText()).toList());
    JsonNode system = entities.get(0);
    assertEquals("logistics.shipping", system.at("/metadata/name").asText());
    assertEquals("logistics", system.at("/spec/domain").asText());
    assertEquals("group:default/logistics-team", system.at("/spec/owner").asText());
    assertEquals("1.2.0", system.at("/metadata/annotations/dataproduct.dev~1version").asText());
    assertEquals(
        "internal", system.at("/metadata/labels/dataproduct.dev~1classification").asText());

    JsonNode component = entities.get(1);
    assertEquals("logistics.shipping", component.at("/spec/system").asText());
    assertEquals("[\"logistics.shipping.events\"]", component.at("/spec/providesApis").toString());
    assertEquals("[\"sales.orders.order-events\"]", component.at("/spec/consumesApis").toString());

    JsonNode api = entities.get(2);
    assertEquals("logistics.shipping.events", api.at("/metadata/name").asText());
    assertEquals("asyncapi", api.at("/spec/type").asText());
    assertEquals("{\"asyncapi\": \"3.0.0\"}\n", api.at("/spec/definition").asText());
    assertEquals(
        "logistics.shipping.events.v1",
        api.at("/metadata/annotations/dataproduct.dev~1topic").asText());
    assertEquals("production", api.at("/spec/lifecycle").asText());
  }

  @Test
  void theVersionOfAProductFileIsReadBackFromItsFirstEntity() {
    // How publish knows which version the product's registered file shows, to keep the newest
    // there.
    assertEquals(
        "1.2.0", BackstagePublication.versionOf(BackstageEntities.product(shipping(), "doc")));
  }

  @Test
  void theSameVersionGivesTheSameBytes() {
    assertArrayEquals(
        BackstageEntities.product(shipping(), "doc"), BackstageEntities.product(shipping(), "doc"));
  }

  @Test
  void personalDataIsATagAndALabelOnlyWhereAFieldIsTaggedPii() throws IOException {
    CatalogEntry plain = shipping();
    CatalogEntry.Port port = plain.ports().get(0);
    CatalogEntry.SchemaSummary withPii =
        new CatalogEntry.SchemaSummary(
            "com.example.Event",
            null,
            List.of(new CatalogEntry.Field("email", "string", null, true)));
    CatalogEntry.Port piiPort =
        new CatalogEntry.Port(
            port.name(),
            port.description(),
            port.topic(),
            port.compatibility(),
            port.encoding(),
            port.partitions(),
            port.retention(),
            port.cleanupPolicy(),
            port.slo(),
            port.status(),
            null,
            withPii);
    CatalogEntry pii =
        new CatalogEntry(
            plain.domain(),
            plain.name(),
            plain.version(),
            null,
            plain.description(),
            "draft",
            "confidential",
            plain.owner(),
            List.of("Customer Data", "logistics"),
            List.of(piiPort),
            plain.inputPorts(),
            List.of(),
            List.of());

    List<JsonNode> entities = documents(BackstageEntities.product(pii, "doc"));
    JsonNode api = entities.get(2);
    assertEquals("[\"customer-data\",\"logistics\",\"pii\"]", api.at("/metadata/tags").toString());
    assertEquals("true", api.at("/metadata/labels/dataproduct.dev~1pii").asText());
    assertEquals(
        "confidential", api.at("/metadata/labels/dataproduct.dev~1classification").asText());
    // A draft product's component is experimental; the port keeps its own status (active).
    assertEquals("experimental", entities.get(1).at("/spec/lifecycle").asText());
    assertEquals("production", api.at("/spec/lifecycle").asText());
    assertEquals(
        "[\"customer-data\",\"logistics\",\"pii\"]",
        entities.get(0).at("/metadata/tags").toString());

    JsonNode plainApi = documents(BackstageEntities.product(plain, "doc")).get(2);
    assertEquals("[\"logistics\"]", plainApi.at("/metadata/tags").toString());
    assertEquals("false", plainApi.at("/metadata/labels/dataproduct.dev~1pii").asText());
  }

  @Test
  void aNameBackstageWouldRefuseIsABuildErrorBeforeAnythingIsSent() {
    String longPort = "p".repeat(60);
    BuildError error =
        assertThrows(BuildError.class, () -> BackstageEntities.apiName("sales/orders", longPort));
    assertTrue(
        error
            .getMessage()
            .startsWith(
                "The port "
                    + longPort
                    + " of sales/orders gives the Backstage entity name \"sales.orders."
                    + longPort
                    + "\", which Backstage refuses"),
        error.getMessage());

    CatalogEntry plain = shipping();
    CatalogEntry badTag =
        new CatalogEntry(
            plain.domain(),
            plain.name(),
            plain.version(),
            null,
            null,
            "active",
            "internal",
            plain.owner(),
            List.of("!!!"),
            plain.ports(),
            List.of(),
            List.of(),
            List.of());
    BuildError tag = assertThrows(BuildError.class, () -> BackstageEntities.product(badTag, "doc"));
    assertEquals(
        "The tag \"!!!\" cannot be a Backstage tag (letters, digits and - only, at most 63 characters); rename it",
        tag.getMessage());
  }

  @Test
  void aTeamBecomesAGroupOfTypeTeamWithItsEmail() throws IOException {
    JsonNode group = documents(BackstageEntities.group("Sales Orders", "so@example.com")).get(0);
    assertEquals("sales-orders", group.at("/metadata/name").asText());
    assertEquals("Sales Orders", group.at("/metadata/title").asText());
    assertEquals("team", group.at("/spec/type").asText());
    assertEquals("so@example.com", group.at("/spec/profile/email").asText());
    assertEquals("[]", group.at("/spec/children").toString());
  }
}
