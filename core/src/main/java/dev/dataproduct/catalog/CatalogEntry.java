package dev.dataproduct.catalog;

import dev.dataproduct.contract.Contract;
import dev.dataproduct.contract.PortContract;
import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.descriptor.model.OutputPort;
import dev.dataproduct.export.Exports;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * What the catalog shows and searches about one product version: its descriptor's summary and the
 * fields of its schemas. Plain data, serialized as {@code entry.json} in the version's folder and
 * gathered into the catalog's index, so the index can always be rebuilt from the folders.
 *
 * @param domain the product's domain
 * @param name the product's name, unique within the domain
 * @param version the product version
 * @param title a human title, or {@code null}
 * @param description what the product holds
 * @param status {@code draft}, {@code active}, {@code deprecated} or {@code retired}
 * @param classification {@code public}, {@code internal}, {@code confidential} or {@code restricted}
 * @param owner the owning team
 * @param tags free tags for search
 * @param ports the output ports, in descriptor order
 * @param inputPorts the ports of other products this one reads; they draw the lineage
 * @param waivers findings the product accepted, with their reasons
 * @param exports the version's contract in the open standards (ODCS, ODPS, AsyncAPI, OpenLineage),
 *     as paths relative to the version folder such as {@code contract/exports/asyncapi.json}, sorted;
 *     pages link them
 */
public record CatalogEntry(
    String domain,
    String name,
    String version,
    String title,
    String description,
    String status,
    String classification,
    Owner owner,
    List<String> tags,
    List<Port> ports,
    List<Input> inputPorts,
    List<Waiver> waivers,
    List<String> exports) {

  public CatalogEntry {
    owner = owner == null ? new Owner(null, null) : owner;
    tags = copy(tags);
    ports = copy(ports);
    inputPorts = copy(inputPorts);
    waivers = copy(waivers);
    exports = copy(exports);
  }

  /** An entry without exports, as versions published before the exports have. */
  public CatalogEntry(String domain, String name, String version, String title, String description, String status, String classification,
      Owner owner, List<String> tags, List<Port> ports, List<Input> inputPorts, List<Waiver> waivers) {
    this(domain, name, version, title, description, status, classification, owner, tags, ports, inputPorts, waivers, List.of());
  }

  /**
   * This entry listing the exports among {@code contractFiles} (paths relative to the contract
   * directory, as {@link PublishRequest#contractFiles()} has them).
   */
  public CatalogEntry withExportsOf(Collection<String> contractFiles) {
    List<String> found = contractFiles.stream().filter(Exports::isExport).map(path -> CatalogLayout.CONTRACT + path).sorted().toList();
    return new CatalogEntry(domain, name, version, title, description, status, classification, owner, tags, ports, inputPorts, waivers, found);
  }

  /** The team that owns the product and how to reach it; either may be {@code null}. */
  public record Owner(String team, String email) {}

  /** An output port: one topic, its schemas and its promises. */
  public record Port(
      String name,
      String description,
      String topic,
      String compatibility,
      String encoding,
      Integer partitions,
      String retention,
      String cleanupPolicy,
      Slo slo,
      String status,
      SchemaSummary key,
      SchemaSummary value) {}

  /** How fresh (ISO-8601 duration) and how available (percent, as written) a port's data is. */
  public record Slo(String freshness, String availability) {}

  /**
   * A schema as readers of the catalog need it: its type and its fields, nested records flattened
   * with dotted names ({@code customer.email}).
   *
   * @param type the record's full name, or the primitive type of a key such as {@code string}
   */
  public record SchemaSummary(String type, String doc, List<Field> fields) {

    public SchemaSummary {
      fields = copy(fields);
    }
  }

  /**
   * One field; {@code pii} when the field carries the {@code "tags": ["pii"]} property;
   * {@code defaultValue} is the default as JSON ({@code "EUR"}, {@code null}), or {@code null} for none.
   */
  public record Field(String name, String type, String doc, boolean pii, String defaultValue) {

    public Field(String name, String type, String doc, boolean pii) {
      this(name, type, doc, pii, null);
    }
  }

  /** A port of another product this one reads; {@code product} is {@code <domain>/<name>}. */
  public record Input(String name, String product, String port) {}

  /** An accepted finding. */
  public record Waiver(String rule, String target, String justification) {}

  /** {@code <domain>/<name>}, as input ports refer to products. */
  public String qualifiedName() {
    return domain + "/" + name;
  }

  /** The entry of {@code contract}'s product version, with the fields of every current schema. */
  public static CatalogEntry of(Contract contract) {
    DataProduct d = contract.descriptor();
    List<Port> ports = new ArrayList<>();
    for (OutputPort port : d.outputPorts()) {
      PortContract schemas = port.name() == null ? null : contract.ports().get(port.name());
      ports.add(new Port(
          port.name(),
          port.description(),
          port.topic(),
          port.effectiveCompatibility(),
          port.effectiveEncoding(),
          port.partitions(),
          port.retention(),
          port.cleanupPolicy(),
          port.slo() == null ? null : new Slo(port.slo().freshness(), port.slo().availability() == null ? null : port.slo().availability().toPlainString()),
          port.status() == null ? d.effectiveStatus() : port.status(),
          schemas == null ? null : summary(schemas.key()),
          schemas == null ? null : summary(schemas.value())));
    }
    return new CatalogEntry(
        d.domain(),
        d.name(),
        contract.version(),
        d.title(),
        d.description(),
        d.effectiveStatus(),
        d.effectiveClassification(),
        new Owner(d.owner() == null ? null : d.owner().team(), d.owner() == null ? null : d.owner().email()),
        d.tags(),
        ports,
        d.inputPorts().stream().map(i -> new Input(i.name(), i.product(), i.port())).toList(),
        d.waivers().stream().map(w -> new Waiver(w.rule(), w.target(), w.justification())).toList());
  }

  /** The summary of {@code schema}, or {@code null} for none (a port without a key). */
  static SchemaSummary summary(Schema schema) {
    if (schema == null) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    if (schema.getType() == Schema.Type.RECORD) {
      addFields(schema, "", fields, new HashSet<>());
    }
    return new SchemaSummary(typeName(schema), schema.getDoc(), fields);
  }

  /** Fields of {@code record} and of records nested in them; a recursive type is listed once. */
  private static void addFields(Schema record, String prefix, List<Field> out, Set<String> open) {
    if (!open.add(record.getFullName())) {
      return;
    }
    for (Schema.Field field : record.getFields()) {
      String path = prefix + field.name();
      out.add(new Field(path, typeName(field.schema()), field.doc(), isPii(field),
          field.hasDefaultValue() ? JacksonUtils.toJsonNode(field.defaultVal()).toString() : null));
      Schema nested = nonNull(field.schema());
      if (nested.getType() == Schema.Type.RECORD) {
        addFields(nested, path + ".", out, open);
      }
    }
    open.remove(record.getFullName());
  }

  private static boolean isPii(Schema.Field field) {
    return field.getObjectProp("tags") instanceof Collection<?> tags && tags.contains("pii");
  }

  /** The record inside an optional {@code ["null", Record]} union, else the schema itself. */
  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> types = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return types.size() == 1 ? types.get(0) : schema;
  }

  /** How a type reads in a table: {@code string}, {@code long (timestamp-millis)}, {@code null | string}. */
  static String typeName(Schema schema) {
    String logical = schema.getLogicalType() == null ? "" : " (" + schema.getLogicalType().getName() + ")";
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getFullName() + logical;
      case ARRAY -> "array<" + typeName(schema.getElementType()) + ">";
      case MAP -> "map<" + typeName(schema.getValueType()) + ">";
      case UNION -> schema.getTypes().stream().map(CatalogEntry::typeName).collect(Collectors.joining(" | "));
      default -> schema.getType().getName() + logical;
    };
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
