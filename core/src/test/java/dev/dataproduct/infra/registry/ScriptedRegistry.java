package dev.dataproduct.infra.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An HTTP server on 127.0.0.1 that answers as a test scripts it and records every request, to test
 * the client's protocol, retries and error handling in the core. The real registry is tested in it/
 * (Apicurio).
 */
public final class ScriptedRegistry implements AutoCloseable {

  /** One request as the server saw it. */
  public record Request(String method, String path, String authorization, String body) {
    @Override
    public String toString() {
      return method + " " + path + (body.isEmpty() ? "" : " " + body);
    }
  }

  /** An answer: status and JSON body. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new ArrayList<>();

  /** The answers by {@code METHOD path-prefix}; the longest matching key wins. */
  private final Map<String, Function<Request, Answer>> script = new ConcurrentHashMap<>();

  public ScriptedRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ccompat";
  }

  /**
   * Answers requests whose {@code METHOD path} starts with {@code prefix} (path after the base
   * URL).
   */
  public ScriptedRegistry on(String prefix, Function<Request, Answer> answer) {
    script.put(prefix, answer);
    return this;
  }

  public ScriptedRegistry on(String prefix, int status, String body) {
    return on(prefix, r -> new Answer(status, body));
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Stops answering: clients get connection refused. */
  public void stop() {
    server.stop(0);
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath().substring("/ccompat".length());
      String query = exchange.getRequestURI().getRawQuery();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(),
              query == null ? path : path + "?" + query,
              exchange.getRequestHeaders().getFirst("Authorization"),
              body);
      synchronized (this) {
        requests.add(request);
      }
      String key = request.method() + " " + request.path();
      Answer answer =
          script.entrySet().stream()
              .filter(e -> key.startsWith(e.getKey()))
              .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
              .map(e -> e.getValue().apply(request))
              .orElse(new Answer(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}"));
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
