package dev.dataproduct.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * The two endpoints of the Confluent Schema Registry API that generated code uses, in memory:
 * {@code POST /subjects/{subject}/versions} and {@code GET /schemas/ids/{id}}. Like the real
 * registry, the same schema gets the same id in every subject.
 */
final class FakeSchemaRegistry implements AutoCloseable {

  private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
  private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final List<String> schemas = new ArrayList<>();
  /** Every registration, as {@code subject=schema}. */
  final List<String> registrations = new ArrayList<>();

  FakeSchemaRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Registers {@code schema} as a producer elsewhere would have, and returns its id. */
  synchronized int register(Schema schema) {
    String text = schema.toString();
    return ids.computeIfAbsent(text, t -> {
      schemas.add(t);
      return schemas.size();
    });
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      Matcher register = REGISTER.matcher(path);
      Matcher byId = BY_ID.matcher(path);
      if (exchange.getRequestMethod().equals("POST") && register.matches()) {
        String schema = JSON.readTree(exchange.getRequestBody()).get("schema").asText();
        String subject = URLDecoder.decode(register.group(1), StandardCharsets.UTF_8);
        registrations.add(subject + "=" + schema);
        int id = register(new Schema.Parser().parse(schema));
        answer(exchange, 200, JSON.createObjectNode().put("id", id));
      } else if (exchange.getRequestMethod().equals("GET") && byId.matches()) {
        int id = Integer.parseInt(byId.group(1));
        if (id < 1 || id > schemas.size()) {
          answer(exchange, 404, JSON.createObjectNode().put("error_code", 40403).put("message", "Schema " + id + " not found"));
        } else {
          answer(exchange, 200, JSON.createObjectNode().put("schema", schemas.get(id - 1)));
        }
      } else {
        answer(exchange, 404, JSON.createObjectNode().put("error_code", 404).put("message", "HTTP 404 Not Found"));
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
