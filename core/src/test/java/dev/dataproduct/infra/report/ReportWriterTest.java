package dev.dataproduct.infra.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir Path base;

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheThreeReportsIntoANewDirectory() throws IOException {
    Path directory = base.resolve("target/dataproduct");
    ReportInput input = ReportFixtures.mixed();

    ReportFiles files = ReportWriter.write(input, directory);

    assertEquals(directory.resolve("validate-report.json"), files.json());
    assertEquals(directory.resolve("TEST-dataproduct-validate.xml"), files.junitXml());
    assertEquals(directory.resolve("validate.sarif"), files.sarif());
    assertEquals(List.of(files.json(), files.junitXml(), files.sarif()), files.all());
    assertEquals(
        List.of("TEST-dataproduct-validate.xml", "validate-report.json", "validate.sarif"),
        listing(directory));
    assertArrayEquals(
        ReportFixtures.render(JsonReport::write, input), Files.readAllBytes(files.json()));
    assertArrayEquals(
        ReportFixtures.render(JUnitReport::write, input), Files.readAllBytes(files.junitXml()));
    assertArrayEquals(
        ReportFixtures.render(SarifReport::write, input), Files.readAllBytes(files.sarif()));
  }

  @Test
  void replacesEarlierReportsAndLeavesNoTemporaryFiles() throws IOException {
    Path directory = base.resolve("dataproduct");
    ReportWriter.write(ReportFixtures.mixed(), directory);
    ReportInput clean =
        new ReportInput("validate", "orders", "2.1.0", "0.1.0", List.of(), List.of(), Map.of());

    ReportFiles files = ReportWriter.write(clean, directory);

    assertEquals(
        List.of("TEST-dataproduct-validate.xml", "validate-report.json", "validate.sarif"),
        listing(directory));
    assertArrayEquals(
        ReportFixtures.render(JsonReport::write, clean), Files.readAllBytes(files.json()));
  }

  @Test
  void reportsOfDifferentGoalsLiveSideBySide() throws IOException {
    ReportWriter.write(ReportFixtures.mixed(), base);
    ReportWriter.write(ReportFixtures.empty(), base);

    assertEquals(
        List.of(
            "TEST-dataproduct-check.xml",
            "TEST-dataproduct-validate.xml",
            "check-report.json",
            "check.sarif",
            "validate-report.json",
            "validate.sarif"),
        listing(base));
  }

  @Test
  void directoryThatIsAFileIsAClearError() throws IOException {
    Path inTheWay = Files.writeString(base.resolve("dataproduct"), "not a directory");

    ReportWriteException e =
        assertThrows(
            ReportWriteException.class, () -> ReportWriter.write(ReportFixtures.mixed(), inTheWay));

    assertEquals(inTheWay, e.path());
    assertEquals(
        "Cannot create report directory " + inTheWay + ": a file is in the way (" + inTheWay + ")",
        e.getMessage());
  }

  @Test
  void reportThatCannotBeReplacedIsAClearErrorNamingTheFile() throws IOException {
    Path directory = base.resolve("dataproduct");
    // A file cannot replace a directory, so the move into place fails.
    Path blocked = Files.createDirectories(directory.resolve("validate-report.json"));

    ReportWriteException e =
        assertThrows(
            ReportWriteException.class,
            () -> ReportWriter.write(ReportFixtures.mixed(), directory));

    assertEquals(blocked, e.path());
    // The reason is the operating system's own ("is a directory" on Linux).
    assertTrue(e.getMessage().startsWith("Cannot write report " + blocked + ": "), e.getMessage());
    assertTrue(
        e.getMessage().length() > ("Cannot write report " + blocked + ": ").length(),
        e.getMessage());
    assertEquals(
        List.of("validate-report.json"), listing(directory), "the temporary file is cleaned up");
  }
}
