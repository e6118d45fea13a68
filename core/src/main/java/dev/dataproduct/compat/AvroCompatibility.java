package dev.dataproduct.compat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro schema compatibility with Schema Registry semantics, built on Avro's own {@link
 * SchemaCompatibility}. BACKWARD: the candidate reads data written with the latest previous schema;
 * FORWARD: the latest previous schema reads data written with the candidate; FULL: both; the {@code
 * _TRANSITIVE} levels check against every previous schema; NONE and an empty history are always
 * compatible.
 *
 * <p>Every incompatibility is reported, located in the candidate schema. Each distinct previous
 * schema is checked once, and a previous schema identical to the candidate not at all: identical
 * schemas always read each other's data.
 */
public final class AvroCompatibility {

  private AvroCompatibility() {}

  /**
   * Checks {@code candidate} against its history at {@code level}.
   *
   * @param candidate the new schema
   * @param previousOldestFirst the schemas released before it, oldest first; the last is the latest
   * @param level the compatibility level to keep
   * @return the verdict with every incompatibility found
   */
  public static CompatibilityResult check(
      Schema candidate, List<Schema> previousOldestFirst, CompatibilityLevel level) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(previousOldestFirst, "previousOldestFirst");
    Objects.requireNonNull(level, "level");
    if (level == CompatibilityLevel.NONE || previousOldestFirst.isEmpty()) {
      return CompatibilityResult.COMPATIBLE;
    }
    PairCheck pairs = new PairCheck(candidate, level);
    int latest = previousOldestFirst.size() - 1;
    if (!level.isTransitive()) {
      return new CompatibilityResult(
          pairs.against(new ResolutionKey(previousOldestFirst.get(latest)), latest));
    }
    Map<ResolutionKey, List<Incompatibility>> byPrevious = new HashMap<>();
    List<Incompatibility> all = new ArrayList<>();
    for (int i = 0; i <= latest; i++) {
      int index = i;
      List<Incompatibility> found =
          byPrevious.computeIfAbsent(
              new ResolutionKey(previousOldestFirst.get(i)),
              previous -> pairs.against(previous, index));
      for (Incompatibility incompatibility : found) {
        all.add(
            incompatibility.previousIndex() == i
                ? incompatibility
                : incompatibility.withPreviousIndex(i));
      }
    }
    return new CompatibilityResult(all);
  }

  /** Checks the candidate against one previous schema in the directions the level asks for. */
  private static final class PairCheck {
    private final Schema candidate;
    private final ResolutionKey candidateKey;
    private final CompatibilityLevel level;
    private CandidateLocator locator;

    PairCheck(Schema candidate, CompatibilityLevel level) {
      this.candidate = candidate;
      this.candidateKey = new ResolutionKey(candidate);
      this.level = level;
    }

    List<Incompatibility> against(ResolutionKey previousKey, int previousIndex) {
      if (candidateKey.equals(previousKey)) {
        return List.of();
      }
      Schema previous = previousKey.schema();
      List<Incompatibility> found = new ArrayList<>(0);
      if (level.checksBackward()) {
        collect(Direction.BACKWARD, candidate, previous, previous, previousIndex, found);
      }
      if (level.checksForward()) {
        collect(Direction.FORWARD, previous, candidate, previous, previousIndex, found);
      }
      return found;
    }

    private void collect(
        Direction direction,
        Schema reader,
        Schema writer,
        Schema previous,
        int previousIndex,
        List<Incompatibility> into) {
      List<SchemaCompatibility.Incompatibility> reported;
      try {
        reported =
            SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities();
      } catch (AvroRuntimeException ambiguousAliases) {
        into.add(Explanations.unresolvable(direction, previousIndex, ambiguousAliases));
        return;
      }
      int first = into.size();
      for (SchemaCompatibility.Incompatibility avro : reported) {
        SchemaLocation at = locator().locate(direction, previous, avro);
        Incompatibility incompatibility = Explanations.explain(direction, previousIndex, avro, at);
        // Avro repeats a memoized result each time it meets the same pair of types again
        if (!into.subList(first, into.size()).contains(incompatibility)) {
          into.add(incompatibility);
        }
      }
    }

    private CandidateLocator locator() {
      if (locator == null) {
        locator = new CandidateLocator(candidate);
      }
      return locator;
    }
  }
}
