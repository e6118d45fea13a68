package dev.dataproduct.goal;

import dev.dataproduct.infra.report.JsonReport;
import dev.dataproduct.logic.validate.ValidationCache;
import dev.dataproduct.logic.validate.ValidationRequest;
import dev.dataproduct.logic.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code validate}: the descriptor and the Avro schemas against every rule, with the build's policy
 * and rule levels. A rebuild with nothing changed reuses the last outcome ({@link
 * ValidationCache}); a fresh validation is kept for the other goals of the build.
 */
public final class ValidateGoal {

  public static final String NAME = "validate";

  private final BuildFacts facts;

  public ValidateGoal(BuildFacts facts) {
    this.facts = facts;
  }

  public GoalOutcome run(ProjectFiles files, ContractRules rules) {
    ValidationRequest request = Judgement.request(facts, files, rules);
    Path jsonReport = files.reportDirectory().resolve(JsonReport.fileName(NAME));
    ValidationCache cache = new ValidationCache(files.reportDirectory().resolve(NAME + ".cache"));
    String fingerprint = Judgement.fingerprint(request, facts);
    Optional<ValidationCache.Outcome> remembered =
        Files.isRegularFile(jsonReport) ? cache.read(fingerprint) : Optional.empty();

    ValidationCache.Outcome outcome;
    if (remembered.isPresent()) {
      facts.log().debug("Nothing changed since the last validation; its result stands");
      outcome = remembered.get();
    } else {
      ValidationResult result = Judgement.validate(facts, request, fingerprint);
      Reports.write(
          files.reportDirectory(),
          NAME,
          result.product(),
          facts,
          result.findings(),
          request.settings(),
          result.switchedOff());
      outcome = new ValidationCache.Outcome(result.summaryLine(facts.version()), result.findings());
      cache.write(fingerprint, outcome);
    }
    if (facts.showsMarkers()) {
      facts.mark(checkedFiles(files), outcome.findings());
    }
    return new GoalOutcome(outcome.summaryLine(), outcome.findings(), jsonReport, true);
  }

  /** The files whose IDE markers this goal owns. */
  private List<Path> checkedFiles(ProjectFiles files) {
    List<Path> checked = new ArrayList<>(List.of(files.descriptor()));
    if (Files.isDirectory(files.schemaDirectory())) {
      try (Stream<Path> walk = Files.walk(files.schemaDirectory())) {
        walk.filter(p -> p.toString().endsWith(".avsc")).forEach(checked::add);
      } catch (IOException e) {
        facts
            .log()
            .debug(
                "Cannot list " + files.schemaDirectory() + " for IDE markers: " + e.getMessage());
      }
    }
    return checked;
  }
}
