package dev.dataproduct.testing;

import dev.dataproduct.testkit.process.ChildJvm;
import dev.dataproduct.testkit.process.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * A real schema registry in its own JVM on a free port of 127.0.0.1: Apicurio Registry 2.4.2 with
 * in-memory storage, as assembled by the {@code it/schema-registry} module. It speaks the Confluent
 * Schema Registry REST API under {@link #url()}.
 *
 * <pre>{@code
 * try (SchemaRegistryServer registry = SchemaRegistryServer.start(SchemaRegistryServer.runnerJar(), tempDir)) {
 *   String url = registry.url(); // http://127.0.0.1:<port>/apis/ccompat/v7
 * }
 * }</pre>
 *
 * {@link #stop()} and {@link #restart()} let a test take the registry away in the middle of a run.
 * A restarted registry is empty: the storage is in memory.
 */
public final class SchemaRegistryServer implements AutoCloseable {

  /**
   * The system property that names the runner jar; the it/ build sets it for every product build.
   */
  public static final String RUNNER_PROPERTY = "dataproduct.it.schemaRegistryRunner";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ChildJvm jvm;
  private final int port;

  private SchemaRegistryServer(ChildJvm jvm, int port) {
    this.jvm = jvm;
    this.port = port;
  }

  /** The runner jar named by the system property {@value #RUNNER_PROPERTY}. */
  public static Path runnerJar() {
    String path = System.getProperty(RUNNER_PROPERTY);
    if (path == null || path.isBlank()) {
      throw new IllegalStateException(
          "Set -D" + RUNNER_PROPERTY + " to the runner jar that it/schema-registry builds");
    }
    Path jar = Paths.get(path);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No schema registry runner at " + jar + "; build it/schema-registry first");
    }
    return jar;
  }

  /**
   * Starts the registry from {@code runnerJar}, its output in {@code
   * directory/schema-registry.log}, and waits until it is ready.
   */
  public static SchemaRegistryServer start(Path runnerJar, Path directory) {
    return FreePorts.startRetryingOnPortClash(attempt -> startOnce(runnerJar, directory));
  }

  private static SchemaRegistryServer startOnce(Path runnerJar, Path directory) {
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
                runnerJar.toString()));
    SchemaRegistryServer server = new SchemaRegistryServer(jvm, port);
    server.startAndAwait();
    return server;
  }

  /**
   * The base URL of the Confluent-compatible API, e.g. {@code
   * http://127.0.0.1:8081/apis/ccompat/v7}.
   */
  public String url() {
    return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
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

  /** Stops the registry; clients then get connection refused on its port. */
  public void stop() {
    jvm.stop();
  }

  /** Starts it again on the same port, empty. */
  public void restart() {
    stop();
    startAndAwait();
  }

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
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(rootUrl() + "/health/ready"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
