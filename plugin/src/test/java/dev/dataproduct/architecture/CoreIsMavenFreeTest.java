package dev.dataproduct.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core must stay usable without Maven (by the conformance runner, a CLI, other build tools):
 * only {@code dev.dataproduct.maven} may refer to Maven, Plexus or Maven's resolver.
 */
class CoreIsMavenFreeTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path MAVEN_ADAPTER = SOURCES.resolve("dev/dataproduct/maven");
  private static final Pattern MAVEN_REFERENCE = Pattern.compile("\\b(org\\.apache\\.maven|org\\.codehaus\\.plexus|org\\.eclipse\\.aether)\\.");

  @Test
  void noCoreClassReferencesMaven() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (file.startsWith(MAVEN_ADAPTER)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (MAVEN_REFERENCE.matcher(lines.get(i)).find()) {
            offenders.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), offenders, "only dev.dataproduct.maven may use Maven APIs");
  }

  @Test
  void theCheckWouldSeeAMavenImport() {
    // Guards the pattern itself, so the test above cannot pass by matching nothing.
    assertTrue(MAVEN_REFERENCE.matcher("import org.apache.maven.plugin.Mojo;").find());
    assertTrue(MAVEN_REFERENCE.matcher("org.eclipse.aether.RepositorySystem system;").find());
    assertTrue(Files.isDirectory(MAVEN_ADAPTER), "the Maven adapter package moved; update this test");
  }
}
