package dev.dataproduct.site;

import dev.dataproduct.compat.AvroCompatibility;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.compat.CompatibilityResult;
import dev.dataproduct.compat.Incompatibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A compatibility example: a folder with the schema versions {@code 1.avsc}, {@code 2.avsc}, ...
 * (the last is the candidate) and {@code expected.txt}, one {@code <LEVEL> compatible} or {@code
 * <LEVEL> incompatible} line per level shown. The verdicts on the page are computed by {@link
 * AvroCompatibility}, the check the plugin runs; one that differs from {@code expected.txt} is a
 * problem, so the guide cannot drift from the plugin.
 */
final class CompatibilityExamples {

  private CompatibilityExamples() {}

  static String markdown(Path folder, Sources sources, String where) {
    List<Path> versions;
    try (Stream<Path> files = Files.list(folder)) {
      versions =
          files
              .filter(f -> f.getFileName().toString().matches("\\d+\\.avsc"))
              .sorted((a, b) -> Integer.compare(number(a), number(b)))
              .toList();
    } catch (IOException e) {
      sources.problem(where + ": @compat " + folder.getFileName() + ": " + e.getMessage());
      return "";
    }
    Path expected = folder.resolve("expected.txt");
    if (versions.size() < 2 || !Files.isRegularFile(expected)) {
      sources.problem(
          where
              + ": @compat "
              + folder.getFileName()
              + " needs 1.avsc, 2.avsc, ... and expected.txt");
      return "";
    }
    List<Schema> schemas = new ArrayList<>();
    try {
      for (Path version : versions) {
        schemas.add(new Schema.Parser().parse(Sources.read(version)));
      }
    } catch (SchemaParseException e) {
      sources.problem(where + ": @compat " + folder.getFileName() + ": " + e.getMessage());
      return "";
    }
    Schema candidate = schemas.get(schemas.size() - 1);
    List<Schema> previous = schemas.subList(0, schemas.size() - 1);

    StringBuilder out = new StringBuilder();
    for (int i = 0; i < versions.size(); i++) {
      out.append("**Version ")
          .append(i + 1)
          .append(i == versions.size() - 1 ? " (the candidate)" : " (released)")
          .append("**\n\n");
      out.append(sources.codeBlock(versions.get(i), "json")).append('\n');
    }
    out.append("| level | verdict of `dataproduct:check` | why |\n| --- | --- | --- |\n");
    for (String line : Sources.read(expected).strip().split("\n")) {
      String[] parts = line.strip().split("\\s+");
      CompatibilityLevel level;
      try {
        level = CompatibilityLevel.valueOf(parts[0]);
      } catch (IllegalArgumentException e) {
        sources.problem(where + ": " + expected.getFileName() + " names no level: " + line);
        continue;
      }
      CompatibilityResult result = AvroCompatibility.check(candidate, previous, level);
      boolean expectCompatible = parts.length > 1 && parts[1].equals("compatible");
      if (result.compatible() != expectCompatible) {
        sources.problem(
            where
                + ": "
                + folder.getFileName()
                + " is "
                + (result.compatible() ? "compatible" : "incompatible")
                + " at "
                + level
                + " but expected.txt says "
                + line.strip());
      }
      List<String> reasons =
          result.incompatibilities().stream()
              .map(CompatibilityExamples::reason)
              .distinct()
              .toList();
      out.append("| `")
          .append(level)
          .append("` | ")
          .append(result.compatible() ? "compatible" : "**incompatible**")
          .append(" | ")
          .append(reasons.isEmpty() ? "" : String.join("<br>", reasons))
          .append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static String reason(Incompatibility incompatibility) {
    return "against version "
        + (incompatibility.previousIndex() + 1)
        + ": "
        + incompatibility.message().replace("|", "\\|");
  }

  private static int number(Path file) {
    String name = file.getFileName().toString();
    return Integer.parseInt(name.substring(0, name.indexOf('.')));
  }
}
