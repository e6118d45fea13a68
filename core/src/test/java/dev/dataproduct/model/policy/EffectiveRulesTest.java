package dev.dataproduct.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.GovernanceRules;
import dev.dataproduct.rules.NamingRules;
import dev.dataproduct.rules.OwnerRules;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.TestWording;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectiveRulesTest {

  private static final SourcePosition POM = SourcePosition.file("pom.xml");

  private static final Policy POLICY =
      PolicyLoader.parse(
          """
          apiVersion: dataproduct.dev/v1
          kind: Policy
          rules:
            GOVERNANCE-FIELD-DOC: { level: error, enforced: true }
            OWNER-PORT-DESCRIPTION: error
          """
              .getBytes(StandardCharsets.UTF_8),
          "acme:policy:1.0.0",
          "policy.yaml");

  @Test
  void withoutPolicyOrOverridesEveryRuleKeepsItsDefault() {
    EffectiveRules rules = EffectiveRules.of(Policy.NONE, Map.of(), POM, TestWording.MAVEN_WORDS);
    assertEquals(
        Optional.of(Severity.WARNING), rules.settings().severityOf(GovernanceRules.FIELD_DOC));
    assertEquals(List.of(), rules.refusals());
  }

  @Test
  void thePolicyRaisesRulesAndTheProductMayLowerTheOnesItDoesNotEnforce() {
    EffectiveRules rules =
        EffectiveRules.of(
            POLICY,
            Map.of("OWNER-PORT-DESCRIPTION", "info", "NAMING-TOPIC-COLLISION", "off"),
            POM,
            TestWording.MAVEN_WORDS);
    assertEquals(
        Optional.of(Severity.INFO), rules.settings().severityOf(OwnerRules.PORT_DESCRIPTION));
    assertEquals(Optional.empty(), rules.settings().severityOf(NamingRules.TOPIC_COLLISION));
    assertEquals(List.of(), rules.refusals());
  }

  @Test
  void loweringAnEnforcedRuleIsRefusedAndThePolicyLevelStays() {
    EffectiveRules rules =
        EffectiveRules.of(
            POLICY, Map.of("GOVERNANCE-FIELD-DOC", "warning"), POM, TestWording.MAVEN_WORDS);
    assertEquals(
        Optional.of(Severity.ERROR), rules.settings().severityOf(GovernanceRules.FIELD_DOC));
    Finding refusal = rules.refusals().get(0);
    assertEquals(
        "pom.xml:1:1: ERROR [POLICY-ENFORCED] Rule GOVERNANCE-FIELD-DOC is set to warning but policy acme:policy:1.0.0 enforces error",
        refusal.diagnosticLine());
  }

  @Test
  void raisingAnEnforcedRuleFurtherIsNotNeededButAllowed() {
    EffectiveRules rules =
        EffectiveRules.of(
            POLICY, Map.of("GOVERNANCE-FIELD-DOC", "ERROR"), POM, TestWording.MAVEN_WORDS);
    assertEquals(Level.ERROR, rules.settings().levelOf(GovernanceRules.FIELD_DOC));
    assertEquals(List.of(), rules.refusals());
  }

  @Test
  void anUnknownRuleIdIsAConfigurationErrorWithASuggestion() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                EffectiveRules.of(
                    Policy.NONE,
                    Map.of("GOVERNANCE-FIELD-DOCS", "off"),
                    POM,
                    TestWording.MAVEN_WORDS));
    assertEquals(
        "Unknown rule \"GOVERNANCE-FIELD-DOCS\" in the plugin's <rules> configuration; did you mean GOVERNANCE-FIELD-DOC?",
        error.getMessage());
  }

  @Test
  void anUnknownLevelIsAConfigurationError() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                EffectiveRules.of(
                    Policy.NONE,
                    Map.of("GOVERNANCE-FIELD-DOC", "fatal"),
                    POM,
                    TestWording.MAVEN_WORDS));
    assertEquals(
        "Rule GOVERNANCE-FIELD-DOC in the plugin's <rules> configuration: \"fatal\" is not one of off, info, warning, error",
        error.getMessage());
  }
}
