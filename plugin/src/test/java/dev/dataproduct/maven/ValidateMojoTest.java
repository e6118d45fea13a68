package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The goal's wiring: parameters from the POM and from properties reach the core, and the core's
 * outcomes become the right Maven outcomes. What the rules find is tested in the core; real builds
 * are in it/.
 */
@MojoTest
class ValidateMojoTest {

  private static final String OK = "src/test/resources/unit/validate-ok";
  private static final String BROKEN = "src/test/resources/unit/validate-broken";

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  void aRuleRaisedInThePomFailsTheBuild(ValidateMojo mojo) {
    // validate-ok has one field without doc; its POM raises GOVERNANCE-FIELD-DOC to error.
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure
            .getMessage()
            .startsWith("dataproduct:validate found 1 error in the data product contract"),
        failure.getMessage());
    assertTrue(
        readReport(mojo).contains("\"ruleId\": \"GOVERNANCE-FIELD-DOC\""),
        "the raised rule is the one reported");
  }

  @Test
  @Basedir(BROKEN)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  void aBrokenDescriptorIsAContractFailure(ValidateMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    // "Orders" is not kebab case, and outputPorts is empty.
    assertTrue(failure.getMessage().contains("found 2 errors"), failure.getMessage());
    String report = readReport(mojo);
    assertTrue(report.contains("NAMING-KEBAB-CASE") && report.contains("DESCRIPTOR-VALUE"), report);
  }

  @Test
  @Basedir(BROKEN)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "skip", value = "true")
  void dataproductSkipSkipsEvenABrokenProduct(ValidateMojo mojo) {
    assertDoesNotThrow(mojo::execute);
  }

  @Test
  @Basedir(BROKEN)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "skipValidate", value = "true")
  void validateSkipSkipsThisGoal(ValidateMojo mojo) {
    assertDoesNotThrow(mojo::execute);
  }

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "policyFile", value = "does-not-exist/policy.yaml")
  void aMissingPolicyFileIsABuildError(ValidateMojo mojo) {
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
  }

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "policy", value = "com.acme.platform:mesh-policy:1.2.0")
  @MojoParameter(name = "policyFile", value = "mesh-policy-tried-out.yaml")
  void aPolicyFileThatReplacesTheMeshPolicySaysSo(ValidateMojo mojo) throws Exception {
    RecordingMavenLog log = new RecordingMavenLog();
    mojo.setLog(log);

    assertThrows(MojoFailureException.class, mojo::execute); // validate-ok's raised rule

    assertTrue(
        log.logged("WARN").stream()
            .anyMatch(
                line ->
                    line.endsWith(
                        " (dataproduct.policyFile) replaces the mesh policy"
                            + " com.acme.platform:mesh-policy:1.2.0 (dataproduct.policy) in this"
                            + " build: the mesh's rules do not apply; to apply them, remove"
                            + " dataproduct.policyFile")),
        log.logged("WARN").toString());
  }

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "fieldRules", value = "legacy")
  void anUnknownFieldRulesValueIsABuildErrorNamingTheChoices(ValidateMojo mojo) {
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(
        error
            .getMessage()
            .contains(
                "dataproduct.fieldRules is \"legacy\"; use all (every field) or changed (fields new or changed since the baseline)"),
        error.getMessage());
  }

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  @MojoParameter(name = "fieldRules", value = "changed")
  @MojoParameter(name = "baseline", value = "none")
  void fieldRulesChangedWithoutABaselineHoldsEveryField(ValidateMojo mojo) {
    // validate-ok's one undocumented field is new when there is nothing to compare with; its POM
    // makes the rule an error.
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure.getMessage().startsWith("dataproduct:validate found 1 error"),
        failure.getMessage());
  }

  @Test
  @Basedir(OK)
  @InjectMojo(goal = ValidateMojo.GOAL, pom = "pom.xml")
  void reportsAreWrittenUnderTheReportDirectory(ValidateMojo mojo) {
    assertThrows(MojoFailureException.class, mojo::execute);
    File reports = mojo.reportDirectory;
    assertTrue(new File(reports, "validate-report.json").isFile(), reports + " has no JSON report");
    assertTrue(new File(reports, "validate.sarif").isFile());
    assertTrue(new File(reports, "TEST-dataproduct-validate.xml").isFile());
  }

  private static String readReport(ValidateMojo mojo) {
    try {
      return Files.readString(mojo.reportDirectory.toPath().resolve("validate-report.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
