package dev.dataproduct.infra.catalog;

import dev.dataproduct.infra.catalog.CatalogEntry.Input;
import dev.dataproduct.infra.catalog.CatalogEntry.Owner;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractWriter;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * Products to publish in tests: the orders fixture under src/test/resources/catalog/, and small
 * made-up ones.
 */
public final class CatalogFixtures {

  static final byte[] REPORT =
      "{\n  \"format\": \"dataproduct-report/v1\",\n  \"goal\": \"check\"\n}\n"
          .getBytes(StandardCharsets.UTF_8);

  private CatalogFixtures() {}

  static DirectoryCatalog catalog(Path root) {
    return new DirectoryCatalog(root, BuildLog.silent(), TestWording.MAVEN_WORDS);
  }

  /** The orders product from its descriptor and schema, as the publish goal would hand it over. */
  static PublishRequest orders(String version) throws IOException {
    byte[] descriptor = resource("orders/dataproduct.yaml");
    DataProduct product = product(descriptor);
    Schema value = orderEvent();
    PortContract port =
        new PortContract(
            "order-events",
            Schema.create(Schema.Type.STRING),
            "kafka",
            value,
            List.of(),
            List.of());
    Contract contract = new Contract(product, version, Map.of("order-events", port));
    return new PublishRequest(
        CatalogEntry.of(contract), ContractWriter.files(contract, descriptor), REPORT, false);
  }

  private static DataProduct product(byte[] descriptor) {
    return DescriptorReader.read(
        new YamlLoader().parse(descriptor, "dataproduct.yaml").document().orElseThrow());
  }

  private static Schema orderEvent() throws IOException {
    return new Schema.Parser()
        .parse(new String(resource("orders/OrderEvent.avsc"), StandardCharsets.UTF_8));
  }

  /**
   * Releases 1.0.0, 1.1.0, ... of the orders product with its port at {@code compatibility}, each
   * adding an optional field to the value and carrying the history of the ones before, as generate
   * packs them.
   */
  public static List<PublishRequest> ordersReleases(int count, String compatibility)
      throws IOException {
    byte[] descriptor =
        new String(resource("orders/dataproduct.yaml"), StandardCharsets.UTF_8)
            .replace("compatibility: BACKWARD", "compatibility: " + compatibility)
            .getBytes(StandardCharsets.UTF_8);
    DataProduct product = product(descriptor);
    Schema value = orderEvent();
    Schema key = Schema.create(Schema.Type.STRING);
    List<PublishRequest> releases = new ArrayList<>();
    PortContract port = null;
    String previous = null;
    for (int i = 0; i < count; i++) {
      String version = "1." + i + ".0";
      List<Schema.Field> fields = new ArrayList<>();
      value.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
      fields.add(
          new Schema.Field(
              "added" + i,
              Schema.createUnion(
                  Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
              "Added in " + version + ".",
              Schema.Field.NULL_DEFAULT_VALUE));
      value =
          Schema.createRecord(value.getName(), value.getDoc(), value.getNamespace(), false, fields);
      port =
          port == null
              ? new PortContract("order-events", key, "kafka", value, List.of(), List.of())
              : port.releasedAs(previous, key, "kafka", value);
      Contract contract = new Contract(product, version, Map.of("order-events", port));
      releases.add(
          new PublishRequest(
              CatalogEntry.of(contract),
              ContractWriter.files(contract, descriptor),
              REPORT,
              false));
      previous = version;
    }
    return releases;
  }

  /**
   * A made-up product with one port whose value schema has the given field, reading {@code inputs}.
   */
  public static PublishRequest product(
      String domain, String name, String version, String valueField, Input... inputs) {
    String qualified = domain + "/" + name;
    Schema value =
        new Schema.Parser()
            .parse(
                """
        {"type": "record", "name": "Event", "namespace": "com.example.%s", "fields": [
          {"name": "%s", "type": "string", "doc": "A field."}]}"""
                    .formatted(name.replace('-', '_'), valueField));
    Port port =
        new Port(
            "events",
            "Events of " + qualified,
            domain + "." + name + ".events.v1",
            "BACKWARD",
            "single-object",
            3,
            "P7D",
            "delete",
            new CatalogEntry.Slo("PT5M", "99.9"),
            "active",
            null,
            CatalogEntry.summary(value));
    CatalogEntry entry =
        new CatalogEntry(
            domain,
            name,
            version,
            null,
            "The " + qualified + " product.",
            "active",
            "internal",
            new Owner(domain + "-team", null),
            List.of(domain),
            List.of(port),
            List.of(inputs),
            List.of(),
            List.of());
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(
        "contract.json",
        ("{\"product\": \"" + name + "\", \"version\": \"" + version + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "dataproduct.yaml",
        ("name: " + name + "\ndomain: " + domain + "\nversion: " + version + "\n")
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "ports/events/value.avsc", (value.toString(true) + "\n").getBytes(StandardCharsets.UTF_8));
    return new PublishRequest(entry, files, REPORT, false);
  }

  public static Input reads(String product, String port) {
    return new Input(product.substring(product.indexOf('/') + 1), product, port);
  }

  /**
   * Every file under {@code root} with its bytes and modification time, to prove nothing changed.
   */
  public static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            files.put(name(root, dir) + "/", "dir");
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            files.put(
                name(root, file),
                attributes.lastModifiedTime()
                    + " "
                    + new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  static List<String> filesUnder(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(f -> out.add(name(dir, f)));
    }
    out.sort(null);
    return out;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    }
  }
}
