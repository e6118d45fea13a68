package dev.dataproduct.maven;

import dev.dataproduct.goal.CheckGoal;
import dev.dataproduct.goal.GoalOutcome;
import dev.dataproduct.goal.JudgedContracts;
import dev.dataproduct.goal.ProjectFiles;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the product with its previous release, resolved from the Maven repositories as japicmp
 * does: each port's key and value at the port's declared compatibility level (Schema Registry
 * semantics, every incompatibility located in the candidate {@code .avsc}), meaning beyond the wire
 * (logical types, aliases, defaults, keys, {@code pii} tags, classification), breaking changes to
 * the descriptor, and the semantic-version rules. Waivers in the descriptor accept a finding with a
 * justification. Input ports are checked against the contracts of the upstream products found on
 * the dependency path. A first release has nothing to compare with and passes, unless {@code
 * history} names where the topic's history lived before the plugin (a schema registry's subjects, a
 * folder of {@code .avsc} versions): then its schemas are checked against that history at each
 * port's level. A release version the catalog already holds with another contract is an error here
 * ({@code CATALOG-VERSION-PUBLISHED}), before the {@code deploy} phase deploys the jar and only
 * then runs {@code publish}, which would refuse it.
 *
 * <p>It runs in the {@code process-sources} phase, right after {@code generate} has packed the
 * contract ({@code generate-sources}) and before anything is compiled or tested. A breaking change
 * usually breaks the product's own code as well: a removed field no longer compiles, a new required
 * field makes a test fail with {@code AvroMissingField}. The contract finding, which says what
 * broke, for which consumers, and what to do, is then the first failure of the build, not a
 * compiler error or a stack trace that hides it. Everything it needs exists at that point: the
 * validated sources, the packed contract, the baseline from the repositories and the catalog. So
 * {@code mvn compile} and {@code mvn test} judge the contract too; {@code -Ddataproduct.check.skip}
 * leaves it out of a quick local loop (and {@code publish} then refuses to publish).
 *
 * <p>Besides its JSON, JUnit XML and SARIF reports it writes {@code
 * target/dataproduct/check-changes.md}: what changed per port since the baseline, with each
 * change's class, the verdict and the findings' rule IDs, as GitHub-flavoured Markdown to post as a
 * pull-request comment (for a first release, its ports).
 *
 * @since 0.1.0
 */
@Mojo(
    name = CheckMojo.GOAL,
    defaultPhase = LifecyclePhase.PROCESS_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractContractMojo {

  public static final String GOAL = CheckGoal.NAME;

  /**
   * Skips this goal only.
   *
   * <pre>{@code <skipCheck>true</skipCheck>}</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "dataproduct.check.skip", defaultValue = "false")
  private boolean skipCheck;

  @Inject
  public CheckMojo(
      RepositorySystem repositorySystem,
      SettingsDecrypter settingsDecrypter,
      BuildContext buildContext) {
    super(GOAL, repositorySystem, settingsDecrypter, buildContext);
  }

  @Override
  protected boolean skipGoal() {
    return skipCheck;
  }

  @Override
  protected void run() throws MojoFailureException {
    ProjectFiles files = CoreOptions.files(this);
    GoalOutcome outcome =
        new CheckGoal(facts())
            .run(
                files,
                CoreOptions.contractRules(this),
                CoreOptions.catalogRoot(this),
                CoreOptions.publishesThisVersion(this));
    report(outcome, maxPrintedFindings, failOnWarning);
    if (outcome.judged()) {
      new JudgedContracts(facts()).passed(GOAL, files);
    }
  }
}
