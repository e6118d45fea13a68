package dev.dataproduct.goal;

import static dev.dataproduct.goal.GoalProjects.CHECK_FIXTURES;
import static dev.dataproduct.goal.GoalProjects.release;
import static dev.dataproduct.goal.GoalProjects.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run from a command line that is little more than argument parsing ({@link
 * CommandLine}).
 */
class CommandLineTest {

  private static final Path WIRE = CHECK_FIXTURES.resolve("COMPAT-WIRE");

  @TempDir Path temp;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private int dp(String... args) {
    return CommandLine.run(new PrintStream(printed, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void validateAndCheckAProjectDirectoryWithoutMaven() throws IOException {
    Path project = temp.resolve("orders");
    sources(WIRE.resolve("previous"), project);
    release(new DirectoryProject(project, "orders", "1.1.0", project.resolve("releases")));
    sources(WIRE.resolve("current"), project);

    int validated = dp("validate", "--project", project.toString(), "--version", "1.2.0");
    assertEquals(0, validated, printed.toString(StandardCharsets.UTF_8));
    assertTrue(
        printed.toString(StandardCharsets.UTF_8).startsWith("Validated orders 1.2.0"),
        printed.toString(StandardCharsets.UTF_8));

    printed.reset();
    int checked = dp("check", "--project", project.toString(), "--version", "1.2.0");
    assertEquals(1, checked, "the breaking change fails the command");
    assertEquals(
        Files.readString(WIRE.resolve("expected.txt")).strip(),
        printed.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void aBaselineThatCannotBeEstablishedIsAnErrorNotAFirstRelease() throws IOException {
    Path project = temp.resolve("orders");
    sources(WIRE.resolve("current"), project);

    int checked =
        dp("check", "--project", project.toString(), "--version", "1.2.0", "--baseline", "1.1.0");

    assertEquals(2, checked);
    assertEquals(
        "error: Cannot fetch the baseline com.example:orders:1.1.0 (dataproduct.baseline 1.1.0)",
        printed.toString(StandardCharsets.UTF_8).strip());
  }
}
