package dev.dataproduct.infra.backstage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calls the publication makes to a Backstage backend's catalog API ({@code /api/catalog}), with
 * a static token ({@code backend.auth.externalAccess}) as {@code Authorization: Bearer}. Every
 * failure is a {@link BuildError} that names the server and, for a refused token, where the token
 * came from; the token itself shows nowhere.
 */
final class BackstageClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String url;
  private final String authorization;
  private final String tokenSource;
  private final BuildLog log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param url the backend's base URL, e.g. {@code https://backstage.example.com}
   * @param token the static token
   * @param tokenSource where the token came from, for messages
   */
  BackstageClient(String url, String token, String tokenSource, BuildLog log) {
    this.url = url.replaceAll("/+$", "");
    this.authorization = "Bearer " + token;
    this.tokenSource = tokenSource;
    this.log = log;
  }

  String url() {
    return url;
  }

  /** A registered location: its id and the entity that stands for it. */
  record Location(String id, String target, String entityRef) {}

  /** The registered url locations, by target. */
  Map<String, Location> locations() {
    Map<String, Location> locations = new HashMap<>();
    for (JsonNode item : call("GET", "/api/catalog/locations", null, Set.of(200)).json()) {
      JsonNode data = item.path("data");
      if ("url".equals(data.path("type").asText())) {
        String target = data.path("target").asText();
        locations.put(
            target,
            new Location(data.path("id").asText(), target, data.path("entityRef").asText(null)));
      }
    }
    return locations;
  }

  /** Registers a url location; empty when Backstage already has it (409). */
  Optional<Location> register(String target) {
    String body = JSON.createObjectNode().put("type", "url").put("target", target).toString();
    Response response = call("POST", "/api/catalog/locations", body, Set.of(201, 409));
    if (response.status() == 409) {
      return Optional.empty();
    }
    JsonNode location = response.json().path("location");
    return Optional.of(
        new Location(
            location.path("id").asText(), target, location.path("entityRef").asText(null)));
  }

  void unregister(String id) {
    call("DELETE", "/api/catalog/locations/" + encode(id), null, Set.of(204, 200, 404));
  }

  /**
   * Asks Backstage to process the entity (and so read its location) now rather than at its next
   * round.
   */
  void refresh(String entityRef) {
    call(
        "POST",
        "/api/catalog/refresh",
        JSON.createObjectNode().put("entityRef", entityRef).toString(),
        Set.of(200, 204));
  }

  /** The entity {@code kind:default/name} as Backstage shows it, if it does. */
  Optional<JsonNode> entity(String kind, String name) {
    Response response =
        call(
            "GET",
            "/api/catalog/entities/by-name/" + encode(kind) + "/default/" + encode(name),
            null,
            Set.of(200, 404));
    return response.status() == 404 ? Optional.empty() : Optional.of(response.json());
  }

  private record Response(int status, JsonNode json) {}

  private Response call(String method, String path, String body, Set<Integer> expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new BuildError(
          "Backstage at "
              + url
              + " is unreachable ("
              + describe(e)
              + "); check that it runs and that the URL is right");
    } catch (HttpTimeoutException e) {
      throw new BuildError(
          "Backstage at "
              + url
              + " did not answer "
              + method
              + " "
              + path
              + " within "
              + TIMEOUT.toSeconds()
              + " s");
    } catch (IOException e) {
      throw new BuildError(
          "Backstage at "
              + url
              + " is unreachable ("
              + describe(e)
              + "); check that it runs and that the URL is right");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildError("Interrupted while calling Backstage at " + url);
    }
    int status = response.statusCode();
    log.debug("Backstage: " + method + " " + path + " -> HTTP " + status);
    if (status == 401 || status == 403) {
      throw new BuildError(
          "Backstage at "
              + url
              + " refuses the token of "
              + tokenSource
              + " (HTTP "
              + status
              + " on "
              + method
              + " "
              + path
              + "); give a token that its backend.auth.externalAccess accepts");
    }
    if (!expected.contains(status)) {
      throw new BuildError(
          "Backstage at "
              + url
              + " answered "
              + method
              + " "
              + path
              + " with HTTP "
              + status
              + ": "
              + abbreviate(response.body()));
    }
    return new Response(status, parse(response.body(), method + " " + path));
  }

  private JsonNode parse(String body, String what) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BuildError(
          "Backstage at "
              + url
              + " answered "
              + what
              + " with something that is not JSON: "
              + abbreviate(body));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().isBlank())) {
      return "connection refused";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
