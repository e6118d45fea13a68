package dev.dataproduct.infra.catalog;

import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.schema.SchemaFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.avro.Schema;

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
 * @param classification {@code public}, {@code internal}, {@code confidential} or {@code
 *     restricted}
 * @param owner the owning team
 * @param tags free tags for search
 * @param ports the output ports, in descriptor order
 * @param inputPorts the ports of other products this one reads; they draw the lineage
 * @param waivers findings the product accepted, with their reasons
 * @param exports the version's contract in the open standards (ODCS, ODPS, AsyncAPI, OpenLineage),
 *     as paths relative to the version folder such as {@code contract/exports/asyncapi.json},
 *     sorted; pages link them
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

  /**
   * This entry listing the exports among {@code contractFiles} (paths relative to the contract
   * directory, as {@link PublishRequest#contractFiles()} has them).
   */
  public CatalogEntry withExportsOf(Collection<String> contractFiles) {
    List<String> found =
        contractFiles.stream()
            .filter(Exports::isExport)
            .map(path -> CatalogLayout.CONTRACT + path)
            .sorted()
            .toList();
    return new CatalogEntry(
        domain,
        name,
        version,
        title,
        description,
        status,
        classification,
        owner,
        tags,
        ports,
        inputPorts,
        waivers,
        found);
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
   * One field; {@code pii} when the field carries the {@code "tags": ["pii"]} property; {@code
   * defaultValue} is the default as JSON ({@code "EUR"}, {@code null}), or {@code null} for none.
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
      ports.add(
          new Port(
              port.name(),
              port.description(),
              port.topic(),
              port.effectiveCompatibility(),
              port.effectiveEncoding(),
              port.partitions(),
              port.retention(),
              port.cleanupPolicy(),
              port.slo() == null
                  ? null
                  : new Slo(
                      port.slo().freshness(),
                      port.slo().availability() == null
                          ? null
                          : port.slo().availability().toPlainString()),
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
        new Owner(
            d.owner() == null ? null : d.owner().team(),
            d.owner() == null ? null : d.owner().email()),
        d.tags(),
        ports,
        d.inputPorts().stream().map(i -> new Input(i.name(), i.product(), i.port())).toList(),
        d.waivers().stream().map(w -> new Waiver(w.rule(), w.target(), w.justification())).toList(),
        List.of()); // withExportsOf adds the exports packed beside the contract
  }

  /** The summary of {@code schema}, or {@code null} for none (a port without a key). */
  static SchemaSummary summary(Schema schema) {
    if (schema == null) {
      return null;
    }
    List<Field> fields =
        SchemaFields.of(schema).stream()
            .map(f -> new Field(f.path(), f.type(), f.doc(), f.pii(), f.defaultValue()))
            .toList();
    return new SchemaSummary(SchemaFields.typeName(schema), schema.getDoc(), fields);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
