package dev.dataproduct.logic.export;

import static dev.dataproduct.logic.export.ExportJson.array;
import static dev.dataproduct.logic.export.ExportJson.object;
import static dev.dataproduct.logic.export.ExportJson.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.KafkaKeySerializers;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.IsoDuration;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The product as one AsyncAPI 3.0 document: a channel per output port with its Kafka bindings and a
 * {@code send} operation, a channel per input port with a {@code receive} operation. Payloads are
 * the Avro schemas themselves ({@code schemaFormat} Avro 1.9.0, which AsyncAPI tools read).
 */
public final class AsyncApiExport {

  static final String VERSION = "3.0.0";
  static final String BINDING_VERSION = "0.5.0";
  static final String AVRO_FORMAT = "application/vnd.apache.avro;version=1.9.0";
  static final String SERVER = "kafka";

  private AsyncApiExport() {}

  /**
   * The document as pretty JSON, for callers that hand it on (such as a catalog's API definition).
   */
  public static String write(Contract contract, List<Contract> upstreams, ExportSettings settings) {
    // The layout of the exported file (ExportJson.json), so the text is the file's.
    return new String(
        ExportJson.json(document(contract, upstreams, settings)), StandardCharsets.UTF_8);
  }

  /**
   * The AsyncAPI document of {@code contract}.
   *
   * @param upstreams the contracts of the products the input ports read, where known: they give the
   *     topic and schema of each {@code receive} channel
   */
  public static ObjectNode document(
      Contract contract, List<Contract> upstreams, ExportSettings settings) {
    DataProduct d = contract.descriptor();
    ObjectNode doc = object();
    doc.put("asyncapi", VERSION);
    doc.put("id", "urn:dataproduct:" + d.domain() + ":" + d.name());
    doc.set("info", info(d, contract.version()));
    if (settings.bootstrapServers() != null) {
      doc.set("servers", object().set(SERVER, server(settings)));
    }
    ObjectNode channels = doc.putObject("channels");
    ObjectNode operations = doc.putObject("operations");
    for (OutputPort port : d.outputPorts()) {
      PortContract schemas = contract.ports().get(port.name());
      channels.set(
          port.name(),
          channel(
              port.topic(),
              port.description(),
              port.name(),
              message(port.name(), port.description(), schemas, port.effectiveEncoding()),
              topicBinding(port),
              settings));
      operations.set(
          "send-" + port.name(),
          operation(
              "send",
              port.name(),
              port.name(),
              "Publishes " + port.name() + " to " + port.topic()));
    }
    for (InputPort input : d.inputPorts()) {
      String channel = "input-" + input.name();
      Upstream upstream = Upstream.find(upstreams, input);
      ObjectNode message =
          upstream == null
              ? put(object(), "name", input.port())
              : message(
                  input.port(),
                  upstream.port().description(),
                  upstream.schemas(),
                  upstream.port().effectiveEncoding());
      put(
          message,
          "description",
          "Port "
              + input.port()
              + " of "
              + input.product()
              + (upstream == null
                  ? "; its contract was not on the build's path, so its topic and schema are not known here"
                  : ""));
      channels.set(
          channel,
          channel(
              upstream == null ? null : upstream.port().topic(),
              "Input port " + input.name() + ": port " + input.port() + " of " + input.product(),
              input.port(),
              message,
              null,
              settings));
      operations.set(
          "receive-" + input.name(),
          operation(
              "receive",
              channel,
              input.port(),
              "Reads " + input.port() + " of " + input.product()));
    }
    return doc;
  }

  private static ObjectNode info(DataProduct d, String version) {
    ObjectNode info = object();
    info.put("title", d.title() == null ? d.qualifiedName() : d.title());
    info.put("version", version);
    put(info, "description", d.description() == null ? null : d.description().strip());
    if (d.owner() != null && (d.owner().team() != null || d.owner().email() != null)) {
      info.set("contact", put(put(object(), "name", d.owner().team()), "email", d.owner().email()));
    }
    ArrayNode tags = array();
    d.tags().forEach(tag -> tags.add(object().put("name", tag)));
    tags.add(object().put("name", "domain:" + d.domain()));
    tags.add(object().put("name", "classification:" + d.effectiveClassification()));
    info.set("tags", tags);
    return info;
  }

  private static ObjectNode server(ExportSettings settings) {
    ObjectNode server = object();
    server.put("host", settings.bootstrapServers());
    server.put("protocol", "kafka");
    ObjectNode binding = object();
    put(binding, "schemaRegistryUrl", settings.registryUrl());
    put(binding, "schemaRegistryVendor", settings.registryVendor());
    binding.put("bindingVersion", BINDING_VERSION);
    server.set("bindings", object().set("kafka", binding));
    return server;
  }

  private static ObjectNode channel(
      String topic,
      String description,
      String messageName,
      ObjectNode message,
      ObjectNode topicBinding,
      ExportSettings settings) {
    ObjectNode channel = object();
    put(channel, "address", topic);
    put(channel, "description", description);
    channel.set("messages", object().set(messageName, message));
    if (settings.bootstrapServers() != null) {
      channel.set("servers", array().add(object().put("$ref", "#/servers/" + SERVER)));
    }
    if (topicBinding != null) {
      channel.set("bindings", object().set("kafka", topicBinding));
    }
    return channel;
  }

  /** Topic, partitions, cleanup policy and retention, as Kafka's topic configuration names them. */
  private static ObjectNode topicBinding(OutputPort port) {
    ObjectNode binding = object();
    binding.put("topic", port.topic());
    put(binding, "partitions", port.partitions());
    ObjectNode config = object();
    if (port.cleanupPolicy() != null) {
      ArrayNode policies = config.putArray("cleanup.policy");
      Arrays.stream(port.cleanupPolicy().split(",")).map(String::strip).forEach(policies::add);
    }
    if (port.retention() != null) {
      // Kafka spells "keep forever" as -1.
      IsoDuration.parseRetention(port.retention())
          .ifPresent(
              d -> config.put("retention.ms", d.equals(IsoDuration.FOREVER) ? -1 : millis(d)));
    }
    if (!config.isEmpty()) {
      binding.set("topicConfiguration", config);
    }
    binding.put("bindingVersion", BINDING_VERSION);
    return binding;
  }

  private static long millis(Duration d) {
    return d.compareTo(IsoDuration.LONGEST) >= 0 ? Long.MAX_VALUE : d.toMillis();
  }

  private static ObjectNode message(
      String name, String description, PortContract schemas, String encoding) {
    ObjectNode message = object();
    message.put("name", name);
    put(message, "description", description);
    if (schemas == null) {
      return message;
    }
    message.put("contentType", "avro/binary");
    message.set(
        "payload",
        object().put("schemaFormat", AVRO_FORMAT).set("schema", ExportJson.avro(schemas.value())));
    ObjectNode binding = object();
    if (schemas.key() != null) {
      binding.set("key", key(schemas.key(), schemas.keyEncoding()));
    }
    // Where the schema id sits: a registry id after Confluent's magic byte, or Avro's single-object
    // header (C3 01 and the schema's CRC-64-AVRO fingerprint), which needs no registry.
    binding.put("schemaIdLocation", "payload");
    binding.put(
        "schemaIdPayloadEncoding",
        "confluent".equals(encoding) ? "confluent" : "avro-single-object");
    binding.put("bindingVersion", BINDING_VERSION);
    message.set("bindings", object().set("kafka", binding));
    return message;
  }

  /**
   * The key as an AsyncAPI schema (the Kafka binding takes no Avro): the JSON type of a primitive
   * key, an object for a record, with the Avro schema and the encoding as extensions.
   */
  private static ObjectNode key(Schema key, String keyEncoding) {
    ObjectNode schema = object();
    schema.put("type", jsonType(key));
    if (key.getType() == Schema.Type.RECORD
        || key.getType() == Schema.Type.ENUM
        || key.getType() == Schema.Type.FIXED) {
      schema.put("title", key.getFullName());
    }
    put(
        schema,
        "description",
        "kafka".equals(keyEncoding)
            ? "Written by Kafka's "
                + KafkaKeySerializers.of(key.getType()).orElse("serializer")
                + ", not in Avro"
            : "Written in the port's Avro encoding, like the value");
    schema.put("x-key-encoding", keyEncoding);
    schema.set("x-avro-schema", ExportJson.avro(key));
    return schema;
  }

  private static String jsonType(Schema schema) {
    return switch (schema.getType()) {
      case STRING, ENUM, BYTES, FIXED -> "string";
      case INT, LONG -> "integer";
      case FLOAT, DOUBLE -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case NULL -> "null";
      default -> "object";
    };
  }

  private static ObjectNode operation(String action, String channel, String message, String title) {
    ObjectNode op = object();
    op.put("action", action);
    op.set("channel", object().put("$ref", "#/channels/" + channel));
    op.put("title", title);
    op.set(
        "messages",
        array().add(object().put("$ref", "#/channels/" + channel + "/messages/" + message)));
    return op;
  }
}
