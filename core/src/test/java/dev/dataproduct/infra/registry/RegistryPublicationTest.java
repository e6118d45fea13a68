package dev.dataproduct.infra.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry protocol publishing speaks, against a scripted HTTP server; Apicurio itself is in
 * it/.
 */
class RegistryPublicationTest {

  private static final String KEY = "\"string\"";
  private static final String VALUE =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final List<RegistrySubject> SUBJECTS =
      List.of(
          new RegistrySubject(
              "sales.orders.v1-key",
              "orders",
              "key",
              "FULL",
              KEY,
              new SourcePosition("dataproduct.yaml", 12, 10)),
          new RegistrySubject(
              "sales.orders.v1-value",
              "orders",
              "value",
              "FULL",
              VALUE,
              new SourcePosition("dataproduct.yaml", 13, 22)));
  private static final RegistryClient.Options FAST =
      new RegistryClient.Options(3, Duration.ofMillis(10), Duration.ofSeconds(5));
  private static final String SECRET = "s3cret-Pa55word";

  private ScriptedRegistry registry;
  private final RecordingLog log = new RecordingLog();
  private final List<String> logged = log.lines;

  @BeforeEach
  void start() throws Exception {
    registry =
        new ScriptedRegistry()
            .on("PUT /config/", 200, "{\"compatibility\":\"FULL\"}")
            .on(
                "POST /compatibility/",
                404,
                "{\"error_code\":40401,\"message\":\"Subject not found\"}")
            .on("POST /subjects/", 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
    AtomicInteger ids = new AtomicInteger();
    registry.on(
        "POST /subjects/sales.orders.v1-key/versions",
        r -> new ScriptedRegistry.Answer(200, "{\"id\":" + ids.incrementAndGet() + "}"));
    registry.on(
        "POST /subjects/sales.orders.v1-value/versions",
        r -> new ScriptedRegistry.Answer(200, "{\"id\":" + ids.incrementAndGet() + "}"));
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private RegistryPublication publication(RegistryCredentials credentials) {
    return new RegistryPublication(
        new RegistryClient(registry.url(), credentials, FAST, log, TestWording.MAVEN_WORDS), log);
  }

  @Test
  void setsEveryLevelAndAsksTheRegistryBeforeRegisteringAnything() throws Exception {
    RegistryPublication publication = publication(RegistryCredentials.none());
    assertEquals(List.of(), publication.judge(SUBJECTS, false));
    RegistryPublication.Result result = publication.register(SUBJECTS, false);

    assertEquals(
        List.of(
            "GET /config/sales.orders.v1-key",
            "PUT /config/sales.orders.v1-key",
            "POST /compatibility/subjects/sales.orders.v1-key/versions/latest?verbose=true",
            "GET /config/sales.orders.v1-value",
            "PUT /config/sales.orders.v1-value",
            "POST /compatibility/subjects/sales.orders.v1-value/versions/latest?verbose=true",
            "POST /subjects/sales.orders.v1-key",
            "POST /subjects/sales.orders.v1-key/versions",
            "POST /subjects/sales.orders.v1-value",
            "POST /subjects/sales.orders.v1-value/versions"),
        registry.requests().stream().map(r -> r.method() + " " + r.path()).toList());
    assertEquals("{\"compatibility\":\"FULL\"}", registry.requests().get(1).body());
    assertEquals("{\"schema\":\"\\\"string\\\"\"}", registry.requests().get(7).body());
    assertEquals(
        "{\"schema\":"
            + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(VALUE)
            + "}",
        registry.requests().get(9).body());
    assertEquals(
        List.of("sales.orders.v1-key (id 1)", "sales.orders.v1-value (id 2)"), result.registered());
    assertEquals("2 subjects: 2 new versions, 0 already registered", result.summary());
  }

  @Test
  void aSchemaTheSubjectAlreadyHoldsAddsNoVersion() {
    registry.on(
        "POST /subjects/sales.orders.v1-value",
        200,
        "{\"subject\":\"sales.orders.v1-value\",\"id\":7,\"version\":3,\"schema\":\"{}\"}");
    RegistryPublication.Result result =
        publication(RegistryCredentials.none()).register(SUBJECTS, false);

    assertEquals(List.of("sales.orders.v1-value"), result.unchanged());
    assertFalse(
        registry.requests().stream()
            .anyMatch(r -> r.path().equals("/subjects/sales.orders.v1-value/versions")),
        registry.requests().toString());
    assertEquals("2 subjects: 1 new version, 1 already registered", result.summary());
  }

  @Test
  void aLookupAnswerThatNamesNoVersionIsAnErrorNotASchemaAlreadyRegistered() {
    // A 200 without the version that holds the schema (a proxy's empty answer, another API at the
    // URL) says nothing about the subject.
    registry.on("POST /subjects/sales.orders.v1-value", 200, "{}");

    BuildError error =
        assertThrows(
            BuildError.class,
            () -> publication(RegistryCredentials.none()).register(SUBJECTS, false));

    assertTrue(
        error
            .getMessage()
            .startsWith(
                "The schema registry at "
                    + registry.url()
                    + " answered POST /subjects/sales.orders.v1-value with {}, not the id and version of a schema; check that "
                    + registry.url()
                    + " is the base of a Confluent-compatible API. Registration is incomplete: registered before the failure: sales.orders.v1-key (id 1); not confirmed: sales.orders.v1-value."),
        error.getMessage());
    assertFalse(
        registry.requests().stream()
            .anyMatch(r -> r.path().equals("/subjects/sales.orders.v1-value/versions")),
        registry.requests().toString());
  }

  @Test
  void theRegistrysReasonsBecomeFindingsAtTheSchemasPlaceAndNothingIsRegistered() {
    registry.on(
        "POST /compatibility/subjects/sales.orders.v1-value/",
        200,
        "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1\",\"reader type: RECORD not compatible\"]}");
    List<Finding> findings = publication(RegistryCredentials.none()).judge(SUBJECTS, false);

    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals("REGISTRY-INCOMPATIBLE", finding.ruleId());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("dataproduct.yaml:13:22", finding.position().toString());
    assertEquals(
        "The schema registry at "
            + registry.url()
            + " finds the value of port \"orders\" incompatible with subject sales.orders.v1-value "
            + "at level FULL: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1; reader type: RECORD not compatible",
        finding.message());
    assertFalse(
        registry.requests().stream().anyMatch(r -> r.path().endsWith("/versions")),
        "nothing registered: " + registry.requests());
  }

  @Test
  void aTransitiveLevelIsJudgedAgainstEveryVersionNotOnlyTheLatest() {
    // Confluent's check against one version (latest included) compares with that version only,
    // whatever the level; its registration then compares with all of them at a transitive level.
    RegistrySubject value =
        new RegistrySubject(
            "sales.orders.v1-value",
            "orders",
            "value",
            "BACKWARD_TRANSITIVE",
            VALUE,
            new SourcePosition("dataproduct.yaml", 13, 22));
    registry
        .on("GET /subjects/sales.orders.v1-value/versions", 200, "[1,2]")
        .on("POST /compatibility/subjects/sales.orders.v1-value/", 200, "{\"is_compatible\":true}")
        .on(
            "POST /compatibility/subjects/sales.orders.v1-value/versions/1",
            200,
            "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE at /fields/0\"]}");

    List<Finding> findings = publication(RegistryCredentials.none()).judge(List.of(value), false);

    assertEquals(1, findings.size(), registry.requests().toString());
    assertEquals(
        "The schema registry at "
            + registry.url()
            + " finds the value of port \"orders\" incompatible with subject sales.orders.v1-value "
            + "at level BACKWARD_TRANSITIVE: version 1: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/0",
        findings.get(0).message());
  }

  @Test
  void aCheckThatFailsHalfwaySetsBackTheLevelsItHadSet() {
    registry
        .on(
            "PUT /config/sales.orders.v1-value",
            500,
            "{\"error_code\":50001,\"message\":\"store\"}")
        .on("DELETE /config/", 200, "{}");

    BuildError error =
        assertThrows(
            BuildError.class, () -> publication(RegistryCredentials.none()).judge(SUBJECTS, false));

    assertTrue(
        error
            .getMessage()
            .endsWith(
                ". Nothing was registered, and the compatibility levels the check had set were set back"),
        error.getMessage());
    // The key had no level of its own, so it is given none back; the value's level was not set.
    assertEquals(
        List.of("DELETE /config/sales.orders.v1-key"),
        registry.requests().stream()
            .filter(r -> r.method().equals("DELETE"))
            .map(r -> r.method() + " " + r.path())
            .toList());
  }

  @Test
  void apicuriosSingleReasonIsReportedToo() {
    registry.on(
        "POST /compatibility/subjects/sales.orders.v1-value/",
        200,
        "{\"is_compatible\":false,\"reason\":\"reader type: INT not compatible with writer type: STRING at /fields/0/type\"}");
    List<Finding> findings = publication(RegistryCredentials.none()).judge(SUBJECTS, false);
    assertTrue(
        findings
            .get(0)
            .message()
            .endsWith(
                "at level FULL: reader type: INT not compatible with writer type: STRING at /fields/0/type"),
        findings.get(0).message());
  }

  @Test
  void aDryRunAgainstAPathTheRegistryDoesNotServeIsAnErrorNotARegistryWithNoSubjects() {
    // What Apicurio 2.4.2 answers under a base path it does not serve (so does Confluent's): a 404
    // with the bare HTTP status as its error code, where "no such subject" says 40401.
    registry.on(
        "GET /",
        404,
        "{\"message\":\"RESTEASY003210: Could not find resource for full path\",\"error_code\":404}");

    BuildError error =
        assertThrows(
            BuildError.class, () -> publication(RegistryCredentials.none()).judge(SUBJECTS, true));

    assertTrue(
        error
            .getMessage()
            .startsWith(
                "The schema registry at "
                    + registry.url()
                    + " answered GET /config/sales.orders.v1-key with HTTP 404 and no registry error"
                    + " code (RESTEASY003210: Could not find resource for full path), so the path"
                    + " is not one it serves; check that "
                    + registry.url()
                    + " is the base of a Confluent-compatible API"),
        error.getMessage());
  }

  @Test
  void aDryRunOnlyReadsAndSaysWhatItWouldDo() {
    registry.on("GET /config/sales.orders.v1-key", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
    RegistryPublication publication = publication(RegistryCredentials.none());
    publication.judge(SUBJECTS, true);
    RegistryPublication.Result result = publication.register(SUBJECTS, true);

    assertTrue(
        registry.requests().stream()
            .noneMatch(
                r ->
                    r.method().equals("PUT")
                        || r.method().equals("POST") && r.path().endsWith("/versions")),
        registry.requests().toString());
    assertTrue(
        logged.contains(
            "INFO   would set the compatibility of sales.orders.v1-key to FULL (now BACKWARD)"),
        logged.toString());
    assertTrue(
        logged.contains(
            "INFO   would set the compatibility of sales.orders.v1-value to FULL (now the registry's default)"),
        logged.toString());
    assertTrue(
        logged.contains("INFO   would register a new version of sales.orders.v1-value"),
        logged.toString());
    assertEquals("2 subjects: 2 would get a new version, 0 already registered", result.summary());
  }

  @Test
  void aDryRunSaysTheRegistryJudgedAtAnotherLevelThanThePublishWill() {
    // The dry run sets no level, so the registry judges at the subject's level now (NONE passes
    // anything); the publish sets FULL first and is judged at FULL.
    registry
        .on("GET /config/sales.orders.v1-value", 200, "{\"compatibilityLevel\":\"NONE\"}")
        .on("GET /subjects/sales.orders.v1-value/versions", 200, "[1]")
        .on("POST /compatibility/subjects/sales.orders.v1-value/", 200, "{\"is_compatible\":true}");

    List<Finding> findings =
        publication(RegistryCredentials.none()).judge(SUBJECTS.subList(1, 2), true);

    assertEquals(List.of(), findings);
    assertTrue(
        logged.contains(
            "WARN The schema registry judged the value of port \"orders\" at NONE, the level of "
                + "sales.orders.v1-value now, not at FULL: the dry run cannot tell whether it accepts it at FULL,"
                + " which publish sets first"),
        logged.toString());
  }

  @Test
  void aRegistryThatIsDownIsTriedABoundedNumberOfTimesThenNamed() {
    registry.stop();
    RegistryUnreachable error =
        assertThrows(
            RegistryUnreachable.class,
            () -> publication(RegistryCredentials.none()).judge(SUBJECTS, false));

    assertEquals(
        "The schema registry at "
            + registry.url()
            + " did not answer GET /config/sales.orders.v1-key after 3 attempts (connection refused); "
            + "check that it runs and that dataproduct.registry.url is right",
        error.getMessage());
    assertEquals(
        2,
        logged.stream()
            .filter(
                l ->
                    l.startsWith(
                        "WARN The schema registry at " + registry.url() + " did not answer"))
            .count(),
        logged.toString());
  }

  @Test
  void unavailableAnswersAreRetriedUntilTheRegistryAnswers() {
    AtomicInteger calls = new AtomicInteger();
    registry.on(
        "PUT /config/",
        r ->
            calls.incrementAndGet() < 3
                ? new ScriptedRegistry.Answer(503, "")
                : new ScriptedRegistry.Answer(200, "{}"));
    assertEquals(
        List.of(), publication(RegistryCredentials.none()).judge(SUBJECTS.subList(0, 1), false));
    assertEquals(3, registry.requests().stream().filter(r -> r.method().equals("PUT")).count());
  }

  @Test
  void aRegistryThatGoesDownHalfwaySaysWhatWasRegisteredBefore() {
    // After the first registration every call gets 503, as from a proxy in front of a registry that
    // went away.
    java.util.concurrent.atomic.AtomicBoolean down =
        new java.util.concurrent.atomic.AtomicBoolean();
    registry.on(
        "POST /subjects/sales.orders.v1-key/versions",
        r -> {
          down.set(true);
          return new ScriptedRegistry.Answer(200, "{\"id\":1}");
        });
    registry.on(
        "POST /subjects/sales.orders.v1-value",
        r ->
            down.get()
                ? new ScriptedRegistry.Answer(503, "")
                : new ScriptedRegistry.Answer(404, "{}"));
    BuildError error =
        assertThrows(
            BuildError.class,
            () -> publication(RegistryCredentials.none()).register(SUBJECTS, false));

    assertInstanceOf(RegistryUnreachable.class, error);
    assertTrue(
        error
            .getMessage()
            .startsWith(
                "The schema registry at "
                    + registry.url()
                    + " did not answer POST /subjects/sales.orders.v1-value after 3 attempts (HTTP 503)"),
        error.getMessage());
    assertTrue(
        error
            .getMessage()
            .endsWith(
                ". Registration is incomplete: registered before the failure: sales.orders.v1-key (id 1); "
                    + "not confirmed: sales.orders.v1-value. The catalog was not updated; run the build again once the registry answers "
                    + "(registered schemas are not registered twice)"),
        error.getMessage());
  }

  @Test
  void aRegistrationThatFailsHalfwaySetsBackTheLevelsOfTheSubjectsItDidNotRegister() {
    registry
        .on("DELETE /config/", 200, "{}")
        .on(
            "POST /subjects/sales.orders.v1-value/versions",
            409,
            "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
    RegistryPublication publication = publication(RegistryCredentials.none());
    assertEquals(List.of(), publication.judge(SUBJECTS, false));

    BuildError error = assertThrows(BuildError.class, () -> publication.register(SUBJECTS, false));

    // The key holds the release and keeps its port's level; the value had no level of its own.
    assertEquals(
        List.of("DELETE /config/sales.orders.v1-value"),
        registry.requests().stream()
            .filter(r -> r.method().equals("DELETE"))
            .map(r -> r.method() + " " + r.path())
            .toList());
    assertTrue(
        error
            .getMessage()
            .contains(
                ". Registration is incomplete: registered before the failure: sales.orders.v1-key (id 1); "
                    + "not confirmed: sales.orders.v1-value; the compatibility levels the check had set on those were set back. "),
        error.getMessage());
  }

  @Test
  void
      aRegistryThatGoesDownWhileRegisteringIsNotAskedAgainForEveryLevelAndTheErrorSaysWhichStayed() {
    java.util.concurrent.atomic.AtomicBoolean down =
        new java.util.concurrent.atomic.AtomicBoolean();
    registry
        .on(
            "POST /subjects/sales.orders.v1-key",
            r -> {
              down.set(true);
              return new ScriptedRegistry.Answer(503, "");
            })
        .on(
            "DELETE /config/",
            r ->
                down.get()
                    ? new ScriptedRegistry.Answer(503, "")
                    : new ScriptedRegistry.Answer(200, "{}"));
    RegistryPublication publication = publication(RegistryCredentials.none());
    assertEquals(List.of(), publication.judge(SUBJECTS, false));

    BuildError error = assertThrows(BuildError.class, () -> publication.register(SUBJECTS, false));

    assertInstanceOf(RegistryUnreachable.class, error);
    // The key's level is tried (with the client's retries); the value's is not tried after that.
    assertTrue(
        registry.requests().stream()
            .filter(r -> r.method().equals("DELETE"))
            .allMatch(r -> r.path().equals("/config/sales.orders.v1-key")),
        registry.requests().toString());
    assertTrue(
        error
            .getMessage()
            .contains(
                "; the check set the compatibility of sales.orders.v1-key to FULL (it was the registry's default) and could not set it back ("),
        error.getMessage());
    assertTrue(
        error
            .getMessage()
            .contains(
                "; the check set the compatibility of sales.orders.v1-value to FULL (it was the registry's default) and it was not set back"
                    + " (the registry did not answer for sales.orders.v1-key). The catalog was not updated"),
        error.getMessage());
  }

  @Test
  void basicCredentialsAreSentAndNeverShown() {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("publisher:" + SECRET).getBytes(StandardCharsets.UTF_8));
    registry.on(
        "PUT /config/sales.orders.v1-value",
        r ->
            basic.equals(r.authorization())
                ? new ScriptedRegistry.Answer(200, "{}")
                : new ScriptedRegistry.Answer(401, "{\"message\":\"Unauthorized\"}"));
    registry.on(
        "POST /compatibility/subjects/sales.orders.v1-value/",
        200,
        "{\"is_compatible\":false,\"messages\":[\"no\"]}");
    RegistryPublication publication = publication(RegistryCredentials.basic("publisher", SECRET));
    List<Finding> findings = publication.judge(SUBJECTS, false);

    assertTrue(
        registry.requests().stream().allMatch(r -> basic.equals(r.authorization())),
        "every request carries the credentials");
    assertNoSecret(
        basic,
        findings.toString(),
        findings.stream().map(Finding::format).toList().toString(),
        String.join("\n", logged));

    BuildError refused =
        assertThrows(
            BuildError.class,
            () ->
                publication(RegistryCredentials.basic("publisher", "wrong-" + SECRET))
                    .judge(SUBJECTS.subList(1, 2), false));
    assertEquals(
        "The schema registry at "
            + registry.url()
            + " refused PUT /config/sales.orders.v1-value with HTTP 401 (with basic auth); "
            + "check the <server> that dataproduct.registry.serverId names in settings.xml",
        refused.getMessage());
    assertNoSecret(basic, refused.getMessage(), String.join("\n", logged));
  }

  @Test
  void aBearerTokenIsSentAsSuchAndNeverShown() {
    publication(RegistryCredentials.bearer(SECRET)).judge(SUBJECTS, false);
    assertTrue(
        registry.requests().stream().allMatch(r -> ("Bearer " + SECRET).equals(r.authorization())));
    assertEquals("bearer token", RegistryCredentials.bearer(SECRET).toString());
    assertNoSecret("Bearer " + SECRET, String.join("\n", logged));
  }

  @Test
  void aUrlWithUserAndPasswordIsRefusedAtOnceWithoutShowingThePasswordAndPointsToSettingsXml() {
    String url = registry.url().replace("http://", "http://publisher:" + SECRET + "@");

    BuildError refused =
        assertThrows(
            BuildError.class,
            () ->
                new RegistryClient(
                    url, RegistryCredentials.none(), FAST, log, TestWording.MAVEN_WORDS));

    assertEquals(
        "dataproduct.registry.url="
            + registry.url()
            + " carries a user name or password before the host (user:password@);"
            + " credentials do not belong in the URL, where logs show them: remove them from it, and put them in a <server> in settings.xml"
            + " (<id>schema-registry</id> with <username> and <password>, encrypted with mvn --encrypt-password),"
            + " named by <registryServerId> or -Ddataproduct.registry.serverId=schema-registry",
        refused.getMessage());
    assertEquals(List.of(), registry.requests(), "no request reaches the registry");
    assertNoSecret("Basic " + SECRET, String.join("\n", logged));
  }

  @Test
  void aPasswordInAUrlThatDoesNotParseNeverShowsEither() {
    for (String url :
        List.of(
            "ftp://publisher:" + SECRET + "@host/x",
            "http://publisher:" + SECRET + "/x@host",
            "http://publisher:" + SECRET + "#@host:99999")) {
      BuildError bad =
          assertThrows(
              BuildError.class,
              () ->
                  new RegistryClient(
                      url, RegistryCredentials.none(), FAST, log, TestWording.MAVEN_WORDS));
      assertFalse(bad.getMessage().contains(SECRET), bad.getMessage());
    }
  }

  @Test
  void aPortOutOfRangeIsAClearErrorNotAStackTrace() {
    BuildError bad =
        assertThrows(
            BuildError.class,
            () ->
                new RegistryClient(
                    "http://localhost:99999",
                    RegistryCredentials.none(),
                    FAST,
                    log,
                    TestWording.MAVEN_WORDS));
    assertEquals(
        "dataproduct.registry.url=http://localhost:99999 is not a schema registry URL (port 99999 is out of range);"
            + " give the API's base, such as https://registry.example.com or http://localhost:8080/apis/ccompat/v7",
        bad.getMessage());
  }

  private static void assertNoSecret(String header, String... texts) {
    String encoded = header.substring(header.indexOf(' ') + 1);
    for (String text : texts) {
      assertFalse(text.contains(SECRET), "the password shows in: " + text);
      assertFalse(text.contains(encoded), "the encoded credentials show in: " + text);
    }
  }
}
