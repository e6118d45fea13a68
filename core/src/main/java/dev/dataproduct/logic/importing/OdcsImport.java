package dev.dataproduct.logic.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.yaml.YamlList;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.model.descriptor.yaml.YamlNode;
import dev.dataproduct.model.descriptor.yaml.YamlScalar;
import dev.dataproduct.model.schema.StandaloneSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * A descriptor and schemas from ODCS v3 contracts: each schema object becomes an output port. The
 * plugin's own exports carry the Avro schemas and the Kafka settings in custom properties, so they
 * come back unchanged; any other contract's properties become an Avro record by their logical and
 * physical types. What has no place is reported where it stands, and left out.
 */
public final class OdcsImport {

  /** Top-level ODCS keys the import reads or that say nothing the descriptor could hold. */
  private static final Set<String> READ =
      Set.of(
          "apiVersion",
          "kind",
          "id",
          "name",
          "version",
          "status",
          "domain",
          "dataProduct",
          "tags",
          "description",
          "team",
          "servers",
          "schema",
          "slaProperties",
          "customProperties",
          "contractCreatedTs");

  private static final Set<String> PRODUCT_PROPERTIES =
      Set.of(
          "dataProduct",
          "dataProductTitle",
          "dataProductDescription",
          "classification",
          "ownerEmail",
          "inputPorts",
          "outputPort",
          "topic",
          "compatibilityLevel",
          "encoding",
          "keyEncoding",
          "keySchema",
          "partitions",
          "cleanupPolicy");
  private static final Set<String> SLAS = Set.of("latency", "availability", "retention");
  private static final Set<String> PROPERTY_KEYS =
      Set.of(
          "id",
          "name",
          "logicalType",
          "physicalType",
          "physicalName",
          "required",
          "description",
          "businessName",
          "tags",
          "classification",
          "properties",
          "items",
          "primaryKey",
          "primaryKeyPosition",
          "examples",
          "criticalDataElement",
          "logicalTypeOptions",
          "unique");

  private OdcsImport() {}

  /**
   * Imports {@code contracts}, each one an ODCS v3 file (YAML or JSON), into one product.
   *
   * @param display how findings name each file, e.g. relative to the working directory
   */
  public static ImportResult read(
      List<Path> contracts, java.util.function.Function<Path, String> display) throws IOException {
    ProductDraft draft = null;
    SourcePosition first = null;
    YamlMap firstDoc = null;
    String firstName = null;
    for (Path file : contracts) {
      String name = display.apply(file);
      if (!Files.isRegularFile(file)) {
        ProductDraft failed = new ProductDraft("unknown", "unknown");
        failed.error(
            SourcePosition.file(name),
            "ODCS contract " + name + " does not exist",
            "Name an existing ODCS v3 contract file.");
        return failed.result(SourcePosition.file(name));
      }
      YamlLoadResult loaded = new YamlLoader().parse(Files.readAllBytes(file), name);
      if (loaded.document().isEmpty()) {
        ProductDraft failed = new ProductDraft("unknown", "unknown");
        loaded
            .findings()
            .forEach(
                f ->
                    failed.error(
                        f.position(),
                        f.message(),
                        "The file must be an ODCS v3 contract in YAML or JSON."));
        return failed.result(SourcePosition.file(name));
      }
      YamlMap doc = loaded.document().get();
      if (draft == null) {
        first = doc.position();
        firstDoc = doc;
        firstName = name;
        draft = product(doc);
      } else {
        sameProduct(firstDoc, firstName, doc, name, draft);
      }
      ports(doc, draft);
    }
    return draft.result(first);
  }

  /**
   * A later contract must describe the product the first one does: the product's fields come from
   * the first, so another product's ports would be merged into it, and another classification
   * dropped (a lower one would leave the next check comparing against less than was declared).
   */
  private static void sameProduct(
      YamlMap first, String firstName, YamlMap doc, String name, ProductDraft draft) {
    Optional<String> was = productName(first);
    Optional<String> is = productName(doc);
    if (was.isPresent() && is.isPresent() && !was.get().equals(is.get())) {
      YamlNode at = customProperties(doc).get("dataProduct");
      draft.error(
          at == null ? doc.position() : at.position(),
          "%s is a contract of %s, %s of %s; one import makes one product"
              .formatted(name, is.get(), firstName, was.get()),
          "Import each product's contracts on their own.");
    }
    YamlNode classification = customProperties(doc).get("classification");
    Optional<String> firstClassification = text(customProperties(first).get("classification"));
    Optional<String> thisClassification = text(classification);
    if (firstClassification.isPresent()
        && thisClassification.isPresent()
        && !firstClassification.get().equals(thisClassification.get())) {
      draft.error(
          classification.position(),
          "%s classifies the product %s, %s %s; one product has one classification"
              .formatted(name, thisClassification.get(), firstName, firstClassification.get()),
          "Give the contracts the product's classification, the strictest of them.");
    }
  }

  /**
   * {@code <domain>/<name>} as a contract names its product (the dataProduct custom property, or
   * domain and dataProduct), or empty when it does not.
   */
  private static Optional<String> productName(YamlMap doc) {
    Optional<String> qualified =
        text(customProperties(doc).get("dataProduct")).filter(q -> q.contains("/"));
    if (qualified.isPresent()) {
      return qualified;
    }
    Optional<String> domain = doc.string("domain");
    Optional<String> product = doc.string("dataProduct");
    return domain.isPresent() && product.isPresent()
        ? Optional.of(ProductDraft.kebab(domain.get()) + "/" + ProductDraft.kebab(product.get()))
        : Optional.empty();
  }

  /** The product-level fields, from the first contract. */
  private static ProductDraft product(YamlMap doc) {
    Map<String, YamlNode> custom = customProperties(doc);
    String qualified = text(custom.get("dataProduct")).orElse(null);
    String domain =
        qualified != null && qualified.contains("/")
            ? qualified.substring(0, qualified.indexOf('/'))
            : doc.string("domain").orElse(null);
    String name =
        qualified != null && qualified.contains("/")
            ? qualified.substring(qualified.indexOf('/') + 1)
            : doc.string("dataProduct")
                .or(() -> doc.string("id"))
                .map(ProductDraft::kebab)
                .orElse(null);
    ProductDraft draft =
        new ProductDraft(
            domain == null ? "unknown" : ProductDraft.kebab(domain),
            name == null ? "unknown" : name);
    if (domain == null) {
      draft.error(
          doc.position(),
          "The contract names no domain (domain, or the dataProduct custom property)",
          "Add domain: <your-domain> to the contract.");
    }
    text(custom.get("dataProductTitle")).ifPresent(t -> draft.descriptor.put("title", t));
    Optional<String> description =
        text(custom.get("dataProductDescription"))
            .or(() -> doc.map("description").flatMap(d -> d.string("usage")));
    description.ifPresent(d -> draft.descriptor.put("description", d));
    doc.map("team")
        .ifPresent(
            team -> {
              ObjectNode owner = draft.descriptor.putObject("owner");
              team.string("name").ifPresent(t -> owner.put("team", t));
              String email = text(custom.get("ownerEmail")).orElse(null);
              if (email == null) {
                for (YamlNode member :
                    team.list("members").map(YamlList::items).orElse(List.of())) {
                  if (member instanceof YamlMap m
                      && "owner".equals(m.string("role").orElse(null))) {
                    email = m.string("username").orElse(null);
                  }
                }
              }
              if (email != null) {
                owner.put("email", email);
              }
            });
    List<String> tags = strings(doc.get("tags").orElse(null));
    if (!tags.isEmpty()) {
      ArrayNode array = draft.descriptor.putArray("tags");
      tags.forEach(array::add);
    }
    text(custom.get("classification")).ifPresent(c -> draft.descriptor.put("classification", c));
    if (custom.get("inputPorts") instanceof YamlList inputs) {
      for (YamlNode input : inputs.items()) {
        if (input instanceof YamlMap in) {
          ObjectNode port = draft.inputPorts.addObject();
          in.string("name").ifPresent(v -> port.put("name", v));
          in.string("product").ifPresent(v -> port.put("product", v));
          in.string("port").ifPresent(v -> port.put("port", v));
        }
      }
    }
    for (YamlMap.Entry entry : doc.entries().values()) {
      if (!READ.contains(entry.key())) {
        draft.unmapped(
            entry.keyPosition(),
            "ODCS " + entry.key() + " is not imported: the descriptor has no field for it",
            "Keep it in your ODCS contract; the plugin's ODCS export will not carry it.");
      }
    }
    return draft;
  }

  /** One output port per schema object. */
  private static void ports(YamlMap doc, ProductDraft draft) {
    Map<String, YamlNode> custom = customProperties(doc);
    for (String key : custom.keySet()) {
      if (!PRODUCT_PROPERTIES.contains(key)) {
        draft.unmapped(
            position(doc, "customProperties"),
            "Custom property " + key + " is not imported: the descriptor has no field for it",
            null);
      }
    }
    List<YamlNode> objects = doc.list("schema").map(YamlList::items).orElse(List.of());
    for (YamlNode node : objects) {
      if (!(node instanceof YamlMap object)) {
        draft.error(
            node.position(), "A schema element is a " + node.typeName() + ", not an object", null);
        continue;
      }
      ObjectNode port = draft.outputPorts.addObject();
      String objectName = object.string("name").orElse("port");
      port.put(
          "name",
          objects.size() == 1
              ? text(custom.get("outputPort")).orElse(ProductDraft.kebab(objectName))
              : ProductDraft.kebab(objectName));
      Optional<String> description =
          doc.map("description")
              .flatMap(d -> d.string("purpose"))
              .or(() -> object.string("description"));
      description.ifPresent(d -> port.put("description", d));
      Optional<String> topic = text(custom.get("topic")).or(() -> object.string("physicalName"));
      if (topic.isEmpty()) {
        draft.error(
            object.position(),
            "Schema object "
                + objectName
                + " names no topic (physicalName, or the topic custom property)",
            "Add physicalName: <topic> to the schema object.");
        continue;
      }
      port.put("topic", topic.get());
      Schema key = avro(custom.get("keySchema"), draft);
      if (key != null) {
        ObjectNode ref = draft.typeReference(key, port.get("name").asText() + "-key");
        // The descriptor's default, as OutputPort.effectiveKeyEncoding has it: avro for a key in
        // a schema file, kafka for a key given by type.
        String byDefault =
            ref.has("schema") ? OutputPort.KEY_ENCODING_AVRO : OutputPort.KEY_ENCODING_KAFKA;
        text(custom.get("keyEncoding"))
            .filter(e -> !e.equals(byDefault))
            .ifPresent(e -> ref.put("encoding", e));
        port.set("key", ref);
      }
      Map<String, YamlNode> objectCustom = customProperties(object);
      Schema value =
          objectCustom.containsKey("avroSchema")
              ? avro(objectCustom.get("avroSchema"), draft)
              : record(object, draft);
      if (value == null) {
        continue;
      }
      port.set("value", draft.typeReference(value, port.get("name").asText() + "-value"));
      text(custom.get("compatibilityLevel"))
          .filter(c -> !c.equals(OutputPort.DEFAULT_COMPATIBILITY))
          .ifPresent(c -> port.put("compatibility", c));
      text(custom.get("encoding"))
          .filter(e -> !e.equals(OutputPort.DEFAULT_ENCODING))
          .ifPresent(e -> port.put("encoding", e));
      YamlNode partitions = custom.get("partitions");
      if (partitions != null) {
        Optional<Integer> count = number(partitions).flatMap(OdcsImport::wholeNumber);
        if (count.isPresent()) {
          port.put("partitions", count.get());
        } else {
          draft.error(
              partitions.position(),
              "Custom property partitions \""
                  + text(partitions).orElse(partitions.typeName())
                  + "\" is not a whole number of partitions",
              "Give the topic's partition count as a whole number, such as 12.");
        }
      }
      ObjectNode slo = JsonNodeFactory.instance.objectNode();
      for (YamlNode sla : doc.list("slaProperties").map(YamlList::items).orElse(List.of())) {
        if (!(sla instanceof YamlMap s)) {
          continue;
        }
        String property = s.string("property").orElse("");
        YamlNode valueNode = s.get("value").orElse(null);
        Optional<String> v = text(valueNode);
        switch (property) {
          case "retention" -> v.ifPresent(r -> port.put("retention", r));
          case "latency" -> v.ifPresent(f -> slo.put("freshness", f));
          case "availability" ->
              v.ifPresent(
                  a -> {
                    Optional<BigDecimal> percent = decimal(a);
                    if (percent.isPresent()) {
                      slo.put("availability", percent.get());
                    } else {
                      draft.error(
                          valueNode.position(),
                          "SLA availability \""
                              + a
                              + "\" is not a number such as 99.9 (a percentage)",
                          "Give the percentage as a number without the % sign: value: 99.9,"
                              + " unit: percent.");
                    }
                  });
          default ->
              draft.unmapped(
                  s.position(),
                  "SLA property "
                      + property
                      + " is not imported: the descriptor's SLOs are freshness and availability",
                  "Only latency (freshness), availability and retention are mapped.");
        }
      }
      text(custom.get("cleanupPolicy")).ifPresent(c -> port.put("cleanupPolicy", c));
      if (!slo.isEmpty()) {
        port.set("slo", slo);
      }
    }
  }

  /** An Avro schema given as a JSON value in a custom property. */
  private static Schema avro(YamlNode node, ProductDraft draft) {
    if (node == null) {
      return null;
    }
    StandaloneSchema parsed = StandaloneSchema.parse(json(node).toString(), node.position().path());
    if (parsed.schema() == null) {
      draft.error(
          node.position(),
          "The Avro schema here cannot be read: " + parsed.problem().detail(),
          null);
    }
    return parsed.schema();
  }

  /** An Avro record from an ODCS schema object's properties. */
  private static Schema record(YamlMap object, ProductDraft draft) {
    String name = object.string("name").orElse("Record").replaceAll("[^A-Za-z0-9_]", "_");
    List<Schema.Field> fields = new ArrayList<>();
    for (YamlNode node : object.list("properties").map(YamlList::items).orElse(List.of())) {
      if (node instanceof YamlMap property) {
        Schema.Field field = field(property, draft, name);
        if (field != null) {
          fields.add(field);
        }
      }
    }
    if (fields.isEmpty()) {
      draft.error(
          object.position(),
          "Schema object "
              + name
              + " has no properties the import can map, and no avroSchema custom property",
          null);
      return null;
    }
    return Schema.createRecord(
        name, object.string("description").orElse(null), null, false, fields);
  }

  private static Schema.Field field(YamlMap property, ProductDraft draft, String parent) {
    Optional<String> name = property.string("name");
    if (name.isEmpty()) {
      draft.error(property.position(), "A property has no name", null);
      return null;
    }
    for (YamlMap.Entry entry : property.entries().values()) {
      if (!PROPERTY_KEYS.contains(entry.key())) {
        draft.unmapped(
            entry.keyPosition(),
            "Property "
                + name.get()
                + ": "
                + entry.key()
                + " is not imported: Avro has no place for it",
            null);
      }
    }
    Schema type = type(property, draft, parent + "_" + name.get());
    if (type == null) {
      return null;
    }
    boolean required =
        property
            .get("required")
            .filter(YamlScalar.class::isInstance)
            .map(YamlScalar.class::cast)
            .flatMap(YamlScalar::asBoolean)
            .orElse(false);
    Schema.Field field =
        required
            ? new Schema.Field(name.get(), type, property.string("description").orElse(null))
            : new Schema.Field(
                name.get(),
                Schema.createUnion(Schema.create(Schema.Type.NULL), type),
                property.string("description").orElse(null),
                JsonProperties.NULL_VALUE);
    List<String> tags = strings(property.get("tags").orElse(null));
    if (!tags.isEmpty()) {
      field.addProp("tags", tags);
    }
    return field;
  }

  private static Schema type(YamlMap property, ProductDraft draft, String recordName) {
    String logical = property.string("logicalType").orElse(null);
    String physical = property.string("physicalType").orElse("").toLowerCase(java.util.Locale.ROOT);
    if (logical == null) {
      draft.unmapped(
          property.position(),
          "Property "
              + property.string("name").orElse("?")
              + " has no logicalType; imported as a string",
          "Give it a logicalType, or edit the .avsc file.");
      return Schema.create(Schema.Type.STRING);
    }
    return switch (logical) {
      case "string" -> Schema.create(Schema.Type.STRING);
      case "integer" ->
          Schema.create(
              physical.startsWith("int") && !physical.startsWith("integer")
                  ? Schema.Type.INT
                  : Schema.Type.LONG);
      case "number" ->
          Schema.create(physical.startsWith("float") ? Schema.Type.FLOAT : Schema.Type.DOUBLE);
      case "boolean" -> Schema.create(Schema.Type.BOOLEAN);
      case "date" -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
      case "time" -> LogicalTypes.timeMillis().addToSchema(Schema.create(Schema.Type.INT));
      case "timestamp" ->
          physical.contains("micros")
              ? LogicalTypes.timestampMicros().addToSchema(Schema.create(Schema.Type.LONG))
              : LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
      case "object" -> {
        List<Schema.Field> fields = new ArrayList<>();
        for (YamlNode node : property.list("properties").map(YamlList::items).orElse(List.of())) {
          if (node instanceof YamlMap p) {
            Schema.Field f = field(p, draft, recordName);
            if (f != null) {
              fields.add(f);
            }
          }
        }
        if (fields.isEmpty()) {
          draft.unmapped(
              property.position(),
              "Object "
                  + property.string("name").orElse("?")
                  + " lists no properties; imported as a map of strings",
              null);
          yield Schema.createMap(Schema.create(Schema.Type.STRING));
        }
        yield Schema.createRecord(
            recordName.replaceAll("[^A-Za-z0-9_]", "_"), null, null, false, fields);
      }
      case "array" -> {
        Optional<YamlMap> items = property.map("items");
        if (items.isEmpty()) {
          draft.unmapped(
              property.position(),
              "Array "
                  + property.string("name").orElse("?")
                  + " has no items; imported as an array of strings",
              null);
          yield Schema.createArray(Schema.create(Schema.Type.STRING));
        }
        Schema item = type(items.get(), draft, recordName + "_item");
        yield item == null ? null : Schema.createArray(item);
      }
      default -> {
        draft.unmapped(
            property.positionOf("logicalType"),
            "logicalType " + logical + " is not an ODCS type; imported as a string",
            null);
        yield Schema.create(Schema.Type.STRING);
      }
    };
  }

  /** {@code customProperties} as property name to value node, in order. */
  private static Map<String, YamlNode> customProperties(YamlMap map) {
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (YamlNode node : map.list("customProperties").map(YamlList::items).orElse(List.of())) {
      if (node instanceof YamlMap p
          && p.string("property").isPresent()
          && p.get("value").isPresent()) {
        out.put(p.string("property").get(), p.get("value").get());
      }
    }
    return out;
  }

  private static SourcePosition position(YamlMap map, String key) {
    return map.keyPositionOf(key);
  }

  /** Any scalar's text (a version 1.0 or an availability 99.9 is a number to YAML). */
  private static Optional<String> text(YamlNode node) {
    return node instanceof YamlScalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  private static Optional<String> number(YamlNode node) {
    return node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER
        ? Optional.of(s.text())
        : text(node).filter(t -> t.matches("\\d+"));
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> wholeNumber(String digits) {
    try {
      return Optional.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return Optional.empty(); // more partitions than an int holds
    }
  }

  private static List<String> strings(YamlNode node) {
    List<String> out = new ArrayList<>();
    if (node instanceof YamlList list) {
      list.items().forEach(item -> text(item).ifPresent(out::add));
    }
    return out;
  }

  /** A YAML tree as JSON, for the Avro parser. */
  static JsonNode json(YamlNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof YamlMap map) {
      ObjectNode object = f.objectNode();
      map.entries().values().forEach(e -> object.set(e.key(), json(e.value())));
      return object;
    }
    if (node instanceof YamlList list) {
      ArrayNode array = f.arrayNode();
      list.items().forEach(item -> array.add(json(item)));
      return array;
    }
    YamlScalar s = (YamlScalar) node;
    return switch (s.kind()) {
      case NULL -> f.nullNode();
      case BOOLEAN -> f.booleanNode(s.asBoolean().orElse(false));
      case INTEGER, FLOAT -> s.asNumber().<JsonNode>map(f::numberNode).orElse(f.textNode(s.text()));
      case STRING -> f.textNode(s.text());
    };
  }
}
