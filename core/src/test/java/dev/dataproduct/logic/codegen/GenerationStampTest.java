package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.avro.generic.GenericData.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStampTest {

  @TempDir Path temp;
  private Path project;
  private Path out;
  private Path contract;
  private Path stampFile;

  @BeforeEach
  void generateOnce() throws IOException {
    project = CodegenFixtures.copy("shop", temp);
    out = temp.resolve("generated");
    contract = temp.resolve("classes/META-INF/dataproduct");
    stampFile = temp.resolve("build/dataproduct/generate.stamp");
    CodegenFixtures.Project shop = CodegenFixtures.load(project);
    new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS)
        .generate(shop.product(), shop.schemas(), "1.1.0", out);
    Files.createDirectories(contract);
    Files.writeString(contract.resolve("contract.json"), "{}\n");
    stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).record();
  }

  @Test
  void aSchemaChangedInAFolderReachedThroughALinkMakesTheStampStale() throws IOException {
    Path real = Files.createDirectories(temp.resolve("shared-schemas/com"));
    Files.writeString(real.resolve("Order.avsc"), "{\"type\": \"string\"}");
    Path linked =
        Files.createSymbolicLink(temp.resolve("linked-avro"), temp.resolve("shared-schemas"));
    Path linkedStamp = temp.resolve("build/dataproduct/linked.stamp");
    GenerationStamp.at(linkedStamp, List.of(out)).content("schemas", linked).record();

    Files.writeString(real.resolve("Order.avsc"), "{\"type\": \"long\"}");

    assertFalse(
        GenerationStamp.at(linkedStamp, List.of(out)).content("schemas", linked).isCurrent());
  }

  @Test
  void withNothingChangedTheStampIsCurrent() {
    assertTrue(stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent());
  }

  @Test
  void withoutARecordedStampNothingIsCurrentAndLateSettingsAreNotAskedFor() {
    GenerationStamp discarded = stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity());
    discarded.discard();
    AtomicInteger asked = new AtomicInteger();

    boolean current =
        stamp(
                CodegenOptions.defaults(),
                "1.1.0",
                s -> s.lateSetting("baseline", () -> "none " + asked.incrementAndGet()))
            .isCurrent();

    assertFalse(current);
    assertEquals(0, asked.get(), "the baseline is looked up only to compare with a recorded stamp");
  }

  @Test
  void aChangedSchemaOrDescriptorMakesTheStampStale() throws IOException {
    Path money = project.resolve("src/main/avro/com/example/shop/Money.avsc");
    byte[] original = Files.readAllBytes(money);
    Files.writeString(
        money, Files.readString(money).replace("ISO 4217 code.", "ISO 4217 code, such as EUR."));
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "schema content");
    Files.write(money, original);
    assertTrue(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "contents, not times, of the inputs count");

    Path descriptor = project.resolve("dataproduct.yaml");
    Files.writeString(descriptor, Files.readString(descriptor) + "\n");
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "descriptor content");
  }

  @Test
  void changedInputsLeaveTheOutputsAsRecordedUntilAnOutputIsTouched() throws IOException {
    GenerationStamp otherVersion =
        stamp(CodegenOptions.defaults(), "1.2.0", UnaryOperator.identity());
    assertFalse(otherVersion.isCurrent());
    assertTrue(otherVersion.outputsAsRecorded(), "only an input changed");

    Files.setLastModifiedTime(
        out.resolve("com/example/shop/OrderEvent.java"), FileTime.fromMillis(1_000_000_000_000L));
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.2.0", UnaryOperator.identity()).outputsAsRecorded(),
        "a generated source touched");

    stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).discard();
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).outputsAsRecorded(),
        "no stamp, no record of the outputs");
  }

  @Test
  void aChangedOptionVersionOrBaselineMakesTheStampStale() {
    assertFalse(
        stamp(
                CodegenOptions.defaults().withStringType(StringType.CharSequence),
                "1.1.0",
                UnaryOperator.identity())
            .isCurrent(),
        "an Avro option");
    assertFalse(
        stamp(
                CodegenOptions.defaults().withJavaPackage("com.example.clients"),
                "1.1.0",
                UnaryOperator.identity())
            .isCurrent(),
        "the package");
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.2.0", UnaryOperator.identity()).isCurrent(),
        "the product's version");
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", s -> s.lateSetting("baseline", () -> "1.0.0"))
            .isCurrent(),
        "a baseline");
  }

  @Test
  void aReplacedJarMakesTheStampStale() throws IOException {
    Path jar = temp.resolve("upstream.jar");
    Files.writeString(jar, "version one");
    stamp(CodegenOptions.defaults(), "1.1.0", s -> s.identity("upstream", jar)).record();
    assertTrue(
        stamp(CodegenOptions.defaults(), "1.1.0", s -> s.identity("upstream", jar)).isCurrent());

    Files.writeString(jar, "version two, longer");

    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", s -> s.identity("upstream", jar)).isCurrent());
  }

  @Test
  void anEditedTouchedOrDeletedOutputMakesTheStampStale() throws IOException {
    Path orderEvent = out.resolve("com/example/shop/OrderEvent.java");
    Files.setLastModifiedTime(orderEvent, FileTime.fromMillis(1_000_000_000_000L));
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "a generated source touched");

    stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).record();
    Files.delete(contract.resolve("contract.json"));
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "the packed contract deleted");

    stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).record();
    Files.writeString(out.resolve("com/example/shop/Extra.java"), "class Extra {}\n");
    assertFalse(
        stamp(CodegenOptions.defaults(), "1.1.0", UnaryOperator.identity()).isCurrent(),
        "a file added to the output");
  }

  private GenerationStamp stamp(
      CodegenOptions options, String version, UnaryOperator<GenerationStamp> more) {
    GenerationStamp stamp =
        new CodeGenerator(options, TestWording.MAVEN_WORDS)
            .stamp(
                stampFile,
                List.of(out, contract),
                project.resolve("dataproduct.yaml"),
                project.resolve("src/main/avro"),
                version);
    return more.apply(stamp);
  }
}
