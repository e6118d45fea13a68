package dev.dataproduct.testkit.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's jar, a resource of the kit's jar, is copied out once so that a child JVM can run
 * it (the kit's own tests run it from target/classes, so this is the path products take).
 */
class RunnerJarTest {

  @Test
  void aRunnerInAJarIsCopiedOutOnceAndReused(@TempDir Path dir) throws Exception {
    byte[] runner = "the registry's classes".getBytes(StandardCharsets.UTF_8);
    URL resource = resourceInJar(dir.resolve("kit.jar"), runner);
    Path copies = dir.resolve("copies");

    Path copy = SchemaRegistry.runnerJar(resource, copies);
    assertEquals(copies, copy.getParent());
    assertArrayEquals(runner, Files.readAllBytes(copy));

    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(copy, written);
    assertEquals(copy, SchemaRegistry.runnerJar(resource, copies));
    assertEquals(written, Files.getLastModifiedTime(copy), "the copy was reused, not rewritten");
  }

  @Test
  void anotherVersionOfTheRunnerGetsACopyOfItsOwn(@TempDir Path dir) throws Exception {
    Path copies = dir.resolve("copies");
    Path first =
        SchemaRegistry.runnerJar(
            resourceInJar(dir.resolve("a.jar"), "version 1".getBytes(StandardCharsets.UTF_8)),
            copies);
    Path second =
        SchemaRegistry.runnerJar(
            resourceInJar(dir.resolve("b.jar"), "version 2".getBytes(StandardCharsets.UTF_8)),
            copies);
    assertNotEquals(first, second);
    assertEquals("version 1", Files.readString(first));
    assertEquals("version 2", Files.readString(second));
  }

  private static URL resourceInJar(Path jar, byte[] content) throws Exception {
    String entry = "dev/dataproduct/testkit/registry/" + SchemaRegistry.RUNNER_RESOURCE;
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(content);
      out.closeEntry();
    }
    return URI.create("jar:" + jar.toUri() + "!/" + entry).toURL();
  }
}
