package dev.dataproduct.logic.export;

import static dev.dataproduct.logic.export.ExportJson.array;
import static dev.dataproduct.logic.export.ExportJson.nonEmpty;
import static dev.dataproduct.logic.export.ExportJson.object;
import static dev.dataproduct.logic.export.ExportJson.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.InputPort;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.util.List;

/**
 * The product as an ODPS v1.0 data product: output ports point at their ODCS contracts by id, input
 * ports at the contracts of the upstream ports they read.
 */
public final class OdpsExport {

  static final String API_VERSION = "v1.0.0";

  private OdpsExport() {}

  /**
   * @param upstreams the contracts of the products the input ports read, where known: they give the
   *     version of each input contract (without one, the input port says {@code unknown})
   */
  public static ObjectNode document(
      Contract contract, List<Contract> upstreams, List<String> odcsFiles) {
    DataProduct d = contract.descriptor();
    ObjectNode doc = object();
    doc.put("apiVersion", API_VERSION);
    doc.put("kind", "DataProduct");
    doc.put("id", d.domain() + "." + d.name());
    doc.put("name", d.title() == null ? d.name() : d.title());
    doc.put("version", contract.version());
    doc.put("status", d.effectiveStatus());
    doc.put("domain", d.domain());
    put(doc, "tags", nonEmpty(d.tags()));
    if (d.description() != null) {
      doc.set("description", object().put("purpose", d.description().strip()));
    }
    ArrayNode custom = array();
    custom.add(OdcsExport.custom(OdcsExport.PRODUCT, d.qualifiedName()));
    custom.add(OdcsExport.custom(OdcsExport.CLASSIFICATION, d.effectiveClassification()));
    doc.set("customProperties", custom);
    if (!d.inputPorts().isEmpty()) {
      ArrayNode inputs = doc.putArray("inputPorts");
      for (InputPort input : d.inputPorts()) {
        Upstream upstream = Upstream.find(upstreams, input);
        String[] product =
            input.product() == null ? new String[] {"", ""} : input.product().split("/", 2);
        ObjectNode port = object();
        port.put("name", input.name());
        port.put("version", upstream == null ? "unknown" : upstream.contract().version());
        port.put(
            "contractId",
            OdcsExport.contractId(product[0], product.length > 1 ? product[1] : "", input.port()));
        port.set(
            "customProperties",
            array()
                .add(OdcsExport.custom("product", input.product()))
                .add(OdcsExport.custom("port", input.port())));
        inputs.add(port);
      }
    }
    ArrayNode outputs = doc.putArray("outputPorts");
    for (int i = 0; i < d.outputPorts().size(); i++) {
      OutputPort port = d.outputPorts().get(i);
      ObjectNode out = object();
      out.put("name", port.name());
      put(out, "description", port.description());
      out.put("type", "kafka-topic");
      out.put("version", contract.version());
      out.put("contractId", OdcsExport.contractId(d.domain(), d.name(), port.name()));
      if (!d.inputPorts().isEmpty()) {
        ArrayNode inputContracts = out.putArray("inputContracts");
        doc.get("inputPorts")
            .forEach(
                in ->
                    inputContracts.add(
                        object()
                            .put("id", in.get("contractId").asText())
                            .put("version", in.get("version").asText())));
      }
      ArrayNode portCustom = array().add(OdcsExport.custom(OdcsExport.TOPIC, port.topic()));
      if (i < odcsFiles.size()) {
        portCustom.add(OdcsExport.custom("contractFile", odcsFiles.get(i)));
      }
      out.set("customProperties", portCustom);
      outputs.add(out);
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
    return doc;
  }
}
