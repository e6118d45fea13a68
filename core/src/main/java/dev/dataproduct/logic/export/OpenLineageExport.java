package dev.dataproduct.logic.export;

import static dev.dataproduct.logic.export.ExportJson.array;
import static dev.dataproduct.logic.export.ExportJson.object;
import static dev.dataproduct.logic.export.ExportJson.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The product as a static OpenLineage {@code JobEvent}: the product is the job (namespace its
 * domain, name its name), its input and output ports are Kafka datasets named by topic in the
 * {@code kafka://<bootstrap>} namespace, as OpenLineage's naming spec has it, so Marquez,
 * OpenMetadata and DataHub join products that read each other's topics into one graph.
 */
public final class OpenLineageExport {

  static final String PRODUCER = "https://dataproduct.dev/dataproduct-maven-plugin";
  static final String SCHEMA_URL =
      "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent";
  private static final String FACETS = "https://openlineage.io/spec/facets/";

  private OpenLineageExport() {}

  public static ObjectNode document(
      Contract contract, List<Contract> upstreams, ExportSettings settings) {
    DataProduct d = contract.descriptor();
    ObjectNode event = object();
    event.put("eventTime", settings.eventTime());
    event.put("producer", PRODUCER);
    event.put("schemaURL", SCHEMA_URL);
    ObjectNode job = event.putObject("job");
    job.put("namespace", d.domain());
    job.put("name", d.name());
    ObjectNode jobFacets = job.putObject("facets");
    jobFacets.set(
        "jobType",
        facet("2-0-4/JobTypeJobFacet")
            .put("processingType", "STREAMING")
            .put("integration", "DATAPRODUCT")
            .put("jobType", "DATA_PRODUCT"));
    if (d.description() != null) {
      jobFacets.set(
          "documentation",
          facet("1-1-0/DocumentationJobFacet").put("description", d.description().strip()));
    }
    if (owner(d) != null) {
      jobFacets.set("ownership", facet("1-0-1/OwnershipJobFacet").set("owners", owners(d)));
    }
    ArrayNode jobTags = array();
    d.tags().forEach(tag -> jobTags.add(tag(tag, "true", null)));
    jobTags.add(tag("classification", d.effectiveClassification(), null));
    jobTags.add(tag("version", contract.version(), null));
    jobFacets.set("tags", facet("1-0-0/TagsJobFacet").set("tags", jobTags));

    ArrayNode inputs = event.putArray("inputs");
    for (InputPort input : d.inputPorts()) {
      Upstream upstream = Upstream.find(upstreams, input);
      if (upstream == null) {
        // Without the upstream contract the topic is unknown, and a dataset is named by its topic.
        continue;
      }
      inputs.add(
          dataset(upstream.contract().descriptor(), upstream.port(), upstream.schemas(), settings));
    }
    ArrayNode outputs = event.putArray("outputs");
    for (OutputPort port : d.outputPorts()) {
      outputs.add(dataset(d, port, contract.ports().get(port.name()), settings));
    }
    return event;
  }

  private static ObjectNode dataset(
      DataProduct owner, OutputPort port, PortContract schemas, ExportSettings settings) {
    ObjectNode dataset = object();
    dataset.put("namespace", settings.kafkaNamespace());
    dataset.put("name", port.topic());
    ObjectNode facets = dataset.putObject("facets");
    if (port.description() != null) {
      facets.set(
          "documentation",
          facet("1-1-0/DocumentationDatasetFacet").put("description", port.description()));
    }
    if (owner(owner) != null) {
      facets.set("ownership", facet("1-0-1/OwnershipDatasetFacet").set("owners", owners(owner)));
    }
    ArrayNode tags = array();
    tags.add(tag("dataProduct", owner.qualifiedName(), null));
    tags.add(tag("outputPort", port.name(), null));
    tags.add(tag("classification", owner.effectiveClassification(), null));
    if (schemas != null) {
      facets.set(
          "schema",
          facet("1-2-0/SchemaDatasetFacet")
              .set("fields", fields(schemas.value(), tags, "", new HashSet<>())));
    }
    facets.set("tags", facet("1-0-0/TagsDatasetFacet").set("tags", tags));
    return dataset;
  }

  /**
   * The fields of a record value, nested records as nested fields; {@code pii} fields add a tag
   * naming them. Each record's fields are listed once per dataset, at its first use (later uses, a
   * recursive type or a record several fields refer to, give its type only), as in {@code
   * OdcsExport}: listed at every use, records that refer to each other through several paths made
   * the event exponential in their depth.
   *
   * @param described the full names of the records whose fields are listed so far
   */
  private static ArrayNode fields(
      Schema record, ArrayNode tags, String prefix, Set<String> described) {
    ArrayNode fields = array();
    if (record.getType() != Schema.Type.RECORD || !described.add(record.getFullName())) {
      return fields;
    }
    int position = 1;
    for (Schema.Field field : record.getFields()) {
      ObjectNode f = object();
      f.put("name", field.name());
      f.put("type", OdcsExport.physicalType(field.schema()));
      put(f, "description", field.doc());
      f.put("ordinal_position", position++);
      Schema nested = OdcsExport.nonNull(field.schema());
      if (nested.getType() == Schema.Type.RECORD && !described.contains(nested.getFullName())) {
        f.set("fields", fields(nested, tags, prefix + field.name() + ".", described));
      }
      if (field.getObjectProp("tags") instanceof Collection<?> list && list.contains("pii")) {
        tags.add(tag("pii", "true", prefix + field.name()));
      }
      fields.add(f);
    }
    return fields;
  }

  private static String owner(DataProduct d) {
    return d.owner() == null ? null : d.owner().team();
  }

  private static ArrayNode owners(DataProduct d) {
    ArrayNode owners =
        array().add(object().put("name", "team:" + d.owner().team()).put("type", "OWNER"));
    if (d.owner().email() != null) {
      owners.add(object().put("name", "mailto:" + d.owner().email()).put("type", "CONTACT"));
    }
    return owners;
  }

  private static ObjectNode tag(String key, String value, String field) {
    ObjectNode tag = object().put("key", key).put("value", value).put("source", "DATAPRODUCT");
    return put(tag, "field", field);
  }

  /**
   * A facet's required {@code _producer} and {@code _schemaURL}; {@code id} is {@code
   * <version>/<Name>}.
   */
  private static ObjectNode facet(String id) {
    String name = id.substring(id.indexOf('/') + 1);
    return object()
        .put("_producer", PRODUCER)
        .put("_schemaURL", FACETS + id + ".json#/$defs/" + name);
  }
}
