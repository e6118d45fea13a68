package dev.dataproduct.infra.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * A client for any schema registry with the Confluent-compatible REST API (Confluent, Apicurio's
 * {@code /apis/ccompat/v7}, Karapace, Redpanda), over {@code java.net.http}: only the calls
 * publishing needs. TLS uses the JVM's truststore. A registry that does not answer (connection
 * refused, timeout, 502/503/504) is tried again with a doubling pause, a bounded number of times,
 * then {@link RegistryUnreachable} names it. Calls are safe to repeat: setting a level and
 * registering a schema that is already there change nothing.
 */
public final class RegistryClient {

  /**
   * How patient the client is.
   *
   * @param attempts how often a call is tried before the registry counts as down
   * @param firstPause the pause after the first failed attempt; it doubles after each further one
   * @param timeout how long one attempt may take
   */
  public record Options(int attempts, Duration firstPause, Duration timeout) {
    public Options {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
      }
    }

    /** Four attempts, 0.5 s, 1 s and 2 s apart; 30 s per attempt. */
    public static Options defaults() {
      return new Options(4, Duration.ofMillis(500), Duration.ofSeconds(30));
    }
  }

  /** The registry's verdict on a schema against a subject's versions at the subject's level. */
  public record Verdict(boolean compatible, List<String> reasons) {
    public Verdict {
      reasons = List.copyOf(reasons);
    }
  }

  /** A schema a subject already has. */
  public record Registered(int id, int version) {}

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String displayUrl;
  private final RegistryCredentials credentials;
  private final Options options;
  private final BuildLog log;
  private final Wording wording;
  private final HttpClient http;

  /**
   * @param url the API's base, e.g. {@code https://registry.example.com} or {@code
   *     http://localhost:8080/apis/ccompat/v7}
   * @param wording how the front end names the registry's URL option and where credentials live
   * @throws BuildError when {@code url} is not an http(s) URL
   */
  public RegistryClient(
      String url, RegistryCredentials credentials, Options options, BuildLog log, Wording wording) {
    this.base = parseUrl(url, wording);
    this.displayUrl = display(base);
    this.credentials = credentials;
    this.options = options;
    this.log = log;
    this.wording = wording;
    // No redirects: the credentials go to the configured host only.
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The registry's URL as messages show it: without any user info it may carry. */
  public String url() {
    return displayUrl;
  }

  /** Sets {@code subject}'s compatibility level ({@code PUT /config/<subject>}). */
  public void setCompatibility(String subject, String level) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", level);
    call("PUT", "/config/" + encode(subject), body, Set.of());
  }

  /**
   * Removes {@code subject}'s own compatibility level ({@code DELETE /config/<subject>}), so it
   * follows the registry's default again. A subject without a level of its own is left as it is.
   */
  public void clearCompatibility(String subject) {
    call("DELETE", "/config/" + encode(subject), null, Set.of(404));
  }

  /**
   * {@code subject}'s own compatibility level, or empty when it has none (it follows the registry's
   * default).
   */
  public Optional<String> compatibility(String subject) {
    Response response = call("GET", "/config/" + encode(subject), null, Set.of(404));
    if (response.status() == 404) {
      return Optional.empty();
    }
    JsonNode level =
        response.json().has("compatibilityLevel")
            ? response.json().get("compatibilityLevel")
            : response.json().get("compatibility");
    return Optional.ofNullable(level).map(JsonNode::asText);
  }

  /**
   * The registry's default compatibility level ({@code GET /config}): the level of every subject
   * that has none of its own.
   */
  public String defaultCompatibility() {
    Response response = call("GET", "/config", null, Set.of());
    JsonNode level =
        response.json().has("compatibilityLevel")
            ? response.json().get("compatibilityLevel")
            : response.json().get("compatibility");
    if (level == null || !level.isTextual() || level.asText().isBlank()) {
      throw new BuildError(
          "The schema registry at "
              + displayUrl
              + " answered GET /config with "
              + abbreviate(response.json().toString())
              + ", not its default compatibility level; check that "
              + displayUrl
              + " is the base of a Confluent-compatible API");
    }
    return level.asText();
  }

  /**
   * The registry's own check of {@code schema} against {@code subject}'s versions, with its reasons
   * ({@code ?verbose=true}). A subject without versions accepts anything.
   */
  public Verdict testCompatibility(String subject, String schema) {
    return testCompatibility(subject, "latest", schema);
  }

  /**
   * The registry's own check of {@code schema} against version {@code version} of {@code subject}
   * at the subject's level. Confluent's compares with that one version only, also at a transitive
   * level.
   */
  public Verdict testCompatibility(String subject, int version, String schema) {
    return testCompatibility(subject, Integer.toString(version), schema);
  }

  private Verdict testCompatibility(String subject, String version, String schema) {
    Response response =
        call(
            "POST",
            "/compatibility/subjects/" + encode(subject) + "/versions/" + version + "?verbose=true",
            schemaBody(schema),
            Set.of(404));
    if (response.status() == 404) {
      return new Verdict(true, List.of());
    }
    JsonNode json = response.json();
    List<String> reasons = new ArrayList<>();
    // Confluent answers a "messages" list; Apicurio one "reason" text.
    for (String field : List.of("messages", "reason")) {
      JsonNode node = json.get(field);
      if (node != null && node.isArray()) {
        node.forEach(m -> reasons.add(m.isTextual() ? m.asText() : m.toString()));
      } else if (node != null && node.isTextual() && !node.asText().isBlank()) {
        reasons.add(node.asText());
      }
    }
    return new Verdict(json.path("is_compatible").asBoolean(false), reasons);
  }

  /**
   * The version of {@code subject} that holds {@code schema}, if any ({@code POST
   * /subjects/<subject>}).
   */
  public Optional<Registered> lookup(String subject, String schema) {
    Response response =
        call("POST", "/subjects/" + encode(subject), schemaBody(schema), Set.of(404));
    if (response.status() == 404) {
      return Optional.empty();
    }
    JsonNode json = response.json();
    if (!json.path("id").canConvertToInt() || !json.path("version").canConvertToInt()) {
      // Read as "already registered", it would leave the schema unregistered unnoticed.
      throw notAnAnswer("POST /subjects/" + subject, json, "the id and version of a schema");
    }
    return Optional.of(new Registered(json.get("id").asInt(), json.get("version").asInt()));
  }

  private BuildError notAnAnswer(String what, JsonNode answer, String expected) {
    return new BuildError(
        "The schema registry at "
            + displayUrl
            + " answered "
            + what
            + " with "
            + abbreviate(answer.toString())
            + ", not "
            + expected
            + "; check that "
            + displayUrl
            + " is the base of a Confluent-compatible API");
  }

  /**
   * Registers {@code schema} under {@code subject} and returns its ID. A registry that finds it
   * incompatible refuses with 409.
   *
   * @throws RegistryRefusal when the registry refuses the schema (409, 422)
   */
  public int register(String subject, String schema) {
    Response response =
        call(
            "POST",
            "/subjects/" + encode(subject) + "/versions",
            schemaBody(schema),
            Set.of(409, 422));
    if (response.status() == 409 || response.status() == 422) {
      throw new RegistryRefusal(
          "The schema registry at "
              + displayUrl
              + " refused the schema of "
              + subject
              + " (HTTP "
              + response.status()
              + "): "
              + errorMessage(response));
    }
    if (!response.json().path("id").canConvertToInt()) {
      throw notAnAnswer(
          "POST /subjects/" + subject + "/versions", response.json(), "the id of the schema");
    }
    return response.json().get("id").asInt();
  }

  /** One version of a subject, as the registry stores it. */
  public record SubjectVersion(int version, String schemaType, String schema, int references) {}

  /** Every subject the registry holds ({@code GET /subjects}). */
  public List<String> subjects() {
    Response response = call("GET", "/subjects", null, Set.of());
    if (!response.json().isArray()) {
      throw new BuildError(
          "The schema registry at "
              + displayUrl
              + " answered GET /subjects with "
              + abbreviate(response.json().toString())
              + ", not a list of subjects; check that "
              + displayUrl
              + " is the base of a Confluent-compatible API");
    }
    List<String> subjects = new ArrayList<>();
    response.json().forEach(subject -> subjects.add(subject.asText()));
    return subjects;
  }

  /**
   * The versions of {@code subject}, ascending; empty when the registry does not know the subject
   * (404).
   */
  public List<Integer> versions(String subject) {
    Response response =
        call("GET", "/subjects/" + encode(subject) + "/versions", null, Set.of(404));
    if (response.status() == 404) {
      return List.of();
    }
    List<Integer> versions = new ArrayList<>();
    for (JsonNode version : response.json()) {
      if (!version.canConvertToInt()) {
        throw new BuildError(
            "The schema registry at "
                + displayUrl
                + " lists "
                + abbreviate(version.toString())
                + " as a version of subject "
                + subject
                + ", not a number; check that "
                + displayUrl
                + " is the base of a Confluent-compatible API");
      }
      versions.add(version.asInt());
    }
    versions.sort(null);
    return versions;
  }

  /**
   * Version {@code version} of {@code subject} ({@code GET
   * /subjects/<subject>/versions/<version>}).
   */
  public SubjectVersion version(String subject, int version) {
    Response response =
        call("GET", "/subjects/" + encode(subject) + "/versions/" + version, null, Set.of());
    JsonNode json = response.json();
    JsonNode schema = json.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw new BuildError(
          "The schema registry at "
              + displayUrl
              + " answered version "
              + version
              + " of subject "
              + subject
              + " without a \"schema\"; check that "
              + displayUrl
              + " is the base of a Confluent-compatible API");
    }
    JsonNode references = json.get("references");
    return new SubjectVersion(
        version,
        json.path("schemaType").asText("AVRO"),
        schema.asText(),
        references != null && references.isArray() ? references.size() : 0);
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static ObjectNode schemaBody(String schema) {
    return JSON.createObjectNode().put("schema", schema);
  }

  private record Response(int status, JsonNode json) {}

  /**
   * One call, tried again while the registry does not answer; statuses in {@code expected} are the
   * caller's to handle.
   */
  /**
   * Whether a 404 is the registry's own answer that a subject, version or schema does not exist: a
   * Confluent-compatible registry says which with an error code 40401 to 40499. A path it does not
   * serve answers 404 without one (Confluent and Apicurio give the bare HTTP status, 404).
   */
  private static boolean namesWhatIsMissing(Response response) {
    int code = response.json().path("error_code").asInt();
    return code >= 40400 && code <= 40499;
  }

  private Response call(String method, String path, JsonNode body, Set<Integer> expected) {
    HttpRequest request = request(method, path, body);
    String what = method + " " + path.replaceFirst("\\?.*", "");
    Duration pause = options.firstPause();
    String failure = null;
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      if (attempt > 1) {
        log.warn(
            "The schema registry at "
                + displayUrl
                + " did not answer "
                + what
                + " ("
                + failure
                + "); attempt "
                + attempt
                + " of "
                + options.attempts()
                + " in "
                + pause.toMillis()
                + " ms");
        sleep(pause);
        pause = pause.multipliedBy(2);
      }
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (SSLException e) {
        // Not a registry that is down: trying again gives the same answer.
        throw new BuildError(
            "Cannot open a TLS connection to the schema registry at "
                + displayUrl
                + ": "
                + e.getMessage()
                + "; if its certificate is signed by your own CA, add that CA to a truststore and pass -Djavax.net.ssl.trustStore=<file>"
                + " (MAVEN_OPTS), or import it into the JVM's cacerts");
      } catch (IOException e) {
        failure = describe(e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BuildError("Interrupted while calling the schema registry at " + displayUrl);
      }
      int status = response.statusCode();
      log.debug("Schema registry: " + what + " -> HTTP " + status);
      if (RETRIED_STATUSES.contains(status)) {
        failure = "HTTP " + status;
        continue;
      }
      Response parsed = new Response(status, parse(response.body()));
      if (status == 404 && expected.contains(404) && !namesWhatIsMissing(parsed)) {
        // Not the registry's "no such subject" but a path it does not serve: read as "nothing
        // there", a dry run against a wrong URL would pass.
        throw new BuildError(
            "The schema registry at "
                + displayUrl
                + " answered "
                + what
                + " with HTTP 404 and no registry error code ("
                + errorMessage(parsed)
                + "), so the path is not one it serves; check that "
                + displayUrl
                + " is the base of a Confluent-compatible API");
      }
      if (status >= 200 && status < 300 || expected.contains(status)) {
        return parsed;
      }
      if (status == 401 || status == 403) {
        throw new BuildError(
            "The schema registry at "
                + displayUrl
                + " refused "
                + what
                + " with HTTP "
                + status
                + " ("
                + (credentials == RegistryCredentials.none()
                    ? "no credentials were sent"
                    : "with " + credentials)
                + "); check "
                + wording.registryCredentials());
      }
      throw new BuildError(
          "The schema registry at "
              + displayUrl
              + " answered "
              + what
              + " with HTTP "
              + status
              + ": "
              + errorMessage(parsed)
              + "; check that "
              + displayUrl
              + " is the base of a Confluent-compatible API");
    }
    throw new RegistryUnreachable(
        "The schema registry at "
            + displayUrl
            + " did not answer "
            + what
            + " after "
            + options.attempts()
            + " attempts ("
            + failure
            + "); check that it runs and that dataproduct.registry.url is right");
  }

  private HttpRequest request(String method, String path, JsonNode body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(options.timeout())
            .header("Accept", CONTENT_TYPE + ", application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (body != null) {
      builder.header("Content-Type", CONTENT_TYPE);
    }
    credentials.authorization().ifPresent(value -> builder.header("Authorization", value));
    return builder.build();
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode()
          .put("message", body.length() > 200 ? body.substring(0, 200) + "..." : body);
    }
  }

  private static String errorMessage(Response response) {
    JsonNode message = response.json().get("message");
    return message == null ? "no message" : message.asText();
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildError("Interrupted while waiting for the schema registry");
    }
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static URI parseUrl(String url, Wording wording) {
    try {
      URI uri = new URI(url.strip().replaceAll("/+$", ""));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new URISyntaxException(url, "not an http or https URL");
      }
      // Credentials in the URL would be sent by nothing (the HTTP client refuses user info) and
      // show wherever the URL does, Maven's -X parameter dump included: refused before any request.
      if (uri.getRawUserInfo() != null) {
        throw new BuildError(
            wording.registryUrlOption()
                + "="
                + display(uri)
                + " carries a user name or password before the host (user:password@);"
                + " credentials do not belong in the URL, where logs show them: remove them from it, and "
                + wording.storeRegistryCredentials());
      }
      // java.net.URI accepts any number as a port; the HTTP client would fail on it with a stack
      // trace.
      if (uri.getPort() > 65535) {
        throw new URISyntaxException(url, "port " + uri.getPort() + " is out of range");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new BuildError(
          wording.registryUrlOption()
              + "="
              + display(url)
              + " is not a schema registry URL ("
              + e.getReason()
              + "); give the API's base, such as https://registry.example.com or http://localhost:8080/apis/ccompat/v7");
    }
  }

  /** The URL without user info, which may hold a password. */
  private static String display(URI uri) {
    try {
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return uri.getScheme() + "://" + uri.getHost();
    }
  }

  /**
   * A URL that did not parse: everything up to its last '@' may be user info, and a password may
   * hold '/' or '#'.
   */
  private static String display(String url) {
    return url.replaceAll("//.*@", "//");
  }
}
