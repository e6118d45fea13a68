package dev.dataproduct.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core speaks to the user in the words of whatever front end runs it (issue 12): here an
 * imagined command line, {@code dp}, with no Maven anywhere in its hints.
 */
class SecondFrontEndWordingTest {

  private static final Path FIXTURES = Path.of("src/test/resources/rules");

  /** A command-line front end's words. */
  private static final Wording COMMAND_LINE =
      new Wording() {
        @Override
        public String otherDescriptor() {
          return "name another file with dp validate --descriptor <path>";
        }

        @Override
        public String ruleLevels() {
          return "the --rule options";
        }

        @Override
        public String listRules() {
          return "dp rules";
        }

        @Override
        public String publish() {
          return "dp publish";
        }

        @Override
        public String packContract() {
          return "run dp generate first";
        }

        @Override
        public String packExports() {
          return "run dp package";
        }

        @Override
        public String goal(String name) {
          return "dp " + name;
        }

        @Override
        public String schemaDirectoryOption() {
          return "--schemas";
        }

        @Override
        public String giveVersion() {
          return "pass --version";
        }

        @Override
        public String registryUrlOption() {
          return "--registry-url";
        }

        @Override
        public String registryCredentials() {
          return "the DP_REGISTRY_USER and DP_REGISTRY_PASSWORD variables";
        }

        @Override
        public String storeRegistryCredentials() {
          return "set DP_REGISTRY_USER and DP_REGISTRY_PASSWORD";
        }

        @Override
        public String baselineOption() {
          return "--baseline";
        }

        @Override
        public String setBaseline() {
          return "pass --baseline <version|path|none>";
        }

        @Override
        public String cacheReleases() {
          return "Run dp once with the network";
        }

        @Override
        public String runBeforePublish(String goal) {
          return "run dp " + goal + " before dp publish, in the same dp build";
        }

        @Override
        public String skipOption(String goal) {
          return "--skip-" + goal;
        }
      };

  @Test
  void aMissingDescriptorsHintNamesTheFrontEndsOption() {
    Path dir = FIXTURES.resolve("WAIVER-UNKNOWN-RULE");
    String out = validate(dir, dir.resolve("elsewhere.yaml"));

    assertTrue(out.contains("[DESCRIPTOR-MISSING] Descriptor elsewhere.yaml does not exist"), out);
    assertTrue(out.contains("or name another file with dp validate --descriptor <path>."), out);
    assertNoMavenWords(out);
  }

  @Test
  void aWaiverOfAnUnknownRuleSaysHowThisFrontEndListsTheRules() {
    Path dir = FIXTURES.resolve("WAIVER-UNKNOWN-RULE");
    String out = validate(dir, dir.resolve("dataproduct.yaml"));

    assertTrue(
        out.contains(
            "Waiver names rule \"SOMETHING-ELSE-ENTIRELY\", which does not exist\n    hint: Run 'dp rules' to list the rule IDs."),
        out);
    assertNoMavenWords(out);
  }

  @Test
  void aMissingSchemaDirectorysHintNamesTheFrontEndsOption() {
    Path dir = FIXTURES.resolve("WAIVER-UNKNOWN-RULE");
    String out = validate(dir, dir.resolve("dataproduct.yaml"), dir.resolve("no-such-avro"));

    assertTrue(out.contains("    hint: Create no-such-avro/"), out);
    assertTrue(out.contains(", or point --schemas at your Avro sources."), out);
    assertNoMavenWords(out);
  }

  @Test
  void anUnknownRuleOverrideNamesTheFrontEndsConfigurationAndCommand() {
    BuildError error =
        assertThrows(
            BuildError.class,
            () ->
                EffectiveRules.of(
                    Policy.NONE,
                    Map.of("SOMETHING-ELSE-ENTIRELY", "off"),
                    SourcePosition.file("dp.args"),
                    COMMAND_LINE));

    assertEquals(
        "Unknown rule \"SOMETHING-ELSE-ENTIRELY\" in the --rule options; run 'dp rules' to list them",
        error.getMessage());
  }

  private static String validate(Path dir, Path descriptor) {
    return validate(dir, descriptor, dir.resolve("src/main/avro"));
  }

  private static String validate(Path dir, Path descriptor, Path schemaDirectory) {
    ValidationRequest request = ValidationRequest.of(dir, descriptor, schemaDirectory, "1.0.0");
    List<Finding> findings =
        new ProductValidator(BuildLog.silent(), COMMAND_LINE).validate(request).findings();
    return findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
  }

  private static void assertNoMavenWords(String out) {
    for (String maven : List.of("mvn", "-Ddataproduct", "the plugin", "<rules>", "settings.xml")) {
      assertFalse(out.contains(maven), "\"" + maven + "\" in: " + out);
    }
  }
}
