package dev.dataproduct.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  @TempDir Path dir;

  private static final String POLICY =
      """
      apiVersion: dataproduct.dev/v1
      kind: Policy
      allowedDomains: [sales, crm]
      topicPattern: "{domain}.{product}.{port}.v{major}"
      requiredTags: [tier-1]
      minimumSlo: { freshness: PT1H, availability: 99.0 }
      """;

  @Test
  void readsAPolicyFromTheJarAPlatformTeamPublishes() throws IOException {
    Path jar = dir.resolve("mesh-policy-1.2.0.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      jarOut.putNextEntry(new JarEntry(PolicyLoader.JAR_ENTRY));
      jarOut.write(POLICY.getBytes(StandardCharsets.UTF_8));
    }
    Policy policy = PolicyLoader.load(jar, "acme:mesh-policy:1.2.0");
    assertEquals("acme:mesh-policy:1.2.0", policy.source());
    assertEquals(List.of("sales", "crm"), policy.allowedDomains());
    assertEquals("{domain}.{product}.{port}.v{major}", policy.topicPattern());
    assertEquals(List.of("tier-1"), policy.requiredTags());
    assertEquals(Duration.ofHours(1), policy.minimumSlo().freshness());
    assertEquals(0, policy.minimumSlo().availability().compareTo(new java.math.BigDecimal("99.0")));
  }

  @Test
  void aJarWithoutAPolicyIsABuildErrorThatSaysWhatItLooksFor() throws IOException {
    Path jar = dir.resolve("not-a-policy.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
    }
    BuildError error = assertThrows(BuildError.class, () -> PolicyLoader.load(jar, "acme:x:1"));
    assertEquals(
        "Policy acme:x:1: not-a-policy.jar has no META-INF/dataproduct/policy.yaml; is this a policy artifact?",
        error.getMessage());
  }

  @Test
  void everyProblemOfABrokenPolicyIsNamedInOneMessage() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                PolicyLoader.parse(
                    "kind: Policy\nrules:\n  NAMING-KEBAB: error\n  OWNER-EMAIL: loud\nrequiredTag: [x]\nminimumSlo: { freshness: soon }\n"
                        .getBytes(StandardCharsets.UTF_8),
                    "acme:p:1",
                    "policy.yaml"));
    String message = error.getMessage();
    assertTrue(message.startsWith("Policy acme:p:1 (policy.yaml) is invalid: "), message);
    assertTrue(
        message.contains("unknown key \"requiredTag\" (did you mean \"requiredTags\"?)"), message);
    assertTrue(message.contains("unknown rule \"NAMING-KEBAB\""), message);
    assertTrue(
        message.contains(
            "rule OWNER-EMAIL: level \"loud\" is not one of off, info, warning, error"),
        message);
    assertTrue(
        message.contains("minimumSlo.freshness \"soon\" is not an ISO-8601 duration"), message);
  }

  @Test
  void malformedYamlNamesTheLine() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                PolicyLoader.parse(
                    "kind: Policy\nrules: [\n".getBytes(StandardCharsets.UTF_8),
                    "acme:p:1",
                    "policy.yaml"));
    assertTrue(error.getMessage().startsWith("Policy acme:p:1: policy.yaml:"), error.getMessage());
    assertTrue(error.getMessage().contains("not valid YAML"), error.getMessage());
  }

  /**
   * A policy's enforcement and minimum SLO are what keeps a product from loosening the mesh: a
   * misspelt key or value must stop the build, not leave the rule loosenable or the SLO at zero.
   */
  @Test
  void aRuleOrMinimumSloThePolicyCannotSayClearlyIsABuildErrorNotALooserPolicy() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                parse(
                    """
                    kind: Policy
                    rules:
                      GOVERNANCE-FIELD-DOC: { level: error, enforce: true }
                      OWNER-EMAIL: { level: error, enforced: always }
                    minimumSlo: { freshness: PT1H, availability: "99.9%", latency: PT5M }
                    """));
    String message = error.getMessage();
    assertTrue(
        message.contains(
            "rule GOVERNANCE-FIELD-DOC: unknown key \"enforce\" (did you mean \"enforced\"?)"),
        message);
    assertTrue(
        message.contains("rule OWNER-EMAIL: enforced \"always\" is not true or false"), message);
    assertTrue(
        message.contains(
            "minimumSlo.availability \"99.9%\" is not a number such as 99.9 (a percentage)"),
        message);
    assertTrue(message.contains("minimumSlo: unknown key \"latency\""), message);

    BuildError notAMapping =
        assertThrows(BuildError.class, () -> parse("kind: Policy\nminimumSlo: PT1H\n"));
    assertTrue(
        notAMapping
            .getMessage()
            .contains(
                "minimumSlo must be a mapping such as { freshness: PT1H, availability: 99.0 }"),
        notAMapping.getMessage());
  }

  @Test
  void aTopicPatternWithAPlaceholderValidateDoesNotFillInIsABuildError() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () -> parse("kind: Policy\ntopicPattern: \"{domian}.{product}.{port}.v{major}\"\n"));
    assertTrue(
        error
            .getMessage()
            .contains(
                "topicPattern names {domian}, which is not one of {domain}, {major}, {port}, {product}"),
        error.getMessage());
    assertEquals(
        "{domain}.{product}.{port}.v{major}",
        parse("kind: Policy\ntopicPattern: \"{domain}.{product}.{port}.v{major}\"\n")
            .topicPattern());
  }

  @Test
  void enforcedAsQuotedTextIsStillEnforced() {
    Policy policy =
        parse(
            """
            kind: Policy
            rules:
              GOVERNANCE-FIELD-DOC: { level: error, enforced: "true" }
              OWNER-EMAIL: { level: error, enforced: false }
            """);
    assertTrue(policy.rules().get("GOVERNANCE-FIELD-DOC").enforced());
    assertEquals(false, policy.rules().get("OWNER-EMAIL").enforced());
  }

  private static Policy parse(String yaml) {
    return PolicyLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "acme:p:1", "policy.yaml");
  }
}
