package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.finding.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomVersionTest {

  @TempDir Path dir;

  private SourcePosition positionIn(String pom) throws IOException {
    Path file = dir.resolve("pom.xml");
    Files.writeString(file, pom);
    return PomVersion.position(file, "pom.xml");
  }

  @Test
  void pointsAtTheProjectsOwnVersionNotTheParents() throws IOException {
    assertEquals(
        new SourcePosition("pom.xml", 8, 12),
        positionIn(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>com.example</groupId><artifactId>mesh-parent</artifactId><version>7</version>
              </parent>
              <artifactId>orders</artifactId>
              <version>2.2.0</version>
              <dependencies>
                <dependency><groupId>org.apache.avro</groupId><artifactId>avro</artifactId><version>1.12.2</version></dependency>
              </dependencies>
            </project>
            """));
  }

  @Test
  void pointsAtTheParentsVersionWhenTheProjectInheritsIt() throws IOException {
    assertEquals(
        new SourcePosition("pom.xml", 4, 82),
        positionIn(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <parent>
                <groupId>com.example</groupId><artifactId>orders-parent</artifactId><version>2.2.0</version>
              </parent>
              <artifactId>orders</artifactId>
            </project>
            """));
  }

  @Test
  void namesTheFileWhenItCannotBeRead() throws IOException {
    assertEquals(SourcePosition.file("pom.xml"), positionIn("not a POM"));
    assertEquals(
        SourcePosition.file("pom.xml"), PomVersion.position(dir.resolve("missing.xml"), "pom.xml"));
  }
}
