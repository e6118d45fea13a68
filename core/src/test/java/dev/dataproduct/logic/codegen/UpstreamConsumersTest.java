package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consumers of input ports: generated on the upstream product's classes, found beside its contract
 * (here an exploded jar: classes and META-INF/dataproduct), without generating those classes again.
 */
class UpstreamConsumersTest {

  @TempDir static Path temp;
  private static Path shopJar;
  private static CodegenFixtures.Project analytics;

  /** Builds the shop fixture as its own build would: generated, compiled, contract packed. */
  @BeforeAll
  static void buildTheUpstream() throws Exception {
    CodegenFixtures.Project shop = CodegenFixtures.load(CodegenFixtures.resource("shop"));
    Path sources = temp.resolve("shop-sources");
    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(shop.product(), shop.schemas(), "1.1.0", sources);
    shopJar = temp.resolve("shop-1.1.0");
    CodegenFixtures.compile(List.of(sources), shopJar, List.of(), false);
    Contract contract = ContractBuilder.build(shop.product(), shop.schemas(), "1.1.0", null);
    ContractWriter.write(contract, shop.descriptor(), shopJar.resolve(ContractLayout.DIRECTORY));
    analytics = CodegenFixtures.load(CodegenFixtures.resource("analytics"));
  }

  @Test
  void inputPortsOfAnUpstreamOnThePathGetConsumersThatCompileAgainstItsClasses() throws Exception {
    Path out = temp.resolve("analytics-sources");

    CodegenResult result =
        new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
            .generate(
                analytics.product(),
                analytics.schemas(),
                null,
                List.of(UpstreamProduct.read(shopJar)),
                out);

    assertEquals(
        List.of(
            "com/example/analytics/DailyRevenue.java",
            "dataproduct/sales/analytics/DailyRevenueConsumer.java",
            "dataproduct/sales/analytics/DailyRevenueProducer.java",
            "dataproduct/sales/analytics/upstream/ShopOrdersConsumer.java",
            "dataproduct/sales/analytics/upstream/ShopPaymentsConsumer.java"),
        result.written().stream().filter(p -> !p.contains("/runtime/")).toList(),
        "the shop's classes are not generated again");
    assertEquals(new CodegenResult.Counts(1, 1, 1, 2), result.counts());
    assertEquals(
        List.of(
            "Input port \"shop-refunds\" gets no consumer: sales/shop 1.1.0 has no port \"refunds\"; dataproduct:check says which ports it has",
            "Input port \"customers\" gets no consumer: its product crm/customers is not on the dependency path; add the dependency on its jar"),
        result.notes());
    String consumer =
        Files.readString(
            out.resolve("dataproduct/sales/analytics/upstream/ShopOrdersConsumer.java"));
    assertTrue(
        consumer.contains(
            "public final class ShopOrdersConsumer extends PortConsumer<String, com.example.shop.OrderEvent> {"),
        consumer);
    assertTrue(
        consumer.contains("public static final String TOPIC = \"sales.shop.order-events.v1\";"),
        consumer);
    assertTrue(
        consumer.contains("public static final String VERSION = \"1.1.0\";"),
        "the upstream's version: " + consumer);
    assertTrue(
        consumer.contains("This product reads it as input port {@code shop-orders}."), consumer);
    // Keys are read as the upstream's contract says they were written: Kafka's bytes here, Avro for
    // payments.
    assertTrue(consumer.contains("KafkaCodec.of(String.class, TOPIC),"), consumer);
    String payments =
        Files.readString(
            out.resolve("dataproduct/sales/analytics/upstream/ShopPaymentsConsumer.java"));
    assertTrue(
        payments.contains(
            "new ConfluentCodec<>(Long.class, AvroModels.primitive(Schema.Type.LONG), TOPIC + \"-key\", registry),"),
        payments);

    // Compiles, without a warning, against the upstream's classes and the downstream's own sources
    // only.
    CodegenFixtures.compile(
        List.of(out),
        temp.resolve("analytics-classes"),
        List.of(shopJar),
        false,
        "-Xlint:all",
        "-Werror");
  }

  @Test
  void anUpstreamReleasedBeforeKeyEncodingsWereRecordedIsReadWithAvroKeys() throws Exception {
    // Its contract.json has no keyEncoding: that plugin version wrote every key in the port's Avro
    // encoding.
    Path old = temp.resolve("shop-1.1.0-old");
    copy(shopJar, old);
    Path index = old.resolve(ContractLayout.DIRECTORY).resolve("contract.json");
    String json = Files.readString(index);
    assertTrue(json.contains("\"keyEncoding\": \"kafka\","), json);
    Files.writeString(index, json.replaceAll("\\s*\"keyEncoding\": \"[a-z]+\",", ""));
    Path out = temp.resolve("analytics-old-sources");

    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(
            analytics.product(),
            analytics.schemas(),
            null,
            List.of(UpstreamProduct.read(old)),
            out);

    String consumer =
        Files.readString(
            out.resolve("dataproduct/sales/analytics/upstream/ShopOrdersConsumer.java"));
    assertTrue(
        consumer.contains(
            "new SingleObjectCodec<>(String.class, AvroModels.primitive(Schema.Type.STRING), writerSchemas),"),
        consumer);
    assertFalse(consumer.contains("KafkaCodec"), consumer);
  }

  private static void copy(Path from, Path to) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  void anUpstreamJarWithoutItsClassesIsABuildErrorThatSaysHowToBuildIt() throws Exception {
    Path contractOnly = temp.resolve("shop-contract-only");
    CodegenFixtures.Project shop = CodegenFixtures.load(CodegenFixtures.resource("shop"));
    ContractWriter.write(
        ContractBuilder.build(shop.product(), shop.schemas(), "1.1.0", null),
        shop.descriptor(),
        contractOnly.resolve(ContractLayout.DIRECTORY));

    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
                    .generate(
                        analytics.product(),
                        analytics.schemas(),
                        null,
                        List.of(UpstreamProduct.read(contractOnly)),
                        temp.resolve("unused")));

    assertEquals(
        "Cannot generate the consumer of input port \"shop-orders\" (port \"order-events\" of sales/shop 1.1.0): shop-contract-only has no class"
            + " com.example.shop.OrderEvent; build sales/shop with the dataproduct:generate goal so that its jar carries its classes",
        error.getMessage());
  }
}
