package dev.dataproduct.maven;

import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.goal.BaselineResolver;
import dev.dataproduct.goal.ContractRules;
import dev.dataproduct.goal.ProjectFiles;
import dev.dataproduct.infra.backstage.BackstagePublication;
import dev.dataproduct.infra.catalog.CatalogLocation;
import dev.dataproduct.logic.codegen.CodegenOptions;
import dev.dataproduct.logic.codegen.GenerationStamp;
import dev.dataproduct.logic.export.ExportSettings;
import dev.dataproduct.model.policy.EffectiveRules;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.ArtifactUtils;

/**
 * What the Mojos' parameters mean to the core's goals: the one place where a parameter's value
 * becomes a core option (a path resolved, a blank taken for "none", a word checked). A Mojo binds
 * its parameters and hands itself here; what the goals ask Maven itself (repositories,
 * settings.xml, the log) is {@link MavenBuildFacts}.
 */
final class CoreOptions {

  private CoreOptions() {}

  /** Where the product's files are. */
  static ProjectFiles files(AbstractDataProductMojo mojo) {
    return new ProjectFiles(
        mojo.descriptor.toPath(),
        mojo.schemaDirectory.toPath(),
        mojo.reportDirectory.toPath(),
        mojo.contractDirectory.toPath());
  }

  /** The catalog directory {@code catalog} names, or the default one. */
  static Path catalogRoot(AbstractDataProductMojo mojo) {
    return CatalogLocation.resolve(
        mojo.catalog, mojo.project.getBasedir().toPath(), Path.of(System.getProperty("user.home")));
  }

  /**
   * Whether {@code publish} publishes this project's version: every release, and SNAPSHOTs when
   * asked to.
   */
  static boolean publishesThisVersion(AbstractDataProductMojo mojo) {
    return !ArtifactUtils.isSnapshot(mojo.project.getVersion()) || mojo.publishSnapshots;
  }

  /**
   * How this build judges the contract: the mesh policy resolved, the product's rule levels applied
   * to it.
   */
  static ContractRules contractRules(AbstractContractMojo mojo) {
    if (mojo.policyFile != null && mojo.policy != null && !mojo.policy.isEmpty()) {
      // A file given on the command line replaces the mesh's policy: say so, not in silence.
      mojo.getLog()
          .warn(
              "The policy file "
                  + mojo.policyFile
                  + " (dataproduct.policyFile) replaces the mesh policy "
                  + mojo.policy
                  + " (dataproduct.policy) in this build: the mesh's rules do not apply; to"
                  + " apply them, remove dataproduct.policyFile");
    }
    Policy meshPolicy =
        PolicyResolver.resolve(
            mojo.policy, mojo.policyFile, mojo.repositorySystem, mojo.session, mojo.project);
    EffectiveRules effective =
        EffectiveRules.of(
            meshPolicy,
            mojo.rules == null ? Map.of() : mojo.rules,
            SourcePosition.file("pom.xml"),
            MavenWording.INSTANCE);
    return new ContractRules(meshPolicy, effective, mojo.fieldRules, mojo.baseline);
  }

  /** How generate writes Java: the options users know from {@code avro-maven-plugin}. */
  static CodegenOptions codegen(GenerateMojo mojo) {
    return new CodegenOptions(
        mojo.javaPackage == null || mojo.javaPackage.isBlank() ? null : mojo.javaPackage.strip(),
        CodegenOptions.stringType(mojo.stringType, "<stringType> (-Ddataproduct.stringType)"),
        mojo.enableDecimalLogicalType,
        mojo.createOptionalGetters,
        mojo.gettersReturnOptional,
        mojo.optionalGettersForNullableFieldsOnly,
        mojo.createSetters,
        CodegenOptions.fieldVisibility(
            mojo.fieldVisibility, "<fieldVisibility> (-Ddataproduct.fieldVisibility)"));
  }

  /** What the exports in open standards, packed beside the contract, say about where it runs. */
  static ExportSettings exports(GenerateMojo mojo) {
    return new ExportSettings(
        mojo.bootstrapServers,
        mojo.registryUrl,
        mojo.registryVendor,
        ExportSettings.eventTimeOf(mojo.outputTimestamp));
  }

  /**
   * Whether generate packs the exports in this build ({@link GenerateMojo#exports}): always, or
   * when a task of the build may package the jar or publish it. A build given no task (an IDE's)
   * packs them: only builds that surely package nothing leave them out.
   */
  static boolean packExports(GenerateMojo mojo) {
    return packExports(mojo.exports, mojo.session.getGoals());
  }

  /**
   * @param when the {@code exports} option
   * @param tasks the phases and goals Maven was asked to run
   */
  static boolean packExports(String when, List<String> tasks) {
    String option = when == null ? "package" : when.strip();
    if (option.equalsIgnoreCase("always")) {
      return true;
    }
    if (!option.equalsIgnoreCase("package")) {
      throw new BuildError(
          "dataproduct.exports is \""
              + option
              + "\": give package (pack the exports in the open standards in builds that package"
              + " the jar, the default) or always (in every build)");
    }
    return tasks == null || tasks.isEmpty() || !PHASES_BEFORE_PACKAGE.containsAll(tasks);
  }

  /**
   * The phases of builds that package nothing: the default lifecycle's up to {@code test}, and the
   * clean lifecycle's. Any other task (a later phase, a goal by name) may package or publish.
   */
  private static final Set<String> PHASES_BEFORE_PACKAGE =
      Set.of(
          "pre-clean",
          "clean",
          "post-clean",
          "validate",
          "initialize",
          "generate-sources",
          "process-sources",
          "generate-resources",
          "process-resources",
          "compile",
          "process-classes",
          "generate-test-sources",
          "process-test-sources",
          "generate-test-resources",
          "process-test-resources",
          "test-compile",
          "process-test-classes",
          "test");

  /**
   * What only Maven knows generate read: the plugin's own jar and the history option. A history
   * read from a registry before a first release is the registry's to change, so such a run is never
   * skipped.
   */
  static void stampInputs(GenerateMojo mojo, GenerationStamp stamp) {
    stamp.identity("dataproduct-maven-plugin", FileTrees.codeLocation(GenerateMojo.class));
    String history = mojo.history == null ? "" : mojo.history.strip();
    if (history.isEmpty()) {
      return;
    }
    stamp.setting("history", history);
    if (history.equalsIgnoreCase("registry")) {
      stamp.lateSetting(
          "registry history",
          () ->
              new BaselineResolver(mojo.facts()).resolve(mojo.baseline).exists()
                  ? "not read"
                  : "read at " + System.nanoTime());
    } else {
      stamp.content(
          "history folder", mojo.project.getBasedir().toPath().resolve(history).normalize());
    }
  }

  /**
   * Where Backstage is, with the token from settings.xml, or {@code null} when none is configured.
   */
  static BackstagePublication.Settings backstage(PublishMojo mojo) {
    if (mojo.backstageUrl == null || mojo.backstageUrl.isBlank()) {
      return null;
    }
    if (mojo.backstageEntities == null
        || mojo.backstageEntitiesUrl == null
        || mojo.backstageEntitiesUrl.isBlank()) {
      throw new BuildError(
          "dataproduct.backstage.url is set, but not dataproduct.backstage.entities and dataproduct.backstage.entitiesUrl:"
              + " give the folder the entity files are written to and the URL at which Backstage reads it");
    }
    String token =
        RegistryServers.bearerToken(
            mojo.backstageServerId,
            "dataproduct.backstage.serverId",
            mojo.session,
            mojo.settingsDecrypter);
    return new BackstagePublication.Settings(
        mojo.backstageUrl.strip(),
        token,
        "the <server> \"" + mojo.backstageServerId.strip() + "\" in settings.xml",
        mojo.backstageEntities.toPath().toAbsolutePath().normalize(),
        mojo.backstageEntitiesUrl.strip(),
        Duration.ofSeconds(mojo.backstageWaitSeconds));
  }
}
