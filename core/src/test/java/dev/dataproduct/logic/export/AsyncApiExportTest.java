package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dataproduct.model.contract.Contract;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AsyncApiExportTest {

  private static final ExportSettings KAFKA =
      new ExportSettings(
          "broker-1:9092,broker-2:9092", "http://registry:8080/apis/ccompat/v7", "apicurio", null);

  private final Contract orders = ExportFixtures.contract(ExportFixtures.orders(), "1.4.0");
  private final Contract payments = ExportFixtures.contract(ExportFixtures.payments(), "2.0.0");

  @Test
  void theDocumentsOfBothProductsAreValidAsyncApi3WithAndWithoutAServer() {
    StandardSchemas.assertValid(
        StandardSchemas.asyncApi(),
        ExportFixtures.written(AsyncApiExport.document(orders, List.of(), ExportSettings.NONE)),
        "orders");
    StandardSchemas.assertValid(
        StandardSchemas.asyncApi(),
        ExportFixtures.written(AsyncApiExport.document(orders, List.of(), KAFKA)),
        "orders with a server");
    StandardSchemas.assertValid(
        StandardSchemas.asyncApi(),
        ExportFixtures.written(AsyncApiExport.document(payments, List.of(orders), KAFKA)),
        "payments");
    StandardSchemas.assertValid(
        StandardSchemas.asyncApi(),
        ExportFixtures.written(AsyncApiExport.document(payments, List.of(), KAFKA)),
        "payments without its upstream");
  }

  @Test
  void theValidatorRejectsADocumentTheStandardForbids() {
    // The schema is really applied: an operation with an unknown action is refused.
    JsonNode doc =
        ExportFixtures.written(AsyncApiExport.document(orders, List.of(), ExportSettings.NONE));
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            doc.get("operations").get("send-order-events"))
        .put("action", "publish");
    assertFalse(StandardSchemas.asyncApi().validate(doc).isEmpty());
    // ... and so are the Kafka bindings' schemas, reached through $refs to other definitions.
    JsonNode binding =
        ExportFixtures.written(AsyncApiExport.document(orders, List.of(), ExportSettings.NONE));
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            binding.at("/channels/order-events/bindings/kafka"))
        .put("partitions", 0);
    assertFalse(
        StandardSchemas.asyncApi().validate(binding).isEmpty(),
        "a Kafka binding with 0 partitions is refused");
  }

  @Test
  void eachOutputPortIsAChannelWithItsTopicBindingsAndASendOperation() {
    JsonNode doc = AsyncApiExport.document(orders, List.of(), KAFKA);
    JsonNode channel = doc.at("/channels/order-events");
    assertEquals("sales.orders.order-events.v2", channel.get("address").asText());
    JsonNode topic = channel.at("/bindings/kafka");
    assertEquals("sales.orders.order-events.v2", topic.get("topic").asText());
    assertEquals(6, topic.get("partitions").asInt());
    assertEquals("[\"delete\"]", topic.at("/topicConfiguration/cleanup.policy").toString());
    assertEquals(7L * 24 * 3600 * 1000, topic.at("/topicConfiguration/retention.ms").asLong());
    assertEquals(
        -1,
        doc.at("/channels/order-totals/bindings/kafka/topicConfiguration/retention.ms").asLong(),
        "infinite retention is Kafka's -1");
    assertEquals("send", doc.at("/operations/send-order-events/action").asText());
    assertEquals(
        "#/channels/order-events", doc.at("/operations/send-order-events/channel/$ref").asText());
    assertEquals(2, doc.get("channels").size());

    JsonNode message = channel.at("/messages/order-events");
    assertEquals(AsyncApiExport.AVRO_FORMAT, message.at("/payload/schemaFormat").asText());
    assertEquals(
        orders.ports().get("order-events").value(),
        new Schema.Parser().parse(message.at("/payload/schema").toString()));
    assertEquals("string", message.at("/bindings/kafka/key/type").asText());
    assertEquals("kafka", message.at("/bindings/kafka/key/x-key-encoding").asText());
    assertEquals("payload", message.at("/bindings/kafka/schemaIdLocation").asText());
    assertEquals(
        "avro-single-object", message.at("/bindings/kafka/schemaIdPayloadEncoding").asText());

    assertEquals("broker-1:9092,broker-2:9092", doc.at("/servers/kafka/host").asText());
    assertEquals("apicurio", doc.at("/servers/kafka/bindings/kafka/schemaRegistryVendor").asText());
    assertEquals(
        "http://registry:8080/apis/ccompat/v7",
        doc.at("/servers/kafka/bindings/kafka/schemaRegistryUrl").asText());
    assertEquals("sales-orders", doc.at("/info/contact/name").asText());
    assertEquals("1.4.0", doc.at("/info/version").asText());
  }

  @Test
  void aConfluentPortSaysTheRegistryIdIsInThePayloadAndARecordKeyCarriesItsAvroSchema() {
    JsonNode message =
        AsyncApiExport.document(payments, List.of(orders), KAFKA)
            .at("/channels/payment-events/messages/payment-events");
    assertEquals("confluent", message.at("/bindings/kafka/schemaIdPayloadEncoding").asText());
    JsonNode key = message.at("/bindings/kafka/key");
    assertEquals("object", key.get("type").asText());
    assertEquals("avro", key.get("x-key-encoding").asText());
    assertEquals(
        payments.ports().get("payment-events").key(),
        new Schema.Parser().parse(key.get("x-avro-schema").toString()));
  }

  @Test
  void anInputPortIsAReceiveOperationOnTheUpstreamTopic() {
    JsonNode doc = AsyncApiExport.document(payments, List.of(orders), KAFKA);
    assertEquals("receive", doc.at("/operations/receive-orders/action").asText());
    assertEquals(
        "#/channels/input-orders", doc.at("/operations/receive-orders/channel/$ref").asText());
    assertEquals("sales.orders.order-events.v2", doc.at("/channels/input-orders/address").asText());
    assertEquals(
        orders.ports().get("order-events").value(),
        new Schema.Parser()
            .parse(
                doc.at("/channels/input-orders/messages/order-events/payload/schema").toString()));
    assertTrue(
        doc.at("/channels/input-orders/bindings").isMissingNode(),
        "the upstream owns its topic's configuration");

    JsonNode unknown = AsyncApiExport.document(payments, List.of(), KAFKA);
    assertTrue(unknown.at("/channels/input-orders/address").isMissingNode());
    assertTrue(
        unknown
            .at("/channels/input-orders/messages/order-events/description")
            .asText()
            .contains("not known"));
  }

  @Test
  void credentialsInTheRegistryUrlAreNeverWrittenIntoTheDocument() {
    ExportSettings withSecret =
        new ExportSettings(
            "broker:9092", "https://ci:s3cret@registry.example.com/apis/ccompat/v7", null, null);
    String json = AsyncApiExport.write(orders, List.of(), withSecret);
    assertFalse(json.contains("s3cret"), json);
    assertTrue(
        json.contains("\"schemaRegistryUrl\": \"https://registry.example.com/apis/ccompat/v7\""),
        json);
  }

  @Test
  void writeGivesTheDocumentAsJson() throws Exception {
    String json = AsyncApiExport.write(orders, List.of(), KAFKA);
    assertEquals(
        AsyncApiExport.document(orders, List.of(), KAFKA).toString(),
        new JsonMapper().readTree(json).toString());
    assertEquals(
        json,
        AsyncApiExport.write(orders, List.of(), KAFKA),
        "the same contract gives the same text");
  }
}
