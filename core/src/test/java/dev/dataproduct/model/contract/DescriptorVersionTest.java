package dev.dataproduct.model.contract;

import static dev.dataproduct.model.contract.ContractFixtures.bytes;
import static dev.dataproduct.model.contract.ContractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.support.BuildError;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class DescriptorVersionTest {

  private static final String HEAD =
      """
      # Orders of the web shop.
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      """;

  private static final String TAIL =
      """
      domain: sales   # the owning domain
      description: Every order.
      owner:
        team: sales-orders
      outputPorts:
        - name: order-events   # the port's name, not the product's
          topic: sales.orders.order-events.v1
          value: { schema: com/example/OrderEvent.avsc }
      """;

  private static String fillIn(String descriptor, String version) {
    return text(DescriptorVersion.fillIn(bytes(descriptor), null, version));
  }

  @Test
  void theVersionGoesAfterTheTopLevelNameLineAndCommentsStay() {
    assertEquals(
        HEAD + "name: orders # unique\nversion: 1.2.0\n" + TAIL,
        fillIn(HEAD + "name: orders # unique\n" + TAIL, "1.2.0"));
  }

  @Test
  void theDocumentTheCallerParsedIsUsedAndGivesTheSameBytes() {
    byte[] descriptor = bytes(HEAD + "name: orders # unique\n" + TAIL);
    YamlMap parsed =
        new YamlLoader().parse(descriptor, "dataproduct.yaml").document().orElseThrow();

    assertArrayEquals(
        DescriptorVersion.fillIn(descriptor, null, "1.2.0"),
        DescriptorVersion.fillIn(descriptor, parsed, "1.2.0"));
    // Taken as given, not parsed again: a document that has a version leaves the bytes alone.
    YamlMap withVersion =
        new YamlLoader()
            .parse(bytes(HEAD + "name: orders\nversion: 1.1.0\n" + TAIL), "dataproduct.yaml")
            .document()
            .orElseThrow();
    assertArrayEquals(descriptor, DescriptorVersion.fillIn(descriptor, withVersion, "1.2.0"));
  }

  @Test
  void anExistingVersionIsLeftAsWritten() {
    byte[] descriptor = bytes(HEAD + "name: orders\nversion: 1.1.0 # released\n" + TAIL);

    assertArrayEquals(descriptor, DescriptorVersion.fillIn(descriptor, null, "1.2.0"));
  }

  @Test
  void windowsLineEndsStayWindowsLineEnds() {
    String crlf = (HEAD + "name: orders\n" + TAIL).replace("\n", "\r\n");

    assertEquals(
        (HEAD + "name: orders\nversion: 1.2.0\n" + TAIL).replace("\n", "\r\n"),
        fillIn(crlf, "1.2.0"));
  }

  @Test
  void aByteOrderMarkIsKept() {
    ByteArrayOutputStream descriptor = new ByteArrayOutputStream();
    descriptor.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    descriptor.writeBytes(bytes(HEAD + "name: orders\n" + TAIL));

    byte[] filled = DescriptorVersion.fillIn(descriptor.toByteArray(), null, "1.2.0");

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    expected.writeBytes(bytes(HEAD + "name: orders\nversion: 1.2.0\n" + TAIL));
    assertArrayEquals(expected.toByteArray(), filled);
  }

  @Test
  void aVersionYamlWouldReadAsANumberIsQuoted() {
    assertEquals(
        HEAD + "name: orders\nversion: \"1.0\"\n" + TAIL,
        fillIn(HEAD + "name: orders\n" + TAIL, "1.0"));
  }

  @Test
  void aNameOnTheLastLineWithoutLineEnd() {
    String descriptor = HEAD + TAIL + "name: orders";

    assertEquals(descriptor + "\nversion: 1.2.0\n", fillIn(descriptor, "1.2.0"));
  }

  @Test
  void aNameWrittenAsABlockScalarGetsTheVersionAtTheEnd() {
    String descriptor = HEAD + "name: >-\n  orders\n" + TAIL;

    assertEquals(descriptor + "version: 1.2.0\n", fillIn(descriptor, "1.2.0"));
  }

  @Test
  void aDescriptorWrittenAsJsonGetsTheVersionBeforeTheName() {
    String descriptor =
        """
        {
          "apiVersion": "dataproduct.dev/v1", "kind": "DataProduct",
          "name": "orders", "domain": "sales",
          "description": "Every order.", "owner": {"team": "sales-orders"},
          "outputPorts": [{"name": "order-events", "topic": "sales.orders.order-events.v1",
                           "value": {"schema": "com/example/OrderEvent.avsc"}}]
        }
        """;

    assertEquals(
        descriptor.replace(
            "  \"name\": \"orders\"", "  \"version\": \"1.2.0\", \"name\": \"orders\""),
        fillIn(descriptor, "1.2.0"));
  }

  @Test
  void anIndentedDocumentGetsAnIndentedVersion() {
    String descriptor = (HEAD + "name: orders\n" + TAIL).indent(2);

    assertEquals(
        (HEAD + "name: orders\nversion: 1.2.0\n" + TAIL).indent(2), fillIn(descriptor, "1.2.0"));
  }

  @Test
  void whenNoPlaceKeepsTheMeaningItSaysToAddTheLine() {
    String descriptor = HEAD + "name: >-\n  orders\n" + TAIL + "...\n";

    BuildError error = assertThrows(BuildError.class, () -> fillIn(descriptor, "1.2.0"));

    assertEquals(
        "Cannot add \"version: 1.2.0\" to dataproduct.yaml without changing its meaning;"
            + " add the line \"version: 1.2.0\" to the descriptor yourself",
        error.getMessage());
  }

  @Test
  void aDescriptorThatDoesNotLoadIsABuildError() {
    BuildError error = assertThrows(BuildError.class, () -> fillIn("name: [orders", "1.2.0"));

    assertEquals(
        "Cannot pack dataproduct.yaml into the jar: it is not a valid descriptor; run the validate goal and fix what it reports",
        error.getMessage());
  }
}
