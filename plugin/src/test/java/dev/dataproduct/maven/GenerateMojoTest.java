package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.logic.codegen.CodegenFixtures;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal's wiring, on a copy of the codegen shop fixture: sources registered, a rebuild with
 * nothing changed writes nothing, a changed schema rewrites only what depends on it, stale files
 * go, and a product without the libraries generated code needs gets a one-line build error. What is
 * generated is tested in dev.dataproduct.logic.codegen; real builds are in it/.
 */
@MojoTest
@Basedir("src/test/resources/unit/generate")
class GenerateMojoTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path temp;
  private Path shop;

  @BeforeEach
  void copyShop() throws IOException {
    shop = CodegenFixtures.copy("shop", temp);
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void generatesIntoASourceRootOfTheProjectAndPacksTheContract(GenerateMojo mojo) throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");

    mojo.execute();

    assertTrue(
        mojo.project.getCompileSourceRoots().contains(mojo.outputDirectory.getAbsolutePath()),
        mojo.project.getCompileSourceRoots().toString());
    assertTrue(
        Files.isRegularFile(
            mojo.outputDirectory.toPath().resolve("com/example/shop/OrderEvent.java")));
    assertTrue(
        Files.isRegularFile(
            mojo.outputDirectory
                .toPath()
                .resolve("dataproduct/sales/shop/OrderEventsProducer.java")));
    assertTrue(Files.isRegularFile(mojo.contractDirectory.toPath().resolve("contract.json")));
    // The contract in the open standards, packed beside it.
    assertTrue(
        Files.isRegularFile(mojo.contractDirectory.toPath().resolve("exports/asyncapi.json")));
    assertTrue(Files.isRegularFile(mojo.contractDirectory.toPath().resolve("exports/odps.yaml")));
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "javaPackage", value = "com.example.shop.kafka")
  @MojoParameter(name = "stringType", value = "charsequence")
  void avroAndPackageOptionsReachTheGenerator(GenerateMojo mojo) throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");

    mojo.execute();

    Path out = mojo.outputDirectory.toPath();
    assertTrue(Files.isRegularFile(out.resolve("com/example/shop/kafka/PaymentsConsumer.java")));
    assertTrue(
        Files.readString(out.resolve("com/example/shop/Coupon.java"))
            .contains("private java.lang.CharSequence code;"));
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aRebuildWithNothingChangedWritesNothing(GenerateMojo mojo) throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    Map<String, FileTime> before = ageEveryFile(mojo);

    mojo.execute();

    assertEquals(before, modificationTimes(mojo));
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aRebuildWithNothingChangedStopsBeforeReadingAnythingAndSaysSo(GenerateMojo mojo)
      throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    Map<String, FileTime> before = modificationTimes(mojo);
    RecordingMavenLog log = new RecordingMavenLog();
    mojo.setLog(log);

    mojo.execute();

    assertEquals(1, log.logged("INFO").size(), log.logged("INFO").toString());
    assertTrue(
        log.logged("INFO")
            .get(0)
            .matches(
                "Generated sources and packed contract of [\\w-]+ 1\\.1\\.0 are current: no input changed since the last build \\(.*out/sources\\)"),
        log.logged("INFO").get(0));
    assertEquals(before, modificationTimes(mojo));
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aChangedDescriptorRewritesThePortClassesItChangesAfterANoOpRebuild(GenerateMojo mojo)
      throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    mojo.execute();
    Path descriptor = shop.resolve("dataproduct.yaml");
    String yaml = Files.readString(descriptor);
    Files.writeString(descriptor, yaml.replace("sales.shop.payments.v1", "sales.shop.payments.v2"));
    assertFalse(yaml.equals(Files.readString(descriptor)), "the fixture names a payments topic");
    ageEveryFile(mojo);

    mojo.execute();

    Map<String, FileTime> changed = new TreeMap<>(modificationTimes(mojo));
    changed.values().removeIf(LONG_AGO::equals);
    assertTrue(
        changed.containsKey("sources/dataproduct/sales/shop/PaymentsProducer.java"),
        changed.keySet().toString());
    assertTrue(
        changed.containsKey("sources/dataproduct/sales/shop/PaymentsConsumer.java"),
        changed.keySet().toString());
    assertFalse(
        changed.containsKey("sources/dataproduct/sales/shop/OrderEventsProducer.java"),
        changed.keySet().toString());
    assertFalse(
        changed.keySet().stream().anyMatch(path -> path.startsWith("sources/com/")),
        "no Avro class: " + changed.keySet());
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aChangedOptionOrDependencyJarIsNoNoOp(GenerateMojo mojo) throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    mojo.stringType = "CharSequence";

    mojo.execute();

    assertTrue(
        Files.readString(mojo.outputDirectory.toPath().resolve("com/example/shop/Coupon.java"))
            .contains("private java.lang.CharSequence code;"));

    Files.writeString(temp.resolve("kafka-clients.jar"), "a jar that came after the last build");
    RecordingMavenLog log = new RecordingMavenLog();
    mojo.setLog(log);
    mojo.execute();
    assertTrue(
        log.logged("INFO").stream().anyMatch(line -> line.startsWith("Generated shop 1.1.0 into")),
        log.logged("INFO").toString());
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aChangedSchemaRewritesWhatDependsOnItAndARemovedOneLosesItsClass(GenerateMojo mojo)
      throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    ageEveryFile(mojo);
    Path money = shop.resolve("src/main/avro/com/example/shop/Money.avsc");
    Files.writeString(
        money, Files.readString(money).replace("ISO 4217 code.", "ISO 4217 code, such as EUR."));
    Files.delete(shop.resolve("src/main/avro/com/example/shop/Coupon.avsc"));

    mojo.execute();

    Map<String, FileTime> changed = new TreeMap<>(modificationTimes(mojo));
    changed.values().removeIf(LONG_AGO::equals);
    // OrderEvent and Payment embed Money; the manifest lists the files; the packed schemas embed
    // Money too,
    // and so do the exports that carry schemas or field docs (not ODPS, which names ports only).
    assertEquals(
        Set.of(
            "sources/.dataproduct-generated",
            "sources/com/example/shop/Money.java",
            "sources/com/example/shop/OrderEvent.java",
            "sources/com/example/shop/Payment.java",
            "contract/ports/order-events/value.avsc",
            "contract/ports/payments/value.avsc",
            "contract/exports/asyncapi.json",
            "contract/exports/odcs/order-events.odcs.yaml",
            "contract/exports/odcs/payments.odcs.yaml",
            "contract/exports/openlineage.json"),
        changed.keySet());
    assertFalse(
        Files.exists(mojo.outputDirectory.toPath().resolve("com/example/shop/Coupon.java")),
        "the class of the removed schema is gone");
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void withoutKafkaClientsTheBuildErrorSaysWhichDependencyToAdd(GenerateMojo mojo) {
    configure(mojo, "org.apache.avro:avro");

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals(
        "The generated producers and consumers need org.apache.kafka:kafka-clients on the compile classpath;"
            + " add to the POM's <dependencies>: <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId>"
            + "<version>4.4.0</version></dependency>",
        error.getMessage());
    assertFalse(Files.exists(mojo.outputDirectory.toPath()), "nothing is generated");
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "stringType", value = "Text")
  void anUnknownStringTypeIsABuildErrorListingTheChoices(GenerateMojo mojo) {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals(
        "<stringType> (-Ddataproduct.stringType) is \"Text\", which is none of CharSequence, String, Utf8; use one of them",
        error.getMessage());
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aHistoryFolderStartsThePackedHistoryOfAFirstRelease(GenerateMojo mojo) throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    Path contract = mojo.contractDirectory.toPath();
    Path history = temp.resolve("history");
    Path value = Files.createDirectories(history.resolve("order-events/value"));
    Files.copy(contract.resolve("ports/order-events/value.avsc"), value.resolve("2.avsc"));
    Files.writeString(value.resolve("10.avsc"), Files.readString(value.resolve("2.avsc")));
    Files.writeString(
        Files.createDirectories(history.resolve("order-events/key")).resolve("1.avsc"),
        "\"string\"\n");
    mojo.history = history.toString();

    mojo.execute();

    PortContract port = ContractReader.read(contract).port("order-events").orElseThrow();
    assertEquals(
        List.of("1 from " + history.resolve("order-events/key/1.avsc")),
        describe(port.keyHistory()));
    assertEquals(
        List.of(
            "2 from " + history.resolve("order-events/value/2.avsc"),
            "10 from " + history.resolve("order-events/value/10.avsc")),
        describe(port.valueHistory()));
    assertEquals(
        Files.readString(value.resolve("2.avsc")),
        Files.readString(contract.resolve("history/order-events/value/2.avsc")));
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void theHistoryOptionIsNotReadOnceABaselineBuiltByThePluginCarriesTheHistory(GenerateMojo mojo)
      throws Exception {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.execute();
    Path released = temp.resolve("released");
    copyTree(mojo.contractDirectory.toPath(), released.resolve("META-INF/dataproduct"));
    mojo.baseline = released.toString();
    // A folder that is not there: reading it would be a build error.
    mojo.history = temp.resolve("no-such-history").toString();

    mojo.execute();

    PortContract port =
        ContractReader.read(mojo.contractDirectory.toPath()).port("order-events").orElseThrow();
    assertEquals(
        List.of("1.1.0 from null"),
        describe(port.valueHistory()),
        "carried from the baseline, nothing adopted");
  }

  @Test
  @InjectMojo(goal = GenerateMojo.GOAL, pom = "pom.xml")
  void aHistoryFolderThatIsNotThereIsABuildErrorNamingIt(GenerateMojo mojo) {
    configure(mojo, "org.apache.avro:avro", "org.apache.kafka:kafka-clients");
    mojo.history = temp.resolve("no-such-history").toString();

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(
        error
            .getMessage()
            .startsWith(
                "dataproduct.history points at "
                    + temp.resolve("no-such-history")
                    + ", which is not a directory"),
        error.getMessage());
  }

  private static List<String> describe(List<ReleasedSchema> history) {
    return history.stream().map(r -> r.version() + " from " + r.origin()).toList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /**
   * Points the goal at the copy of the shop and its output at the temporary folder, with these
   * libraries on the classpath.
   */
  private void configure(GenerateMojo mojo, String... libraries) {
    mojo.descriptor = shop.resolve("dataproduct.yaml").toFile();
    mojo.schemaDirectory = shop.resolve("src/main/avro").toFile();
    mojo.outputDirectory = temp.resolve("out/sources").toFile();
    mojo.contractDirectory = temp.resolve("out/contract").toFile();
    Set<Artifact> artifacts = new LinkedHashSet<>();
    for (String library : libraries) {
      String[] parts = library.split(":");
      DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
      jar.setAddedToClasspath(true);
      Artifact artifact =
          new DefaultArtifact(parts[0], parts[1], "1.0", Artifact.SCOPE_COMPILE, "jar", null, jar);
      artifact.setFile(new File(temp.toFile(), parts[1] + ".jar"));
      artifacts.add(artifact);
    }
    mojo.project.setArtifacts(artifacts);
    // The stamp of the last run goes to the build directory, outside the outputs.
    mojo.project.getBuild().setDirectory(temp.resolve("build").toString());
    // The harness's project stub has version 0; the shop's descriptor says 1.1.0.
    mojo.project.setVersion("1.1.0");
  }

  private Map<String, FileTime> ageEveryFile(GenerateMojo mojo) throws IOException {
    try (Stream<Path> walk = Files.walk(temp.resolve("out"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
    return modificationTimes(mojo);
  }

  private Map<String, FileTime> modificationTimes(GenerateMojo mojo) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    Path out = temp.resolve("out");
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        times.put(
            out.relativize(file).toString().replace(File.separatorChar, '/'),
            Files.getLastModifiedTime(file));
      }
    }
    return times;
  }
}
