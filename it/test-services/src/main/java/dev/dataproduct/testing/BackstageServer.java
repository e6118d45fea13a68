package dev.dataproduct.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dataproduct.testkit.process.FreePorts;
import dev.dataproduct.testkit.process.HttpProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A real Backstage backend with its software catalog (the npm packages of {@code it/backstage},
 * installed there by {@code npm ci}) on a free port of 127.0.0.1, with SQLite in memory and a
 * static token, and beside it a web server on another free port serving the folder {@link
 * #entityDirectory()} at {@link #entityUrl()}, which the backend may read (its {@code
 * backend.reading.allow}). This is how operators feed Backstage: entity YAML on a web server,
 * registered as url locations.
 *
 * <pre>{@code
 * try (BackstageServer backstage = BackstageServer.start(BackstageServer.home(), tempDir)) {
 *   backstage.url();   // http://127.0.0.1:<port>, the catalog API under /api/catalog
 *   backstage.token(); // Authorization: Bearer <token>
 * }
 * }</pre>
 *
 * {@link #stop()} takes the backend away (SIGTERM) and leaves the web server up; the catalog is in
 * memory, so a restarted backend is empty.
 */
public final class BackstageServer implements AutoCloseable {

  /** The system property that names the folder with the backend's package.json and node_modules. */
  public static final String HOME_PROPERTY = "dataproduct.it.backstageHome";

  /** The static token the backend accepts; the it/ settings.xml holds it as a server's password. */
  public static final String TOKEN = "it-Backstage-T0ken-4711";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path directory;
  private final int port;
  private final HttpServer files;
  private Process process;

  private BackstageServer(Path home, Path directory, int port, HttpServer files) {
    this.home = home;
    this.directory = directory;
    this.port = port;
    this.files = files;
  }

  /**
   * The folder named by the system property {@value #HOME_PROPERTY}, with node_modules installed.
   */
  public static Path home() {
    String path = System.getProperty(HOME_PROPERTY);
    if (path == null || path.isBlank()) {
      throw new IllegalStateException("Set -D" + HOME_PROPERTY + " to the it/backstage folder");
    }
    return checkedHome(Paths.get(path));
  }

  /**
   * Starts the web server and the backend, with its configuration, output ({@code backstage.log})
   * and entity folder ({@code entities/}) in {@code directory}, and waits until the catalog
   * answers.
   */
  public static BackstageServer start(Path home, Path directory) {
    return start(home, directory, FreePorts::take);
  }

  /** As {@link #start(Path, Path)}, with the backend's ports from {@code ports} (for a test). */
  static BackstageServer start(Path home, Path directory, IntSupplier ports) {
    checkedHome(home);
    return FreePorts.startRetryingOnPortClash(
        attempt -> startOnce(home, directory, ports.getAsInt()));
  }

  /** One start on a new port; the web server binds its own port at once, so it cannot clash. */
  private static BackstageServer startOnce(Path home, Path directory, int port) {
    Path entities = directory.resolve("entities");
    HttpServer files = serve(entities);
    BackstageServer server = new BackstageServer(home, directory, port, files);
    try {
      String template =
          Files.readString(home.resolve("app-config.template.yaml"), StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve("app-config.yaml"),
          template
              .replace("@PORT@", Integer.toString(server.port))
              .replace("@ENTITY_HOST@", "127.0.0.1:" + files.getAddress().getPort())
              .replace("@TOKEN@", TOKEN),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      files.stop(0);
      throw new UncheckedIOException(
          "Cannot write Backstage's app-config.yaml in " + directory + ": " + e.getMessage(), e);
    }
    try {
      server.startAndAwait();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The backend's base URL; the catalog API is under {@code /api/catalog}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String token() {
    return TOKEN;
  }

  /** The folder the web server serves. */
  public Path entityDirectory() {
    return directory.resolve("entities");
  }

  /** Where Backstage reads {@link #entityDirectory()}, with a trailing slash. */
  public String entityUrl() {
    return "http://127.0.0.1:" + files.getAddress().getPort() + "/";
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public Path log() {
    return directory.resolve("backstage.log");
  }

  /**
   * Stops the backend as a service manager would (SIGTERM); clients then get connection refused.
   */
  public void stop() {
    Process running = process;
    if (running == null || !running.isAlive()) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(20, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the backend again on the same port, with an empty catalog. */
  public void restart() {
    stop();
    startAndAwait();
  }

  /** Stops the backend and the web server. */
  @Override
  public void close() {
    stop();
    files.stop(0);
  }

  private void startAndAwait() {
    long logOffset;
    try {
      Files.createDirectories(directory);
      // The log is appended to across starts: only this start's output tells whether it bound.
      logOffset = Files.exists(log()) ? Files.size(log()) : 0;
      // Node resolves the packages from the backend's folder; the configuration is this server's
      // own.
      process =
          new ProcessBuilder(
                  List.of(
                      "node",
                      "backend.js",
                      "--config",
                      directory.resolve("app-config.yaml").toString()))
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start Backstage (node "
              + home.resolve("backend.js")
              + "): "
              + e.getMessage()
              + "; is Node.js installed?",
          e);
    }
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "stop Backstage"));
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready()) {
      if (!started.isAlive()) {
        throw new IllegalStateException(
            "Backstage ended with " + started.exitValue() + " before it was ready: " + tail());
      }
      // Node reports a taken port as an unhandled rejection and keeps running without listening.
      if (outputSince(logOffset).contains("EADDRINUSE")) {
        stop();
        throw new IllegalStateException(
            "Backstage could not listen on 127.0.0.1:"
                + port
                + ": the port is in use (EADDRINUSE); another process took it after it was found"
                + " free");
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException(
            "Backstage was not ready within " + START_TIMEOUT + ": " + tail());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Backstage", e);
      }
    }
  }

  private boolean ready() {
    return HttpProbe.answersOk(
        HTTP,
        HttpRequest.newBuilder(URI.create(url() + "/api/catalog/entities?limit=1"))
            .header("Authorization", "Bearer " + TOKEN)
            .timeout(Duration.ofSeconds(2))
            .build());
  }

  private static Path checkedHome(Path home) {
    if (!Files.isRegularFile(home.resolve("backend.js"))
        || !Files.isDirectory(home.resolve("node_modules/@backstage/plugin-catalog-backend"))) {
      throw new IllegalStateException(
          "No Backstage backend installed in " + home + "; run npm ci there first");
    }
    return home;
  }

  /** A static file server for {@code root} on a free port of 127.0.0.1: GET only, no listings. */
  private static HttpServer serve(Path root) {
    try {
      Files.createDirectories(root);
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> answer(exchange, root));
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serve " + root + ": " + e.getMessage(), e);
    }
  }

  private static void answer(HttpExchange exchange, Path root) throws IOException {
    try (exchange) {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!"GET".equals(exchange.getRequestMethod())
          || !file.startsWith(root)
          || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] content = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", "application/yaml");
      exchange.sendResponseHeaders(200, content.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(content);
      }
    }
  }

  private String outputSince(long offset) {
    try {
      byte[] output = Files.readAllBytes(log());
      return offset >= output.length
          ? ""
          : new String(output, (int) offset, output.length - (int) offset, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
