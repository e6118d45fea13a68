package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dataproduct.bench.SyntheticProduct;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of deeply nested records (the benchmarks' product: each record refers to earlier ones,
 * chains dozens deep) are written with containers below {@link ExportJson#INDENTED_DEPTH} on one
 * line: the same documents, read back, with indentation that no longer grows with the depth.
 * Shallower documents keep their bytes.
 */
class DeepDocumentsTest {

  @Test
  void deepExportsReadBackAsTheSameDocumentsWithBoundedIndentation(@TempDir Path dir)
      throws IOException {
    SyntheticProduct.write(dir, 2, 80);
    Contract contract = ExportFixtures.contract(dir, "1.0.0");
    var port = contract.descriptor().outputPorts().get(1);

    ObjectNode odcs = OdcsExport.document(contract, port, ExportSettings.NONE);
    byte[] yaml = ExportJson.yaml(odcs);
    assertEquals(
        new YAMLMapper().readTree(new YAMLMapper(ExportJson.YAML_FACTORY).writeValueAsBytes(odcs)),
        new YAMLMapper().readTree(yaml),
        "ODCS reads back as the same document as when indented all the way");
    assertTrue(depth(odcs) > ExportJson.INDENTED_DEPTH + 10, "the fixture is deep: " + depth(odcs));
    assertTrue(
        maxIndent(yaml) <= 2 * ExportJson.INDENTED_DEPTH + 2,
        "YAML indentation bounded: " + maxIndent(yaml));

    ObjectNode asyncApi = AsyncApiExport.document(contract, List.of(), ExportSettings.NONE);
    byte[] json = ExportJson.json(asyncApi);
    assertEquals(
        new JsonMapper().readTree(StableJson.bytes(asyncApi)),
        new JsonMapper().readTree(json),
        "AsyncAPI reads back as the same document as when indented all the way");
    assertTrue(
        maxIndent(json) <= 2 * ExportJson.INDENTED_DEPTH,
        "JSON indentation bounded: " + maxIndent(json));
  }

  @Test
  void awkwardTextInDeepContainersReadsBackTheSame() throws IOException {
    ObjectNode document = ExportJson.object();
    ObjectNode node = document;
    for (int i = 0; i < ExportJson.INDENTED_DEPTH + 3; i++) {
      node = node.putObject("level" + i);
    }
    ArrayNode texts = node.putArray("texts");
    for (String text :
        List.of(
            "a: b",
            "# not a comment",
            "- not an item",
            "'quoted' \"double\"",
            "line\nbreak\r\n",
            "tab\tand \\ backslash",
            "paragraph\u2029separator\u2028line",
            "é ü 中文 \uD83D\uDE00",
            "null",
            "true",
            "0123",
            "{ not: flow }",
            "")) {
      texts.add(text);
    }
    node.put("number", 1.5).put("bool", false).putNull("nothing");
    node.putArray("empty");
    node.putObject("emptyObject");

    assertEquals(document, new YAMLMapper().readTree(ExportJson.yaml(document)), "YAML");
    assertEquals(document, new JsonMapper().readTree(ExportJson.json(document)), "JSON");
  }

  @Test
  void documentsWithinTheDepthKeepTheirBytes() throws IOException {
    Contract orders = ExportFixtures.contract(ExportFixtures.orders(), "1.4.0");
    for (var port : orders.descriptor().outputPorts()) {
      ObjectNode odcs = OdcsExport.document(orders, port, ExportSettings.NONE);
      assertTrue(depth(odcs) < ExportJson.INDENTED_DEPTH, "orders is shallow: " + depth(odcs));
      assertArrayEquals(
          new YAMLMapper(ExportJson.YAML_FACTORY).writeValueAsBytes(odcs),
          ExportJson.yaml(odcs),
          port.name());
    }
    ObjectNode asyncApi = AsyncApiExport.document(orders, List.of(), ExportSettings.NONE);
    assertArrayEquals(StableJson.bytes(asyncApi), ExportJson.json(asyncApi));
  }

  private static int depth(JsonNode node) {
    int deepest = 0;
    for (JsonNode child : node) {
      deepest = Math.max(deepest, 1 + depth(child));
    }
    return deepest;
  }

  private static int maxIndent(byte[] text) {
    int max = 0;
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      max = Math.max(max, spaces);
    }
    return max;
  }
}
