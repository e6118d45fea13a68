package dev.dataproduct.goal;

import dev.dataproduct.logic.validate.FieldScope;
import dev.dataproduct.logic.validate.ProductValidator;
import dev.dataproduct.logic.validate.ValidationCache;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The validation the goals share: the request a build's rules make, and one validation of it per
 * build. The result is kept under the fingerprint of every input (the files' bytes, the version,
 * policy, rule levels, field scope and tool version), so {@code validate}, {@code generate} and
 * {@code check} of one build validate once, and a file changed in between is validated afresh.
 */
final class Judgement {

  private Judgement() {}

  /**
   * What to validate, with the fields the field-level rules hold worked out from the baseline when
   * only changed ones are.
   */
  static ValidationRequest request(BuildFacts facts, ProjectFiles files, ContractRules rules) {
    return new ValidationRequest(
        facts.baseDir(),
        files.descriptor(),
        files.schemaDirectory(),
        facts.version(),
        rules.policy(),
        rules.rules().settings(),
        rules.rules().refusals(),
        fieldScope(facts, rules),
        facts.versionPosition(),
        List.copyOf(ReadOnce.upstreamContracts(facts)));
  }

  /**
   * {@code request} with what the build tool knows: where the build file gives the version, and the
   * upstream contracts at hand, so input ports are held against them before generated code that
   * imports a missing port fails to compile. Every goal's request has them, so one validation
   * serves them all.
   */
  static ValidationRequest withBuildFacts(BuildFacts facts, ValidationRequest request) {
    return request.withBuildFacts(facts.versionPosition(), ReadOnce.upstreamContracts(facts));
  }

  /**
   * The fingerprint of the request's inputs, or {@code ""} (never kept, never matches) when they
   * cannot all be read.
   */
  static String fingerprint(ValidationRequest request, BuildFacts facts) {
    try {
      return ValidationCache.fingerprint(request, facts.toolVersion());
    } catch (IOException e) {
      return "";
    }
  }

  /** Validates {@code request}, once per build for the inputs {@code fingerprint} names. */
  static ValidationResult validate(
      BuildFacts facts, ValidationRequest request, String fingerprint) {
    if (fingerprint.isEmpty()) {
      return new ProductValidator(facts.log(), facts.wording()).validate(request);
    }
    return facts.once(
        Judgement.class.getName() + ":" + fingerprint,
        ValidationResult.class,
        () -> new ProductValidator(facts.log(), facts.wording()).validate(request));
  }

  static ValidationResult validate(BuildFacts facts, ValidationRequest request) {
    return validate(facts, request, fingerprint(request, facts));
  }

  private static FieldScope fieldScope(BuildFacts facts, ContractRules rules) {
    String fieldRules = rules.fieldRules();
    String scope = fieldRules == null ? "all" : fieldRules.strip().toLowerCase(Locale.ROOT);
    switch (scope) {
      case "", "all" -> {
        return FieldScope.ALL;
      }
      case "changed" -> {
        Baseline previous = new BaselineResolver(facts).resolve(rules.baseline());
        facts
            .log()
            .info(
                previous.exists()
                    ? "Field rules hold only fields new or changed since "
                        + previous.version()
                        + " (dataproduct.fieldRules=changed)"
                    : "Field rules hold every field (dataproduct.fieldRules=changed, but there is no baseline: "
                        + previous.whyNone()
                        + ")");
        return FieldScope.changedSince(previous.contract());
      }
      default ->
          throw new BuildError(
              "dataproduct.fieldRules is \""
                  + fieldRules
                  + "\"; use all (every field) or changed (fields new or changed since the baseline)");
    }
  }
}
