package dev.dataproduct.logic.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The libraries generated code compiles against: Avro and kafka-clients, nothing else. A product
 * must declare both; without them its build would fail later with hundreds of javac errors, so the
 * generator says up front which dependency to add.
 */
public final class RuntimeDependencies {

  /** {@code groupId:artifactId} of Avro. */
  public static final String AVRO = "org.apache.avro:avro";

  /** {@code groupId:artifactId} of the Kafka clients. */
  public static final String KAFKA_CLIENTS = "org.apache.kafka:kafka-clients";

  private static final Properties TESTED_VERSIONS = testedVersions();

  private RuntimeDependencies() {}

  /**
   * What is missing from a compile classpath, as one line saying what to add; empty when nothing
   * is.
   *
   * @param compileClasspath the {@code groupId:artifactId} of every library on the compile
   *     classpath
   */
  public static Optional<String> missing(Collection<String> compileClasspath) {
    List<String> missing = new ArrayList<>();
    for (String library : List.of(AVRO, KAFKA_CLIENTS)) {
      if (!compileClasspath.contains(library)) {
        missing.add(library);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder xml = new StringBuilder();
    for (String library : missing) {
      String[] parts = library.split(":");
      xml.append("<dependency><groupId>")
          .append(parts[0])
          .append("</groupId><artifactId>")
          .append(parts[1])
          .append("</artifactId><version>")
          .append(testedVersion(library))
          .append("</version></dependency>");
    }
    return Optional.of(
        "The generated producers and consumers need "
            + String.join(" and ", missing)
            + " on the compile classpath; add to the POM's <dependencies>: "
            + xml);
  }

  /** The version of {@code library} the generated code is tested with. */
  static String testedVersion(String library) {
    return TESTED_VERSIONS.getProperty(library.substring(library.indexOf(':') + 1), "...");
  }

  private static Properties testedVersions() {
    Properties versions = new Properties();
    try (InputStream in = RuntimeDependencies.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        versions.load(in);
      }
    } catch (IOException e) {
      // Messages then name no version; nothing else depends on it.
    }
    return versions;
  }
}
