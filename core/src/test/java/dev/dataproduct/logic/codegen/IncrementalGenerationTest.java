package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGenerationTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path temp;
  private Path project;
  private Path out;

  @BeforeEach
  void copyFixture() throws IOException {
    project = CodegenFixtures.copy("shop", temp);
    out = temp.resolve("generated");
  }

  @Test
  void firstRunWritesEveryClassAndTheManifest() throws IOException {
    CodegenResult result = generate(CodegenOptions.defaults());

    assertEquals(
        List.of(
            "com/example/shop/Coupon.java",
            "com/example/shop/Money.java",
            "com/example/shop/OrderEvent.java",
            "com/example/shop/OrderStatus.java",
            "com/example/shop/Payment.java",
            "dataproduct/sales/shop/OrderEventsConsumer.java",
            "dataproduct/sales/shop/OrderEventsProducer.java",
            "dataproduct/sales/shop/PaymentsConsumer.java",
            "dataproduct/sales/shop/PaymentsProducer.java"),
        result.written().stream().filter(p -> !p.contains("/runtime/")).toList());
    assertEquals(
        CodeGenerator.RUNTIME_CLASSES.size(),
        result.written().stream()
            .filter(p -> p.startsWith("dataproduct/sales/shop/runtime/"))
            .count());
    assertEquals(List.of(), result.unchanged());
    assertTrue(Files.isRegularFile(out.resolve(".dataproduct-generated")));
  }

  @Test
  void aRunWithNothingChangedWritesNothing() throws IOException {
    generate(CodegenOptions.defaults());
    Map<String, FileTime> before = ageEveryFile();

    CodegenResult again = generate(CodegenOptions.defaults());

    assertEquals(List.of(), again.written());
    assertEquals(List.of(), again.deleted());
    assertFalse(again.changed());
    assertEquals(before, modificationTimes());
  }

  @Test
  void aChangedSchemaRewritesOnlyTheClassesThatEmbedIt() throws IOException {
    generate(CodegenOptions.defaults());
    ageEveryFile();
    Path money = project.resolve("src/main/avro/com/example/shop/Money.avsc");
    Files.writeString(
        money, Files.readString(money).replace("ISO 4217 code.", "ISO 4217 code, such as EUR."));

    CodegenResult again = generate(CodegenOptions.defaults());

    // OrderEvent and Payment carry Money's schema inside their own; OrderStatus, Coupon and the
    // ports do not change.
    assertEquals(
        List.of(
            "com/example/shop/Money.java",
            "com/example/shop/OrderEvent.java",
            "com/example/shop/Payment.java"),
        again.written());
    assertEquals(List.of(), again.deleted());
    assertEquals(
        LONG_AGO, Files.getLastModifiedTime(out.resolve("com/example/shop/OrderStatus.java")));
  }

  @Test
  void aRemovedSchemaLosesItsClassButFilesTheGeneratorDoesNotOwnStay() throws IOException {
    generate(CodegenOptions.defaults());
    Path own = out.resolve("com/example/shop/Handwritten.java");
    Files.writeString(own, "package com.example.shop; class Handwritten {}\n");
    Files.delete(project.resolve("src/main/avro/com/example/shop/Coupon.avsc"));

    CodegenResult again = generate(CodegenOptions.defaults());

    assertEquals(List.of("com/example/shop/Coupon.java"), again.deleted());
    assertEquals(List.of(), again.written());
    assertFalse(Files.exists(out.resolve("com/example/shop/Coupon.java")));
    assertTrue(Files.exists(own));
  }

  @Test
  void aChangedPackageMovesThePortClassesAndRemovesTheOldOnes() throws IOException {
    generate(CodegenOptions.defaults());

    CodegenResult again =
        generate(CodegenOptions.defaults().withJavaPackage("com.example.shop.clients"));

    assertTrue(
        again.written().contains("com/example/shop/clients/OrderEventsProducer.java"),
        again.written().toString());
    assertTrue(
        again.deleted().contains("dataproduct/sales/shop/OrderEventsProducer.java"),
        again.deleted().toString());
    assertFalse(Files.exists(out.resolve("dataproduct")), "folders left empty are removed");
    assertFalse(
        again.written().contains("com/example/shop/Money.java"),
        "Avro classes do not depend on the package");
  }

  @Test
  void aChangedAvroOptionRewritesTheAvroClasses() throws IOException {
    generate(CodegenOptions.defaults());

    CodegenResult again =
        generate(CodegenOptions.defaults().withStringType(StringType.CharSequence));

    assertEquals(
        List.of(
            "com/example/shop/Coupon.java",
            "com/example/shop/Money.java",
            "com/example/shop/OrderEvent.java",
            "com/example/shop/Payment.java"),
        again.written());
    assertTrue(
        Files.readString(out.resolve("com/example/shop/Coupon.java"))
            .contains("private java.lang.CharSequence code;"));
  }

  @Test
  void anEditedGeneratedFileIsRestored() throws IOException {
    generate(CodegenOptions.defaults());
    Path orderEvent = out.resolve("com/example/shop/OrderEvent.java");
    String generated = Files.readString(orderEvent);
    Files.writeString(orderEvent, generated + "// edited\n");

    CodegenResult again = generate(CodegenOptions.defaults());

    assertEquals(List.of("com/example/shop/OrderEvent.java"), again.written());
    assertEquals(generated, Files.readString(orderEvent));
  }

  @Test
  void outputsKnownAsRecordedAreNotReadAgain() throws IOException {
    generate(CodegenOptions.defaults());
    // An edit that keeps the size and the modification time, so only reading the file shows it.
    Path orderEvent = out.resolve("com/example/shop/OrderEvent.java");
    String generated = Files.readString(orderEvent);
    FileTime time = Files.getLastModifiedTime(orderEvent);
    String edited = generated.replaceFirst("public", "PUBLIC");
    Files.writeString(orderEvent, edited);
    Files.setLastModifiedTime(orderEvent, time);
    CodegenFixtures.Project shop = CodegenFixtures.load(project);
    CodeGenerator generator = new CodeGenerator(CodegenOptions.defaults(), TestWording.MAVEN_WORDS);

    CodegenResult trusted =
        generator.generate(shop.product(), shop.schemas(), "1.1.0", List.of(), out, true);
    assertEquals(List.of(), trusted.written(), "the manifest's hash stands for the file");
    assertEquals(edited, Files.readString(orderEvent));

    CodegenResult read =
        generator.generate(shop.product(), shop.schemas(), "1.1.0", List.of(), out, false);
    assertEquals(List.of("com/example/shop/OrderEvent.java"), read.written());
    assertEquals(generated, Files.readString(orderEvent));
  }

  @Test
  void aRunThatFailsAfterWritingTheAvroClassesLeavesNoFileItMade() throws IOException {
    renamePortsToClashingClassNames();

    BuildError error = assertThrows(BuildError.class, () -> generate(CodegenOptions.defaults()));

    assertTrue(error.getMessage().startsWith("Two ports of the descriptor would both generate"));
    try (Stream<Path> walk = Files.walk(out)) {
      assertEquals(List.of(), walk.filter(Files::isRegularFile).toList());
    }
  }

  @Test
  void aRunThatFailsKeepsTheFilesOfTheRunBefore() throws IOException {
    generate(CodegenOptions.defaults());
    Map<String, FileTime> before = modificationTimes();
    renamePortsToClashingClassNames();
    Path order = project.resolve("src/main/avro/com/example/shop/OrderEvent.avsc");
    Files.writeString(order, Files.readString(order).replace("\"doc\": \"", "\"doc\": \"Now: "));

    assertThrows(BuildError.class, () -> generate(CodegenOptions.defaults()));

    assertEquals(before.keySet(), modificationTimes().keySet(), "no file added or removed");
  }

  /**
   * Two ports whose classes would have one name: a build error found after the Avro classes are
   * written.
   */
  private void renamePortsToClashingClassNames() throws IOException {
    Path descriptor = project.resolve("dataproduct.yaml");
    Files.writeString(
        descriptor,
        Files.readString(descriptor)
            .replace("name: order-events", "name: order-events1")
            .replace("name: payments", "name: order-events-1"));
  }

  private CodegenResult generate(CodegenOptions options) throws IOException {
    CodegenFixtures.Project shop = CodegenFixtures.load(project);
    return new CodeGenerator(options, TestWording.MAVEN_WORDS)
        .generate(shop.product(), shop.schemas(), "1.1.0", out);
  }

  /** Sets every file's modification time far into the past, so that any write shows. */
  private Map<String, FileTime> ageEveryFile() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
    return modificationTimes();
  }

  private Map<String, FileTime> modificationTimes() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
      }
    }
    return times;
  }
}
