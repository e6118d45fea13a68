package dev.dataproduct.logic.export;

import static dev.dataproduct.logic.export.ExportJson.array;
import static dev.dataproduct.logic.export.ExportJson.nonEmpty;
import static dev.dataproduct.logic.export.ExportJson.object;
import static dev.dataproduct.logic.export.ExportJson.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/**
 * One ODCS v3.1 data contract per output port: the value schema's fields as properties, the SLOs as
 * {@code slaProperties}, the Kafka cluster and topic as a server, and what ODCS has no field for
 * (compatibility, encoding, the key) as {@code customProperties}. The Avro schemas themselves
 * travel in custom properties too, so an import gives them back unchanged.
 */
public final class OdcsExport {

  static final String API_VERSION = "v3.1.0";

  /** Custom property names, shared with the import. */
  static final String PRODUCT = "dataProduct";

  static final String TITLE = "dataProductTitle";
  static final String PRODUCT_DESCRIPTION = "dataProductDescription";
  static final String CLASSIFICATION = "classification";
  static final String OWNER_EMAIL = "ownerEmail";
  static final String PORT = "outputPort";
  static final String TOPIC = "topic";
  static final String COMPATIBILITY = "compatibilityLevel";
  static final String ENCODING = "encoding";
  static final String KEY_ENCODING = "keyEncoding";
  static final String KEY_SCHEMA = "keySchema";
  static final String VALUE_SCHEMA = "avroSchema";
  static final String PARTITIONS = "partitions";
  static final String CLEANUP_POLICY = "cleanupPolicy";
  static final String UPSTREAM = "inputPorts";
  static final String LATENCY = "latency";
  static final String AVAILABILITY = "availability";
  static final String RETENTION = "retention";

  private OdcsExport() {}

  /**
   * The contract id of {@code port} of {@code product}: {@code <domain>.<name>.<port>}; ODPS and
   * input ports refer to it.
   */
  public static String contractId(String domain, String name, String port) {
    return domain + "." + name + "." + port;
  }

  /** The contract of output port {@code port} of {@code contract}. */
  public static ObjectNode document(Contract contract, OutputPort port, ExportSettings settings) {
    DataProduct d = contract.descriptor();
    PortContract schemas = contract.ports().get(port.name());
    ObjectNode doc = object();
    doc.put("apiVersion", API_VERSION);
    doc.put("kind", "DataContract");
    doc.put("id", contractId(d.domain(), d.name(), port.name()));
    doc.put("name", port.name());
    doc.put("version", contract.version());
    doc.put("status", port.status() == null ? d.effectiveStatus() : port.status());
    doc.put("domain", d.domain());
    put(doc, "tags", nonEmpty(d.tags()));
    ObjectNode description = object();
    put(description, "purpose", port.description());
    put(description, "usage", d.description() == null ? null : d.description().strip());
    if (!description.isEmpty()) {
      doc.set("description", description);
    }
    if (d.owner() != null && d.owner().team() != null) {
      ObjectNode team = object().put("name", d.owner().team());
      if (d.owner().email() != null) {
        team.set(
            "members",
            array().add(object().put("username", d.owner().email()).put("role", "owner")));
      }
      doc.set("team", team);
    }
    if (settings.bootstrapServers() != null) {
      ObjectNode server =
          object()
              .put("server", "kafka")
              .put("type", "kafka")
              .put("host", settings.bootstrapServers())
              .put("format", "avro");
      server.set("customProperties", array().add(custom(TOPIC, port.topic())));
      doc.set("servers", array().add(server));
    }
    if (schemas != null) {
      doc.set(
          "schema", array().add(schemaObject(port, schemas.value(), d.effectiveClassification())));
    }
    ArrayNode sla = slaProperties(port);
    if (!sla.isEmpty()) {
      doc.set("slaProperties", sla);
    }
    ArrayNode custom = array();
    custom.add(custom(PRODUCT, d.qualifiedName()));
    addCustom(custom, TITLE, d.title());
    addCustom(custom, PRODUCT_DESCRIPTION, d.description());
    custom.add(custom(CLASSIFICATION, d.effectiveClassification()));
    addCustom(custom, OWNER_EMAIL, d.owner() == null ? null : d.owner().email());
    custom.add(custom(PORT, port.name()));
    custom.add(custom(TOPIC, port.topic()));
    custom.add(custom(COMPATIBILITY, port.effectiveCompatibility()));
    custom.add(custom(ENCODING, port.effectiveEncoding()));
    if (schemas != null && schemas.key() != null) {
      custom.add(custom(KEY_ENCODING, schemas.keyEncoding()));
      custom.add(custom(KEY_SCHEMA, ExportJson.avro(schemas.key())));
    }
    if (port.partitions() != null) {
      custom.add(object().put("property", PARTITIONS).put("value", port.partitions()));
    }
    addCustom(custom, CLEANUP_POLICY, port.cleanupPolicy());
    if (!d.inputPorts().isEmpty()) {
      ArrayNode inputs = array();
      d.inputPorts()
          .forEach(
              i ->
                  inputs.add(
                      put(
                          put(put(object(), "name", i.name()), "product", i.product()),
                          "port",
                          i.port())));
      custom.add(object().put("property", UPSTREAM).set("value", inputs));
    }
    doc.set("customProperties", custom);
    return doc;
  }

  /**
   * The value schema as an ODCS schema object named after its record, the topic as its physical
   * name.
   */
  private static ObjectNode schemaObject(OutputPort port, Schema value, String classification) {
    ObjectNode object = object();
    object.put("name", value.getType() == Schema.Type.RECORD ? value.getName() : port.name());
    object.put("physicalName", port.topic());
    object.put("physicalType", "topic");
    object.put("logicalType", "object");
    put(object, "description", value.getDoc());
    if (value.getType() == Schema.Type.RECORD) {
      object.set("properties", properties(value, classification, new HashSet<>()));
    }
    object.set("customProperties", array().add(custom(VALUE_SCHEMA, ExportJson.avro(value))));
    return object;
  }

  /**
   * The fields of {@code record}. Each record is described in full once per document, at its first
   * use; later uses (a recursive type, or a record that several fields refer to) are named by their
   * physical type only, as Avro's own JSON does. Described again at every use, a product whose
   * records refer to each other through several paths made a document exponential in their depth.
   *
   * @param described the full names of the records described so far in this document
   */
  private static ArrayNode properties(Schema record, String classification, Set<String> described) {
    ArrayNode properties = array();
    described.add(record.getFullName());
    for (Schema.Field field : record.getFields()) {
      ObjectNode property = object();
      property.put("name", field.name());
      Schema type = nonNull(field.schema());
      describe(property, type, classification, described);
      property.put("required", !isNullable(field.schema()));
      put(property, "description", field.doc());
      List<String> tags = tags(field);
      put(property, "tags", nonEmpty(tags));
      if (tags.contains("pii")) {
        property.put("classification", classification);
      }
      properties.add(property);
    }
    return properties;
  }

  /** logicalType, physicalType and, for records and arrays, what they hold. */
  private static void describe(
      ObjectNode property, Schema type, String classification, Set<String> described) {
    String logical = logicalType(type);
    put(property, "logicalType", logical);
    property.put("physicalType", physicalType(type));
    if (type.getType() == Schema.Type.RECORD && !described.contains(type.getFullName())) {
      property.set("properties", properties(type, classification, described));
    } else if (type.getType() == Schema.Type.ARRAY) {
      ObjectNode items = object();
      describe(items, nonNull(type.getElementType()), classification, described);
      property.set("items", items);
    }
  }

  /**
   * ODCS's logical type of an Avro type; {@code null} for a union of several types, which has none.
   */
  static String logicalType(Schema type) {
    LogicalType logical = type.getLogicalType();
    if (logical != null) {
      switch (logical.getName()) {
        case "date":
          return "date";
        case "time-millis", "time-micros":
          return "time";
        case "timestamp-millis",
        "timestamp-micros",
        "timestamp-nanos",
        "local-timestamp-millis",
        "local-timestamp-micros",
        "local-timestamp-nanos":
          return "timestamp";
        case "decimal":
          return "number";
        default:
          break;
      }
    }
    return switch (type.getType()) {
      case STRING, ENUM, BYTES, FIXED -> "string";
      case INT, LONG -> "integer";
      case FLOAT, DOUBLE -> "number";
      case BOOLEAN -> "boolean";
      case RECORD, MAP -> "object";
      case ARRAY -> "array";
      default -> null;
    };
  }

  /**
   * The Avro type as written: {@code long}, {@code long (timestamp-millis)}, {@code record
   * com.example.Money}, {@code union<string, long>}.
   */
  static String physicalType(Schema type) {
    String logical =
        type.getLogicalType() == null ? "" : " (" + type.getLogicalType().getName() + ")";
    return switch (type.getType()) {
      case RECORD, ENUM, FIXED -> type.getType().getName() + " " + type.getFullName() + logical;
      case ARRAY -> "array<" + physicalType(type.getElementType()) + ">";
      case MAP -> "map<" + physicalType(type.getValueType()) + ">";
      case UNION ->
          "union<"
              + String.join(", ", type.getTypes().stream().map(OdcsExport::physicalType).toList())
              + ">";
      default -> type.getType().getName() + logical;
    };
  }

  private static ArrayNode slaProperties(OutputPort port) {
    ArrayNode sla = array();
    if (port.slo() != null && port.slo().freshness() != null) {
      sla.add(
          object()
              .put("property", LATENCY)
              .put("value", port.slo().freshness())
              .put("unit", "ISO-8601 duration")
              .put(
                  "description",
                  "Freshness: a record is on the topic at most this long after the event"));
    }
    if (port.slo() != null && port.slo().availability() != null) {
      sla.add(
          object()
              .put("property", AVAILABILITY)
              .put("value", port.slo().availability())
              .put("unit", "percent"));
    }
    if (port.retention() != null) {
      sla.add(
          object()
              .put("property", RETENTION)
              .put("value", port.retention())
              .put("unit", "ISO-8601 duration or infinite"));
    }
    return sla;
  }

  private static List<String> tags(Schema.Field field) {
    List<String> tags = new ArrayList<>();
    if (field.getObjectProp("tags") instanceof Collection<?> list) {
      list.forEach(tag -> tags.add(String.valueOf(tag)));
    }
    return tags;
  }

  static boolean isNullable(Schema schema) {
    return schema.getType() == Schema.Type.NULL
        || schema.getType() == Schema.Type.UNION
            && schema.getTypes().stream().anyMatch(s -> s.getType() == Schema.Type.NULL);
  }

  /** The one non-null branch of an optional union, else the schema itself. */
  static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> types =
        schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return types.size() == 1 ? types.get(0) : schema;
  }

  static ObjectNode custom(String property, Object value) {
    ObjectNode node = object().put("property", property);
    return value instanceof JsonNode json
        ? node.set("value", json)
        : node.put("value", String.valueOf(value));
  }

  private static void addCustom(ArrayNode custom, String property, String value) {
    if (value != null) {
      custom.add(custom(property, value.strip()));
    }
  }
}
