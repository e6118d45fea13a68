package dev.dataproduct.backstage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.PortContract;
import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.descriptor.model.OutputPort;

/**
 * STAND-IN, to be replaced by {@code dev.dataproduct.export.AsyncApiExport} (issue 11 part 1) when
 * that lands: a minimal AsyncAPI 3.0 document of a product, one channel per output port (the topic as
 * its address, the value's Avro schema as its payload) and one {@code send} operation each. No Kafka
 * bindings, no key schema, no input ports. {@link BackstagePublication} takes the document as a
 * supplier of text, so only the caller that passes {@link #of} changes.
 */
public final class MinimalAsyncApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AVRO = "application/vnd.apache.avro+json;version=1.9.0";

  private MinimalAsyncApi() {}

  /** The document, as JSON text with a stable key order. */
  public static String of(Contract contract) {
    DataProduct product = contract.descriptor();
    ObjectNode document = JSON.createObjectNode().put("asyncapi", "3.0.0");
    ObjectNode info = document.putObject("info").put("title", product.title() == null ? product.qualifiedName() : product.title())
        .put("version", contract.version());
    if (product.description() != null) {
      info.put("description", product.description().strip());
    }
    ObjectNode channels = document.putObject("channels");
    ObjectNode operations = document.putObject("operations");
    ObjectNode messages = document.putObject("components").putObject("messages");
    for (OutputPort port : product.outputPorts()) {
      PortContract schemas = contract.ports().get(port.name());
      ObjectNode message = messages.putObject(port.name());
      message.put("name", port.name());
      ObjectNode payload = message.putObject("payload").put("schemaFormat", AVRO);
      payload.set("schema", parse(schemas.value().toString()));
      ObjectNode channel = channels.putObject(port.name()).put("address", port.topic());
      if (port.description() != null) {
        channel.put("description", port.description().strip());
      }
      channel.putObject("messages").putObject(port.name()).put("$ref", "#/components/messages/" + port.name());
      ObjectNode operation = operations.putObject("send-" + port.name()).put("action", "send");
      operation.putObject("channel").put("$ref", "#/channels/" + port.name());
      operation.putArray("messages").addObject().put("$ref", "#/channels/" + port.name() + "/messages/" + port.name());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the AsyncAPI document", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An Avro schema that is not JSON: " + e.getMessage(), e);
    }
  }
}
