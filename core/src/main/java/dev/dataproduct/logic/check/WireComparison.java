package dev.dataproduct.logic.check;

import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.compat.CompatibilityResult;
import dev.dataproduct.compat.Direction;
import dev.dataproduct.compat.Incompatibility;
import dev.dataproduct.compat.SchemaLocation;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.CompatRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * The wire verdict for one schema of one port: the candidate against the port's released schemas at
 * the port's level, with Schema Registry semantics. Each incompatibility becomes one {@code
 * COMPAT-WIRE} finding at its place in the candidate, naming the releases it conflicts with; the
 * same problem against several releases that published the same schema is reported once.
 */
final class WireComparison {

  /** An incompatibility apart from the release it was found against. */
  private record Problem(
      Direction direction, String message, String hint, SchemaLocation location) {}

  private WireComparison() {}

  /**
   * The wire verdict when the port's level is none that parses (validate's DESCRIPTOR-VALUE reports
   * it, unless that rule is off): which promise the port makes is unknown, so its schema cannot be
   * said to keep it. A COMPAT-WIRE error, not a port without a verdict.
   *
   * @param against the releases it was not compared with, as messages name them
   */
  static void unknownLevel(
      OutputPort port, PortPart part, String against, CurrentSources sources, Findings findings) {
    findings.add(
        Finding.of(
                CompatRules.WIRE,
                sources.portEntry(port, "compatibility"),
                "Port \"%s\" declares compatibility \"%s\", which is no level: its %s was not checked against %s"
                    .formatted(port.name(), port.effectiveCompatibility(), part.word(), against))
            .withHint(
                "declare one of "
                    + Arrays.stream(CompatibilityLevel.values())
                        .map(CompatibilityLevel::name)
                        .collect(Collectors.joining(", ")))
            .withTarget(Texts.target(port.name(), part)));
  }

  /**
   * The wire verdict when the port has no schemas in the current contract: its key or value does
   * not resolve (validate reports that, unless the rule is off), so what it now writes is unknown.
   * A COMPAT-WIRE error, not a port without a verdict.
   */
  static void noSchemas(
      OutputPort port, String version, String against, CurrentSources sources, Findings findings) {
    findings.add(
        Finding.of(
                CompatRules.WIRE,
                sources.portEntry(port, "value"),
                "Port \"%s\" has no schemas in %s (its key or value does not resolve to a schema): its value was not checked against %s"
                    .formatted(port.name(), version, against))
            .withHint(
                "make the port's key and value name schemas that load; validate reports why they do not")
            .withTarget(Texts.target(port.name())));
  }

  /**
   * @param history the port's released schemas, oldest first; the last is the baseline's
   * @param previousReleaseHadIt told of each finding against earlier releases only that the
   *     baseline's schema has against them too (at a transitive level, a break an earlier release
   *     accepted is found again in every later one): not a change of this release; {@code null}
   *     when nothing would use that (no waiver is kept from the previous release), so the
   *     baseline's schema is not compared again
   */
  static void compare(
      String portName,
      PortPart part,
      Schema candidate,
      List<ReleasedSchema> history,
      CompatibilityLevel level,
      CurrentSources sources,
      Findings findings,
      Consumer<Finding> previousReleaseHadIt) {
    List<Schema> previous = new ArrayList<>(history.size());
    for (ReleasedSchema released : history) {
      previous.add(released.schema());
    }
    CompatibilityResult result = AvroCompatibility.check(candidate, previous, level);
    Map<Problem, Set<String>> versionsByProblem = new LinkedHashMap<>();
    for (Incompatibility found : result.incompatibilities()) {
      versionsByProblem
          .computeIfAbsent(
              new Problem(found.direction(), found.message(), found.hint(), found.location()),
              problem -> new LinkedHashSet<>())
          .add(history.get(found.previousIndex()).label());
    }
    String baselineLabel = history.isEmpty() ? null : history.get(history.size() - 1).label();
    Set<String> baselineHas = null; // the baseline's own problems, computed when needed
    for (Map.Entry<Problem, Set<String>> entry : versionsByProblem.entrySet()) {
      Problem problem = entry.getKey();
      Set<String> versions = entry.getValue();
      Finding finding =
          Finding.of(
                  CompatRules.WIRE,
                  sources.inSchema(portName, part, problem.location()),
                  "%s of port \"%s\" is not %s compatible with %s: %s"
                      .formatted(
                          part.title(), portName, level, Texts.and(versions), problem.message()))
              .withHint(problem.hint())
              .withTarget(Texts.target(portName, part));
      if (previousReleaseHadIt != null && !versions.contains(baselineLabel)) {
        if (baselineHas == null) {
          baselineHas = problemsOfTheBaseline(history, level);
        }
        if (baselineHas.contains(problem.direction() + " " + problem.message())) {
          previousReleaseHadIt.accept(finding);
        }
      }
      findings.add(finding);
    }
  }

  /**
   * The problems of the baseline's schema (the last of {@code history}) against the releases before
   * it, as direction and message (the location of a field may differ between the two).
   */
  private static Set<String> problemsOfTheBaseline(
      List<ReleasedSchema> history, CompatibilityLevel level) {
    List<Schema> before = new ArrayList<>(history.size() - 1);
    for (ReleasedSchema released : history.subList(0, history.size() - 1)) {
      before.add(released.schema());
    }
    Set<String> problems = new HashSet<>();
    for (Incompatibility found :
        AvroCompatibility.check(history.get(history.size() - 1).schema(), before, level)
            .incompatibilities()) {
      problems.add(found.direction() + " " + found.message());
    }
    return problems;
  }
}
