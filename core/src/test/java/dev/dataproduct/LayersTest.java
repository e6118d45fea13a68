package dev.dataproduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's layers, as {@code docs/architecture.md} draws them, read from the imports of its
 * sources: a package imports its own layer and the layers below it, and the few imports that go
 * upwards are the ones listed here, each with its reason. A new upward import fails this test: move
 * the code to the layer it belongs to, or list it here and in the architecture page.
 */
class LayersTest {

  private static final Path SOURCES = Path.of("src/main/java");

  /** From the top: each layer may import those after it. */
  private static final List<String> LAYERS =
      List.of("goal", "logic", "infra", "compat", "model", "finding rules", "support");

  /** The imports that go upwards: importing file, imported package. */
  private static final Set<String> UPWARDS =
      Set.of(
          // The packed contract records each port's level and restarts a history at it; compat
          // compares two contracts (ContractChanges). The two packages need each other.
          "model/contract/ContractBuilder.java -> dev.dataproduct.compat",
          "model/contract/ContractReader.java -> dev.dataproduct.compat",
          "model/contract/HistoryRestart.java -> dev.dataproduct.compat",
          // The catalog keeps the exports (ODCS, AsyncAPI, OpenLineage) of each version.
          "infra/catalog/CatalogEntry.java -> dev.dataproduct.logic.export",
          "infra/catalog/DirectoryCatalog.java -> dev.dataproduct.logic.export");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?(dev\\.dataproduct\\.[\\w.]+);");

  @Test
  void eachPackageImportsOnlyItsOwnLayerAndTheLayersBelow() throws IOException {
    Set<String> upwards = new TreeSet<>();
    for (Path file : sources()) {
      String text = Files.readString(file);
      Matcher pkg = PACKAGE.matcher(text);
      assertTrue(pkg.find(), file + " names its package");
      int from = rank(pkg.group(1));
      Matcher imported = IMPORT.matcher(text);
      while (imported.find()) {
        String to = packageOf(imported.group(1));
        if (rank(to) < from) {
          upwards.add(SOURCES.resolve("dev/dataproduct").relativize(file) + " -> " + to);
        }
      }
    }
    assertEquals(new TreeSet<>(UPWARDS), upwards);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The package of a class or static member: its lower-case leading names. */
  private static String packageOf(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\.")) {
      if (!Character.isLowerCase(part.charAt(0))) {
        break;
      }
      parts.add(part);
    }
    return String.join(".", parts);
  }

  /** The layer's index in {@link #LAYERS}: 0 for the top. */
  private static int rank(String pkg) {
    String first = pkg.replaceFirst("^dev\\.dataproduct\\.?", "").split("\\.")[0];
    for (int i = 0; i < LAYERS.size(); i++) {
      if (List.of(LAYERS.get(i).split(" ")).contains(first)) {
        return i;
      }
    }
    throw new AssertionError("Package " + pkg + " is in no layer; add it to LayersTest.LAYERS");
  }
}
