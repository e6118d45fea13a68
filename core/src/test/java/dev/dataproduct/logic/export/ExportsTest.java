package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dataproduct.model.contract.Contract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The written export files of both test products, against their standards' schemas and field by
 * field.
 */
class ExportsTest {

  private static final ExportSettings KAFKA =
      new ExportSettings(
          "broker-1:9092", "http://registry:8081", "confluent", "2026-12-04T10:00:00Z");

  private final Contract orders = ExportFixtures.contract(ExportFixtures.orders(), "1.4.0");
  private final Contract payments = ExportFixtures.contract(ExportFixtures.payments(), "2.0.0");

  @Test
  void everyWrittenExportIsValidAgainstItsStandardsSchema() throws IOException {
    for (ExportSettings settings : List.of(ExportSettings.NONE, KAFKA)) {
      for (Map.Entry<String, byte[]> file : all(settings).entrySet()) {
        JsonNode doc = parse(file.getKey(), file.getValue());
        String what = file.getKey() + " with " + settings;
        if (file.getKey().contains("/odcs/")) {
          StandardSchemas.assertValid(StandardSchemas.odcs(), doc, what);
        } else if (file.getKey().endsWith(Exports.ODPS)) {
          StandardSchemas.assertValid(StandardSchemas.odps(), doc, what);
        } else if (file.getKey().endsWith(Exports.ASYNCAPI)) {
          StandardSchemas.assertValid(StandardSchemas.asyncApi(), doc, what);
        } else if (file.getKey().endsWith(Exports.OPENLINEAGE)) {
          StandardSchemas.assertValid(StandardSchemas.openLineage(), doc, what);
          assertFacetsValid(doc, what);
        } else {
          throw new AssertionError("unexpected export " + file.getKey());
        }
      }
    }
  }

  @Test
  void theValidatorsRejectWhatTheStandardsForbid() {
    ObjectNode odcs =
        ExportFixtures.written(
            OdcsExport.document(orders, orders.descriptor().outputPorts().get(0), KAFKA));
    ((ObjectNode) odcs.at("/schema/0/properties/0")).put("logicalType", "text");
    assertFalse(StandardSchemas.odcs().validate(odcs).isEmpty(), "ODCS: an unknown logicalType");
    ObjectNode odps = OdpsExport.document(payments, List.of(orders), List.of());
    ((ObjectNode) odps.at("/inputPorts/0")).remove("contractId");
    assertFalse(
        StandardSchemas.odps().validate(odps).isEmpty(),
        "ODPS: an input port without its contract");
    ObjectNode lineage = OpenLineageExport.document(orders, List.of(), KAFKA);
    lineage.remove("eventTime");
    assertFalse(
        StandardSchemas.openLineage().validate(lineage).isEmpty(),
        "OpenLineage: an event without its time");
    ObjectNode facet =
        (ObjectNode)
            OpenLineageExport.document(orders, List.of(), KAFKA).at("/outputs/0/facets/ownership");
    facet.putArray("owners").addObject().put("type", "OWNER");
    assertFalse(
        StandardSchemas.facet("OwnershipDatasetFacet").validate(facet).isEmpty(),
        "an owner without a name");
  }

  @Test
  void odcsHasOneContractPerOutputPortWithPropertiesSlasServerAndCustomProperties()
      throws IOException {
    SortedMap<String, byte[]> files = Exports.files(orders, List.of(), KAFKA);
    assertEquals(
        List.of(
            "exports/asyncapi.json",
            "exports/odcs/order-events.odcs.yaml",
            "exports/odcs/order-totals.odcs.yaml",
            "exports/odps.yaml",
            "exports/openlineage.json"),
        new ArrayList<>(files.keySet()));
    JsonNode odcs = parse("x.yaml", files.get("exports/odcs/order-events.odcs.yaml"));
    assertEquals("sales.orders.order-events", odcs.get("id").asText());
    assertEquals("1.4.0", odcs.get("version").asText());
    JsonNode object = odcs.at("/schema/0");
    assertEquals("OrderEvent", object.get("name").asText());
    assertEquals("sales.orders.order-events.v2", object.get("physicalName").asText());
    JsonNode email = property(object, "customerEmail");
    assertEquals("string", email.get("logicalType").asText());
    assertTrue(email.get("required").asBoolean());
    assertEquals("[\"pii\"]", email.get("tags").toString());
    assertEquals("confidential", email.get("classification").asText());
    JsonNode at = property(object, "occurredAt");
    assertEquals("timestamp", at.get("logicalType").asText());
    assertEquals("long (timestamp-millis)", at.get("physicalType").asText());
    assertFalse(
        property(object, "channel").get("required").asBoolean(),
        "an optional union is not required");
    assertEquals(
        "number", property(property(object, "total"), "amount").get("logicalType").asText());
    assertEquals("PT5M", sla(odcs, "latency").asText());
    assertEquals("99.9", sla(odcs, "availability").asText());
    assertEquals("P7D", sla(odcs, "retention").asText());
    assertEquals("broker-1:9092", odcs.at("/servers/0/host").asText());
    assertEquals("sales.orders.order-events.v2", custom(odcs.at("/servers/0"), "topic").asText());
    assertEquals("BACKWARD_TRANSITIVE", custom(odcs, "compatibilityLevel").asText());
    assertEquals("single-object", custom(odcs, "encoding").asText());
    assertEquals("kafka", custom(odcs, "keyEncoding").asText());
    assertEquals("\"string\"", custom(odcs, "keySchema").toString());
    assertEquals(
        orders.ports().get("order-events").value(),
        new Schema.Parser().parse(custom(object, "avroSchema").toString()));
  }

  @Test
  void odpsPointsOutputPortsAtTheirContractsAndInputPortsAtTheUpstreamContracts()
      throws IOException {
    JsonNode odps =
        parse("x.yaml", Exports.files(payments, List.of(orders), KAFKA).get(Exports.ODPS));
    assertEquals("finance.payments", odps.get("id").asText());
    assertEquals("finance.payments.payment-events", odps.at("/outputPorts/0/contractId").asText());
    assertEquals("2.0.0", odps.at("/outputPorts/0/version").asText());
    assertEquals("sales.orders.order-events", odps.at("/inputPorts/0/contractId").asText());
    assertEquals(
        "1.4.0",
        odps.at("/inputPorts/0/version").asText(),
        "the upstream release on the build's path");
    assertEquals(
        "sales.orders.order-events", odps.at("/outputPorts/0/inputContracts/0/id").asText());
    assertEquals("finance-payments", odps.at("/team/name").asText());
  }

  @Test
  void openLineageIsAJobEventWithKafkaDatasetsAndTheirFacets() throws IOException {
    JsonNode event =
        parse("x.json", Exports.files(payments, List.of(orders), KAFKA).get(Exports.OPENLINEAGE));
    assertEquals("2026-12-04T10:00:00Z", event.get("eventTime").asText());
    assertTrue(event.path("run").isMissingNode());
    assertEquals("finance", event.at("/job/namespace").asText());
    assertEquals("payments", event.at("/job/name").asText());
    assertEquals("kafka://broker-1:9092", event.at("/inputs/0/namespace").asText());
    assertEquals("sales.orders.order-events.v2", event.at("/inputs/0/name").asText());
    assertEquals(
        "team:sales-orders",
        event.at("/inputs/0/facets/ownership/owners/0/name").asText(),
        "an input is owned by its product's team");
    JsonNode out = event.at("/outputs/0");
    assertEquals("finance.payments.payment-events.v1", out.get("name").asText());
    assertEquals("team:finance-payments", out.at("/facets/ownership/owners/0/name").asText());
    assertEquals(
        "One event per payment attempt.", out.at("/facets/documentation/description").asText());
    assertEquals("cardHolder", out.at("/facets/schema/fields/1/name").asText());
    assertEquals(
        "array<record com.example.payments.Fee>", out.at("/facets/schema/fields/6/type").asText());
    boolean piiTagged = false;
    for (JsonNode tag : out.at("/facets/tags/tags")) {
      piiTagged |=
          tag.get("key").asText().equals("pii") && tag.path("field").asText().equals("cardHolder");
    }
    assertTrue(piiTagged, "the pii field is tagged by name");
  }

  @Test
  void theSameContractGivesTheSameBytes() {
    SortedMap<String, byte[]> once = Exports.files(payments, List.of(orders), KAFKA);
    SortedMap<String, byte[]> again =
        Exports.files(
            ExportFixtures.contract(ExportFixtures.payments(), "2.0.0"), List.of(orders), KAFKA);
    assertEquals(once.keySet(), again.keySet());
    once.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
  }

  private SortedMap<String, byte[]> all(ExportSettings settings) {
    SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    Exports.files(orders, List.of(), settings).forEach((k, v) -> files.put("orders/" + k, v));
    Exports.files(payments, List.of(orders), settings)
        .forEach((k, v) -> files.put("payments/" + k, v));
    Exports.files(payments, List.of(), settings)
        .forEach((k, v) -> files.put("payments-alone/" + k, v));
    return files;
  }

  /** Each facet against its own schema: the event schema checks facets only as base facets. */
  private static void assertFacetsValid(JsonNode event, String what) {
    Map<String, String> jobFacets =
        Map.of(
            "jobType",
            "JobTypeJobFacet",
            "documentation",
            "DocumentationJobFacet",
            "ownership",
            "OwnershipJobFacet",
            "tags",
            "TagsJobFacet");
    Map<String, String> datasetFacets =
        Map.of(
            "documentation",
            "DocumentationDatasetFacet",
            "ownership",
            "OwnershipDatasetFacet",
            "schema",
            "SchemaDatasetFacet",
            "tags",
            "TagsDatasetFacet");
    event
        .at("/job/facets")
        .properties()
        .forEach(
            f ->
                StandardSchemas.assertValid(
                    StandardSchemas.facet(jobFacets.get(f.getKey())),
                    f.getValue(),
                    what + " job facet " + f.getKey()));
    for (String side : List.of("inputs", "outputs")) {
      for (JsonNode dataset : event.get(side)) {
        dataset
            .get("facets")
            .properties()
            .forEach(
                f ->
                    StandardSchemas.assertValid(
                        StandardSchemas.facet(datasetFacets.get(f.getKey())),
                        f.getValue(),
                        what + " " + side + " facet " + f.getKey()));
      }
    }
  }

  private static JsonNode parse(String name, byte[] bytes) throws IOException {
    return name.endsWith(".json")
        ? new JsonMapper().readTree(bytes)
        : new YAMLMapper().readTree(bytes);
  }

  private static JsonNode property(JsonNode object, String name) {
    for (JsonNode p : object.get("properties")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no property " + name);
  }

  private static JsonNode sla(JsonNode odcs, String property) {
    for (JsonNode p : odcs.get("slaProperties")) {
      if (p.get("property").asText().equals(property)) {
        return p.get("value");
      }
    }
    throw new AssertionError("no SLA " + property);
  }

  private static JsonNode custom(JsonNode node, String property) {
    for (JsonNode p : node.get("customProperties")) {
      if (p.get("property").asText().equals(property)) {
        return p.get("value");
      }
    }
    throw new AssertionError("no custom property " + property);
  }
}
