package dev.dataproduct.logic.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.apache.avro.Schema;

/**
 * The endpoints of the Confluent Schema Registry API that generated code uses, in memory: {@code
 * POST /subjects/{subject}/versions} (register), {@code POST /subjects/{subject}} (look up), {@code
 * GET /schemas/ids/{id}} and, for schemas that reference named types in other subjects, {@code GET
 * /subjects/{subject}/versions/{version}}. Like the real registry, the same schema gets the same id
 * in every subject.
 */
final class FakeSchemaRegistry implements AutoCloseable {

  private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
  private static final Pattern LOOK_UP = Pattern.compile("/subjects/([^/]+)");
  private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");
  private static final Pattern VERSION = Pattern.compile("/subjects/([^/]+)/versions/(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final List<String> schemas = new ArrayList<>();

  /** The references of schemas by id, as the answer's JSON array; most schemas have none. */
  private final Map<Integer, ArrayNode> references = new HashMap<>();

  /** Schema ids by subject, version 1 first. */
  private final Map<String, List<Integer>> subjects = new HashMap<>();

  /** Every registration, as {@code subject=schema}. */
  final List<String> registrations = new ArrayList<>();

  /** The {@code Authorization} header of every request, {@code null} where there was none. */
  final List<String> authorizations = new ArrayList<>();

  FakeSchemaRegistry() throws IOException {
    this(null);
  }

  /**
   * A registry served over HTTPS with {@code tls}'s certificate, asking for a client certificate
   * {@code tls} trusts; or over HTTP when {@code tls} is null.
   */
  FakeSchemaRegistry(SSLContext tls) throws IOException {
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
    if (tls == null) {
      server = HttpServer.create(address, 0);
    } else {
      HttpsServer https = HttpsServer.create(address, 0);
      // Asks for the client's certificate, and accepts only one the context trusts.
      https.setHttpsConfigurator(
          new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
              SSLParameters ssl = tls.getDefaultSSLParameters();
              ssl.setNeedClientAuth(true);
              parameters.setSSLParameters(ssl);
            }
          });
      server = https;
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return (server instanceof HttpsServer ? "https" : "http")
        + "://127.0.0.1:"
        + server.getAddress().getPort();
  }

  /** Registers {@code schema} as a producer elsewhere would have, and returns its id. */
  synchronized int register(Schema schema) {
    String text = schema.toString();
    return ids.computeIfAbsent(
        text,
        t -> {
          schemas.add(t);
          return schemas.size();
        });
  }

  /**
   * Registers {@code schemaText}, which names {@code referenceName} without defining it, as a
   * serializer that registers nested types on their own would: {@code referencedText} as version 1
   * of subject {@code referenceName}, and a reference to it.
   */
  synchronized int registerWithReference(
      String schemaText, String referenceName, String referencedText) {
    schemas.add(referencedText);
    subjects.computeIfAbsent(referenceName, s -> new ArrayList<>()).add(schemas.size());
    schemas.add(schemaText);
    int id = schemas.size();
    ArrayNode list = JSON.createArrayNode();
    list.addObject()
        .put("name", referenceName)
        .put("subject", referenceName)
        .put("version", subjects.get(referenceName).size());
    references.put(id, list);
    return id;
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      Matcher register = REGISTER.matcher(path);
      Matcher byId = BY_ID.matcher(path);
      Matcher version = VERSION.matcher(path);
      Matcher lookUp = LOOK_UP.matcher(path);
      if (exchange.getRequestMethod().equals("POST") && register.matches()) {
        String schema = JSON.readTree(exchange.getRequestBody()).get("schema").asText();
        String subject = URLDecoder.decode(register.group(1), StandardCharsets.UTF_8);
        registrations.add(subject + "=" + schema);
        int id = register(new Schema.Parser().parse(schema));
        List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(id)) {
          versions.add(id);
        }
        answer(exchange, 200, JSON.createObjectNode().put("id", id));
      } else if (exchange.getRequestMethod().equals("POST") && lookUp.matches()) {
        String schema =
            new Schema.Parser()
                .parse(JSON.readTree(exchange.getRequestBody()).get("schema").asText())
                .toString();
        String subject = URLDecoder.decode(lookUp.group(1), StandardCharsets.UTF_8);
        List<Integer> versions = subjects.getOrDefault(subject, List.of());
        int number = versions.indexOf(ids.getOrDefault(schema, -1)) + 1;
        if (versions.isEmpty()) {
          answer(
              exchange,
              404,
              JSON.createObjectNode()
                  .put("error_code", 40401)
                  .put("message", "Subject '" + subject + "' not found."));
        } else if (number == 0) {
          answer(
              exchange,
              404,
              JSON.createObjectNode().put("error_code", 40403).put("message", "Schema not found"));
        } else {
          answer(
              exchange,
              200,
              JSON.createObjectNode()
                  .put("subject", subject)
                  .put("id", versions.get(number - 1))
                  .put("version", number)
                  .put("schema", schema));
        }
      } else if (exchange.getRequestMethod().equals("GET") && byId.matches()) {
        int id = Integer.parseInt(byId.group(1));
        if (id < 1 || id > schemas.size()) {
          answer(
              exchange,
              404,
              JSON.createObjectNode()
                  .put("error_code", 40403)
                  .put("message", "Schema " + id + " not found"));
        } else {
          answer(
              exchange,
              200,
              withReferences(JSON.createObjectNode().put("schema", schemas.get(id - 1)), id));
        }
      } else if (exchange.getRequestMethod().equals("GET") && version.matches()) {
        List<Integer> versions =
            subjects.getOrDefault(
                URLDecoder.decode(version.group(1), StandardCharsets.UTF_8), List.of());
        int number = Integer.parseInt(version.group(2));
        if (number < 1 || number > versions.size()) {
          answer(
              exchange,
              404,
              JSON.createObjectNode().put("error_code", 40402).put("message", "Version not found"));
        } else {
          int id = versions.get(number - 1);
          answer(
              exchange,
              200,
              withReferences(
                  JSON.createObjectNode()
                      .put("id", id)
                      .put("version", number)
                      .put("schema", schemas.get(id - 1)),
                  id));
        }
      } else {
        answer(
            exchange,
            404,
            JSON.createObjectNode().put("error_code", 404).put("message", "HTTP 404 Not Found"));
      }
    }
  }

  private ObjectNode withReferences(ObjectNode answer, int id) {
    if (references.containsKey(id)) {
      answer.set("references", references.get(id));
    }
    return answer;
  }

  private static void answer(HttpExchange exchange, int status, ObjectNode body)
      throws IOException {
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
