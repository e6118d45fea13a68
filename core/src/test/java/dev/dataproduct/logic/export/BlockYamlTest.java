package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.bench.SyntheticProduct;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.descriptor.model.OutputPort;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BlockYaml} writes the bytes Jackson's YAML writer writes ({@link ExportJson#jacksonYaml}),
 * and leaves to Jackson every document it would lay out differently.
 */
class BlockYamlTest {

  /** Pieces of text that decide how YAML writes a scalar, alone or side by side. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "Order",
          "z9",
          "_",
          " ",
          "  ",
          ":",
          ": ",
          " :",
          "#",
          " #",
          "# ",
          "-",
          "- ",
          "--",
          "---",
          "...",
          ".",
          "?",
          "? ",
          ",",
          "[",
          "]",
          "{",
          "}",
          "&",
          "*",
          "!",
          "|",
          ">",
          "'",
          "\"",
          "%",
          "@",
          "`",
          "\\",
          "~",
          "+",
          "=",
          "/",
          "\n",
          "\t",
          "\r",
          "é",
          "中文",
          "\u00A0",
          "\u00FF",
          "\u2028",
          "\uFEFF",
          "\uD83D\uDE00",
          "\u0085",
          "\u007F",
          "null",
          "Null",
          "true",
          "no",
          "y",
          "on",
          "1",
          "0",
          "12",
          "1.5",
          "-3",
          "+4",
          ".5",
          "1e5",
          "1E+5",
          "0x1F",
          "0o17",
          "1_000",
          "12:30",
          ".inf",
          "-.Inf",
          ".NaN",
          "2.1.0",
          "1.",
          "v1",
          "http://x/y?z=1",
          "orders@example.com",
          "PT5M",
          "ISO-8601 duration",
          "e.g. EUR");

  private static final long SEED = 20261205L;

  @Test
  void anyTextInAnyPositionIsWrittenAsJacksonWritesItOrLeftToJackson() {
    Random random = new Random(SEED);
    int direct = 0;
    int documents = 4000;
    for (int i = 0; i < documents; i++) {
      ObjectNode document = randomObject(random, 0, 4);
      byte[] written = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
      String expected = text(ExportJson.jacksonYaml(document));
      if (written != null) {
        direct++;
        assertEquals(expected, text(written), "document " + i + ": " + document);
      }
      assertEquals(expected, text(ExportJson.yaml(document)), "document " + i);
    }
    assertTrue(direct > documents / 10, "only " + direct + " documents were written directly");
    assertTrue(direct < documents, "every document was written directly: the pieces are too tame");
  }

  @Test
  void eachPieceAloneAsKeyValueAndItemIsWrittenAsJacksonWritesItOrLeftToJackson() {
    List<String> texts = new ArrayList<>(PIECES);
    for (String a : PIECES) {
      texts.add("x" + a);
      texts.add(a + "x");
      texts.add("x" + a + "x");
      texts.add("");
    }
    for (String text : texts) {
      ObjectNode document = ExportJson.object();
      document.put("value", text);
      document.put(text.isEmpty() ? "empty" : text, 1);
      document.putArray("items").add(text).add(ExportJson.object().put("inItem", text));
      byte[] written = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
      if (written != null) {
        assertEquals(
            text(ExportJson.jacksonYaml(document)), text(written), "text \"" + text + "\"");
      }
    }
  }

  @Test
  void longTextIsNotFoldedOverLinesByEitherWriter() {
    ObjectNode document = ExportJson.object();
    ObjectNode deep = document;
    for (int i = 0; i < 10; i++) {
      deep = deep.putObject("level" + i);
    }
    deep.put("plain", "word ".repeat(60).strip());
    deep.put("quoted", "word, ".repeat(60).strip());
    deep.put("number-like", "1" + "0".repeat(200));
    byte[] written = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
    assertNotNull(written);
    assertEquals(text(ExportJson.jacksonYaml(document)), text(written));
    assertEquals(13, text(written).split("\n").length, "one line for each key: " + text(written));
  }

  @Test
  void numbersOfEveryKindAreWrittenAsJacksonWritesThem() {
    ObjectNode document = ExportJson.object();
    document.put("int", -7).put("long", 1L << 40).put("short", (short) 3);
    document.put("double", 1.5e-7).put("float", 0.1f).put("nan", Double.NaN);
    document.put("decimal", new BigDecimal("99.90")).put("big", new BigDecimal("1E+3"));
    document.put("integer", new BigInteger("123456789012345678901234567890"));
    document.put("yes", true).putNull("none");
    byte[] written = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
    assertNotNull(written);
    assertEquals(text(ExportJson.jacksonYaml(document)), text(written));
  }

  @Test
  void aSequenceInASequenceIsLeftToJackson() {
    ObjectNode document = ExportJson.object();
    document.putArray("matrix").add(ExportJson.array().add(1).add(2));
    assertNull(BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine));
    assertEquals(text(ExportJson.jacksonYaml(document)), text(ExportJson.yaml(document)));
  }

  @Test
  void theExamplesExportsAreWrittenDirectlyWithJacksonsBytes() {
    for (Path product : List.of(ExportFixtures.orders(), ExportFixtures.payments())) {
      Contract contract = ExportFixtures.contract(product, "1.4.0");
      List<String> odcsFiles = new ArrayList<>();
      for (OutputPort port : contract.descriptor().outputPorts()) {
        assertWrittenDirectly(
            OdcsExport.document(contract, port, ExportSettings.NONE), port.name());
        odcsFiles.add("odcs/" + port.name() + ".odcs.yaml");
      }
      assertWrittenDirectly(OdpsExport.document(contract, List.of(), odcsFiles), "odps");
    }
  }

  @Test
  void deepExportsAreWrittenDirectlyWithJacksonsBytes(@TempDir Path dir) throws IOException {
    SyntheticProduct.write(dir, 2, 80);
    Contract contract = ExportFixtures.contract(dir, "1.0.0");
    OutputPort port = contract.descriptor().outputPorts().get(1);
    assertWrittenDirectly(OdcsExport.document(contract, port, ExportSettings.NONE), "deep");
  }

  private static void assertWrittenDirectly(JsonNode document, String what) {
    byte[] written = BlockYaml.write(document, ExportJson::expand, ExportJson::oneLine);
    assertNotNull(written, what + " is left to Jackson");
    assertEquals(text(ExportJson.jacksonYaml(document)), text(written), what);
  }

  private static ObjectNode randomObject(Random random, int depth, int maxEntries) {
    ObjectNode object = ExportJson.object();
    int entries = 1 + random.nextInt(maxEntries);
    for (int i = 0; i < entries; i++) {
      String key = random.nextInt(4) == 0 ? randomText(random) : "key" + i;
      object.set(key, randomValue(random, depth + 1));
    }
    return object;
  }

  private static JsonNode randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 18 ? 6 : 9);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (kind) {
      case 0, 1, 2 -> nodes.textNode(randomText(random));
      case 3 -> nodes.numberNode(random.nextInt(2000) - 1000);
      case 4 -> random.nextBoolean() ? nodes.booleanNode(random.nextBoolean()) : nodes.nullNode();
      case 5 -> nodes.numberNode(new BigDecimal(random.nextInt(10000)).movePointLeft(2));
      case 6, 7 -> randomObject(random, depth, 3);
      default -> {
        ArrayNode array = ExportJson.array();
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
          array.add(
              random.nextInt(3) == 0
                  ? randomValue(random, depth + 1)
                  : nodes.textNode(randomText(random)));
        }
        yield array;
      }
    };
  }

  /** Mostly ordinary words, as in real documents; now and then one to four pieces of any kind. */
  private static String randomText(Random random) {
    if (random.nextInt(3) > 0) {
      return PIECES.get(random.nextInt(8))
          + (random.nextBoolean() ? " text" : "-" + random.nextInt(99));
    }
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
