package dev.dataproduct.testing;

import dev.dataproduct.testkit.registry.SchemaRegistry;
import java.nio.file.Path;

/**
 * The schema registry the integration tests use: the products' own, {@link SchemaRegistry} from
 * dataproduct-testkit-registry (Apicurio Registry 2.4.2 with in-memory storage, in its own JVM on a
 * free port of 127.0.0.1), so that how the registry starts is written in one place. It speaks the
 * Confluent Schema Registry REST API under {@link #url()}.
 *
 * <pre>{@code
 * try (SchemaRegistryServer registry = SchemaRegistryServer.start(tempDir)) {
 *   String url = registry.url(); // http://127.0.0.1:<port>/apis/ccompat/v7
 * }
 * }</pre>
 *
 * {@link #stop()} and {@link #restart()} let a test take the registry away in the middle of a run.
 * A restarted registry is empty: the storage is in memory.
 */
public final class SchemaRegistryServer implements AutoCloseable {

  private final SchemaRegistry registry;

  private SchemaRegistryServer(SchemaRegistry registry) {
    this.registry = registry;
  }

  /**
   * Starts the registry, its output in {@code directory/schema-registry.log}, and waits until it is
   * ready.
   */
  public static SchemaRegistryServer start(Path directory) {
    return new SchemaRegistryServer(SchemaRegistry.start(directory));
  }

  /**
   * The base URL of the Confluent-compatible API, e.g. {@code
   * http://127.0.0.1:8081/apis/ccompat/v7}.
   */
  public String url() {
    return registry.url();
  }

  /** The registry's root URL, for Apicurio's own API ({@code /apis/registry/v2}). */
  public String rootUrl() {
    return registry.rootUrl();
  }

  public int port() {
    return registry.port();
  }

  public boolean isRunning() {
    return registry.isRunning();
  }

  /** Stops the registry; clients then get connection refused on its port. */
  public void stop() {
    registry.stop();
  }

  /** Starts it again on the same port, empty. */
  public void restart() {
    registry.restart();
  }

  public Path log() {
    return registry.log();
  }

  @Override
  public void close() {
    registry.close();
  }
}
