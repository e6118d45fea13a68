package dev.dataproduct.testkit.registry;

import dev.dataproduct.testkit.process.ChildJvm;
import dev.dataproduct.testkit.process.FreePorts;
import dev.dataproduct.testkit.process.HttpProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;

/**
 * A real schema registry in its own JVM on a free port of 127.0.0.1; no Docker. It is Apicurio
 * Registry 2.4.2 with in-memory storage, which speaks the Confluent Schema Registry REST API under
 * {@link #url()}: what the generated clients of a port with {@code encoding: confluent}, and the
 * plugin's publish, talk to. A product's test starts one directly:
 *
 * <pre>{@code
 * try (SchemaRegistry registry = SchemaRegistry.start(Path.of("target/registry"))) {
 *   String url = registry.url(); // http://127.0.0.1:<port>/apis/ccompat/v7
 * }
 * }</pre>
 *
 * or takes one from {@link SchemaRegistryExtension}, which starts a single registry for the whole
 * test run. The registry's runnable jar is a resource of this kit's jar (Maven Central has no
 * runnable Confluent-compatible registry); the first start copies it to the temporary folder, so
 * that the child JVM can run it, and later starts reuse the copy. The start takes about 4 s on an
 * idle 2-core machine (10 s on a busy one); its JVM takes up to 512 MB of heap. {@link #close()}
 * stops it (SIGTERM); so does the end of the test JVM.
 */
public final class SchemaRegistry implements AutoCloseable {

  /** The runnable jar, beside this class in the kit's jar (see the module's pom.xml). */
  static final String RUNNER_RESOURCE = "apicurio-registry-runner.jar";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ChildJvm jvm;
  private final int port;

  private SchemaRegistry(ChildJvm jvm, int port) {
    this.jvm = jvm;
    this.port = port;
  }

  /**
   * Starts a registry, its output in {@code directory/schema-registry.log}, and waits until it is
   * ready.
   */
  public static SchemaRegistry start(Path directory) {
    Path runner = runnerJar();
    return FreePorts.startRetryingOnPortClash(attempt -> startOnce(runner, directory));
  }

  private static SchemaRegistry startOnce(Path runner, Path directory) {
    int port = FreePorts.take();
    ChildJvm jvm =
        ChildJvm.of(
            "Schema registry on 127.0.0.1:" + port,
            directory.resolve("schema-registry.log"),
            List.of(
                "-Xmx512m",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-jar",
                runner.toString()));
    SchemaRegistry registry = new SchemaRegistry(jvm, port);
    registry.startAndAwait();
    return registry;
  }

  /**
   * The base URL of the Confluent-compatible API, e.g. {@code
   * http://127.0.0.1:8081/apis/ccompat/v7}: what a Confluent client's {@code schema.registry.url}
   * and the plugin's {@code dataproduct.registry.url} take.
   */
  public String url() {
    return rootUrl() + "/apis/ccompat/v7";
  }

  /** The registry's root URL, for Apicurio's own API ({@code /apis/registry/v2}). */
  public String rootUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public boolean isRunning() {
    return jvm.isAlive();
  }

  /**
   * Stops the registry; clients then get connection refused on its port. For a test of what a
   * client does when the registry goes away.
   */
  public void stop() {
    jvm.stop();
  }

  /** Starts it again on the same port, empty: the storage is in memory. */
  public void restart() {
    stop();
    startAndAwait();
  }

  /** The registry's output, for a failing test's diagnosis. */
  public Path log() {
    return jvm.log();
  }

  @Override
  public void close() {
    stop();
  }

  private void startAndAwait() {
    jvm.start();
    jvm.awaitReady(this::ready, START_TIMEOUT);
  }

  private boolean ready() {
    return HttpProbe.answersOk(
        HTTP,
        HttpRequest.newBuilder(URI.create(rootUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build());
  }

  /**
   * The runnable jar as a file. In the kit's own build it is one already (target/classes); from the
   * kit's jar it is copied once to {@code <java.io.tmpdir>/dataproduct-testkit/}, under a name made
   * of the entry's checksum and size, so that every version of the kit has its own copy and a
   * partly written copy is never run (it is written beside and then moved into place).
   */
  static Path runnerJar() {
    URL resource = SchemaRegistry.class.getResource(RUNNER_RESOURCE);
    if (resource == null) {
      throw new IllegalStateException(
          "The test kit's jar carries no schema registry ("
              + RUNNER_RESOURCE
              + " beside "
              + SchemaRegistry.class.getName()
              + "): it was built without testkit-registry-runner");
    }
    return runnerJar(
        resource, Paths.get(System.getProperty("java.io.tmpdir"), "dataproduct-testkit"));
  }

  /** {@code resource} as a file: itself, or its copy in {@code copies} when it is in a jar. */
  static Path runnerJar(URL resource, Path copies) {
    try {
      if ("file".equals(resource.getProtocol())) {
        return Paths.get(resource.toURI());
      }
      URLConnection connection = resource.openConnection();
      connection.setUseCaches(false);
      if (!(connection instanceof JarURLConnection jar)) {
        throw new IllegalStateException(
            "Cannot run the schema registry from " + resource + ": not a file, nor in a jar");
      }
      JarEntry entry = jar.getJarEntry();
      Path copy =
          copies.resolve(
              "apicurio-registry-"
                  + Long.toHexString(entry.getCrc())
                  + "-"
                  + entry.getSize()
                  + ".jar");
      if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
        jar.getJarFile().close(); // uncached: this connection's own
        return copy;
      }
      Files.createDirectories(copy.getParent());
      Path partial = Files.createTempFile(copy.getParent(), "apicurio-registry-", ".partial");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      // Another test JVM may have moved its identical copy into place meanwhile: either one will
      // do.
      Files.move(
          partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot copy the schema registry's jar out of " + resource + ": " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
