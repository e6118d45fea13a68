package dev.dataproduct.model.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A released contract (fixture orders 1.1.0, with 1.0.0's history) with one of its files, or a file
 * of its own, replaced by any bytes, read from a directory or from a jar: the reader returns a
 * contract or throws its documented {@link BuildError}, never anything else. Plain {@code mvn test}
 * runs the committed inputs in {@code ContractReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes
 * (see benchmarks/README.md).
 */
class ContractReaderFuzzTest {

  private static Path temp;
  private static Map<String, byte[]> released;
  private static List<String> names;

  @BeforeAll
  static void release() throws IOException {
    temp = Files.createTempDirectory("contract-fuzz");
    Path dir = temp.resolve("released");
    Contract baseline = ContractFixtures.build("1.0.0", null);
    ContractFixtures.Project project = ContractFixtures.load("orders-1.1.0", "1.1.0");
    ContractWriter.write(
        ContractBuilder.build(project.product(), project.schemas(), "1.1.0", baseline),
        project.descriptor(),
        dir);
    released = ContractFixtures.filesUnder(dir);
    names = new ArrayList<>(released.keySet());
    names.add("ports/order-events/value.avsc");
    names.add("history/order-events/value/0.9.0.avsc");
  }

  @AfterAll
  static void deleteTemp() throws IOException {
    clear(temp);
  }

  @FuzzTest
  void anyContractReadsOrFailsWithABuildError(FuzzedDataProvider data) throws IOException {
    boolean asJar = data.consumeBoolean();
    String name = data.pickValue(names);
    byte[] content = data.consumeRemainingAsBytes();
    Map<String, byte[]> files = new TreeMap<>(released);
    files.put(name, content);

    Path source;
    Path work = temp.resolve("input");
    clear(work);
    if (asJar) {
      Files.createDirectories(work);
      Map<String, byte[]> entries = new TreeMap<>();
      files.forEach((file, bytes) -> entries.put(ContractLayout.DIRECTORY + "/" + file, bytes));
      source = ContractFixtures.jar(work.resolve("orders-1.1.0.jar"), entries);
    } else {
      source = work.resolve(ContractLayout.DIRECTORY);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = source.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }

    try {
      Contract contract = ContractReader.read(source);
      assertNotNull(contract);
    } catch (BuildError expected) {
      // The documented failure: it names what is wrong, for the user.
      assertFalse(expected.getMessage().isBlank(), "a build error without a message");
    }
  }

  private static void clear(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
