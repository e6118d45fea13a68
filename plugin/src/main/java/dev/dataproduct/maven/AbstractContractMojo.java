package dev.dataproduct.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * What the goals that judge the contract share ({@code validate} and {@code check}): rule levels,
 * the mesh policy, and when findings fail the build.
 */
abstract class AbstractContractMojo extends AbstractDataProductMojo {

  /**
   * Rule levels by rule ID: {@code off}, {@code info}, {@code warning} or {@code error}. List the
   * rules with {@code mvn dataproduct:rules}. A mesh policy may enforce a rule, in which case it
   * can be raised here but not lowered. A rule {@code off} reports nothing, but the goal's summary
   * line says how many findings each switched-off rule left unreported, so a build that passes
   * shows what it did not check.
   *
   * <pre>{@code
   * <rules>
   *   <GOVERNANCE-FIELD-DOC>error</GOVERNANCE-FIELD-DOC>
   *   <NAMING-TOPIC-COLLISION>off</NAMING-TOPIC-COLLISION>
   * </rules>
   * }</pre>
   *
   * @since 0.1.0
   */
  @Parameter protected Map<String, String> rules = Map.of();

  /**
   * The mesh policy to apply, published by the platform team as a jar holding {@code
   * META-INF/dataproduct/policy.yaml}; resolved from the project's repositories.
   *
   * <pre>{@code
   * <policy>
   *   <groupId>com.acme.platform</groupId>
   *   <artifactId>mesh-policy</artifactId>
   *   <version>1.2.0</version>
   * </policy>
   * }</pre>
   *
   * or {@code -Ddataproduct.policy=com.acme.platform:mesh-policy:1.2.0}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.policy")
  protected PolicyArtifact policy;

  /**
   * A policy file to apply instead of a policy artifact: for platform teams trying a policy out.
   * When the build names a policy artifact too, the file replaces it, and the build warns so.
   *
   * <pre>&lt;policyFile&gt;${project.basedir}/policy.yaml&lt;/policyFile&gt;</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.policyFile")
  protected File policyFile;

  /**
   * Fails the build on warnings too, not only on errors.
   *
   * <pre>{@code <failOnWarning>true</failOnWarning>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * How many findings of each severity to print: errors first, then warnings, then notes, each list
   * capped on its own so that many warnings never hide an error. The reports always hold all of
   * them.
   *
   * <pre>{@code <maxPrintedFindings>100</maxPrintedFindings>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.maxPrintedFindings", defaultValue = "50")
  protected int maxPrintedFindings;

  /**
   * Which schema fields the field-level rules hold ({@code GOVERNANCE-FIELD-DOC}, and any rule
   * about fields): {@code all}, the default, or {@code changed}: only the fields that are new or
   * changed since the baseline, the release {@code check} compares with (see {@code baseline};
   * resolved the same way). For adopting the plugin on legacy schemas with thousands of
   * undocumented fields: every field added or changed from now on is held, the legacy ones are not.
   * A field is unchanged when the baseline's contract has a record of the same full name with a
   * field of that name, type and default; the fields of types no port of the baseline carries are
   * new. Without a baseline (a first release) every field is new.
   *
   * <pre>{@code <fieldRules>changed</fieldRules>}</pre>
   *
   * or {@code -Ddataproduct.fieldRules=changed}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.fieldRules", defaultValue = "all")
  protected String fieldRules;

  protected AbstractContractMojo(
      String goal,
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    super(goal, repositorySystem, settingsDecrypter, buildContext);
  }
}
