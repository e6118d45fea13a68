package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataproduct.bench.SyntheticProduct;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that other records reach through several paths (the benchmarks' product: each record
 * refers to two earlier ones) are described once per export document, at their first use, so the
 * documents grow with the number of records, not with the number of paths to them (exponential in
 * their depth: the ODCS export of the 100-schema product ran out of heap before).
 */
class SharedRecordsTest {

  @Test
  void eachRecordIsDescribedOncePerDocument(@TempDir Path dir) throws IOException {
    SyntheticProduct.write(dir, 2, 80); // port-1 carries Record40, which reaches most records below
    Contract contract = ExportFixtures.contract(dir, "1.0.0");
    OutputPort port = contract.descriptor().outputPorts().get(1);
    Schema value = contract.ports().get(port.name()).value();
    int records = records(value, new java.util.HashSet<>());
    assertTrue(records > 20, "the fixture reaches many records through several paths: " + records);

    JsonNode odcs = OdcsExport.document(contract, port, ExportSettings.NONE);
    Map<String, Integer> described = new HashMap<>();
    countDescribed(odcs.at("/schema/0"), "properties", described);
    assertEquals(records, described.size(), "every record reached is described: " + described);
    described.forEach((record, times) -> assertEquals(1, times, record + " in ODCS"));

    JsonNode lineage =
        OpenLineageExport.document(contract, java.util.List.of(), ExportSettings.NONE);
    Map<String, Integer> listed = new HashMap<>();
    for (JsonNode dataset : lineage.get("outputs")) {
      if (dataset.get("name").asText().equals(port.topic())) {
        countListed(dataset.at("/facets/schema/fields"), listed);
      }
    }
    assertEquals(records - 1, listed.size(), "every nested record is listed: " + listed);
    listed.forEach((record, times) -> assertEquals(1, times, record + " in OpenLineage"));
  }

  /** The records {@code schema} reaches, itself included. */
  private static int records(Schema schema, java.util.Set<String> seen) {
    switch (schema.getType()) {
      case RECORD -> {
        if (seen.add(schema.getFullName())) {
          schema.getFields().forEach(f -> records(f.schema(), seen));
        }
      }
      case UNION -> schema.getTypes().forEach(t -> records(t, seen));
      case ARRAY -> records(schema.getElementType(), seen);
      case MAP -> records(schema.getValueType(), seen);
      default -> {}
    }
    return seen.size();
  }

  /** Counts, by physical type, the ODCS objects that list their properties. */
  private static void countDescribed(JsonNode node, String children, Map<String, Integer> counts) {
    if (node.has(children)) {
      String type =
          node.has("physicalType") && !node.get("physicalType").asText().equals("topic")
              ? node.get("physicalType").asText()
              : "root";
      counts.merge(type, 1, Integer::sum);
      node.get(children).forEach(child -> countDescribed(child, children, counts));
    }
  }

  /** Counts, by type, the OpenLineage fields that list nested fields. */
  private static void countListed(JsonNode fields, Map<String, Integer> counts) {
    for (JsonNode field : fields) {
      if (field.has("fields")) {
        counts.merge(field.get("type").asText(), 1, Integer::sum);
        countListed(field.get("fields"), counts);
      }
    }
  }
}
