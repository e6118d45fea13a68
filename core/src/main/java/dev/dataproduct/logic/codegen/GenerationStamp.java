package dev.dataproduct.logic.codegen;

import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.InputFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a whole {@code generate} run can be skipped: a stamp file records one fingerprint of
 * everything the run read (the descriptor and schemas by content; settings, versions and the jars
 * of the plugin and the dependencies by path, size and modification time) and one of everything it
 * wrote (every file under the output directories, by path, size and modification time). When both
 * match, the run would read, validate and render the same things to write the same bytes, so it
 * does nothing at all: a no-op rebuild costs hashing a few small input files and listing the
 * outputs.
 *
 * <p>Any change of an input, or an output that was edited, touched or deleted, makes the stamp
 * stale, and the full run that follows writes only what differs ({@link GeneratedFiles}). The stamp
 * is removed before a full run and written after it succeeds, so a failed run never leaves a stamp
 * that claims its outputs are current.
 */
public final class GenerationStamp {

  private static final String HEADER = "dataproduct generate stamp v2";

  private final Path file;
  private final List<Path> outputs;
  private final InputFingerprint inputs = new InputFingerprint();
  private final List<Supplier<String>> lateSettings = new ArrayList<>();
  private String inputFingerprint;
  private String outputsBefore;

  private GenerationStamp(Path file, List<Path> outputs) {
    this.file = file;
    this.outputs = List.copyOf(outputs);
  }

  /**
   * @param file where the stamp is kept: outside the output directories, such as {@code
   *     target/dataproduct/generate.stamp}
   * @param outputs the directories the run writes to (generated sources, packed contract)
   */
  public static GenerationStamp at(Path file, List<Path> outputs) {
    return new GenerationStamp(file, outputs);
  }

  /** Adds a setting or a version; {@code null} is a value of its own. */
  public GenerationStamp setting(String name, Object value) {
    sealed();
    inputs.add(name, value);
    return this;
  }

  /**
   * Adds a setting that costs something to learn (such as the release a build compares with): it is
   * asked for only when a recorded stamp is compared, or when one is recorded.
   */
  public GenerationStamp lateSetting(String name, Supplier<String> value) {
    sealed();
    lateSettings.add(() -> name + "=" + value.get());
    return this;
  }

  /**
   * Adds a small input by content: a file, or every file under a directory (or that it is missing).
   */
  public GenerationStamp content(String name, Path path) {
    sealed();
    try {
      if (Files.isDirectory(path)) {
        inputs.addTree(name, path);
      } else {
        inputs.addFile(name, path);
      }
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read "
              + path
              + " to tell whether the generated sources are current: "
              + e.getMessage()
              + "; check that it is readable",
          e);
    }
    return this;
  }

  /**
   * Adds a large input that is replaced, not edited, such as a jar: its path, size and modification
   * time (for a directory, those of every file under it).
   */
  public GenerationStamp identity(String name, Path path) {
    sealed();
    inputs.add(name, InputFingerprint.identity(path));
    return this;
  }

  /**
   * Whether a stamp was recorded and both its fingerprints match. Reads only the stamp file and the
   * listings.
   */
  public boolean isCurrent() {
    List<String> lines = recorded();
    return lines.size() == 3
        && lines.get(0).equals(HEADER)
        && lines.get(1).equals(inputFingerprint())
        && lines.get(2).equals(outputsBefore());
  }

  /**
   * Whether the outputs are as the last successful run left them (every file by path, size and
   * modification time, none added or removed), whatever the inputs are now: then the generated
   * files hold what that run's manifest says, and a full run need not read them to know it. Ask
   * before {@link #discard}; it never asks for the late settings.
   */
  public boolean outputsAsRecorded() {
    List<String> lines = recorded();
    return lines.size() == 3 && lines.get(0).equals(HEADER) && lines.get(2).equals(outputsBefore());
  }

  /** The lines of the recorded stamp; none when there is none, or it cannot be read. */
  private List<String> recorded() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of(); // an unreadable stamp only costs a full run
    }
  }

  /** The fingerprint of the outputs as they were before this run wrote anything, listed once. */
  private String outputsBefore() {
    if (outputsBefore == null) {
      outputsBefore = outputFingerprint();
    }
    return outputsBefore;
  }

  /** The fingerprint of the inputs; no input can be added after the first call. */
  private String inputFingerprint() {
    if (inputFingerprint == null) {
      lateSettings.forEach(setting -> inputs.add("late", setting.get()));
      inputFingerprint = inputs.hex();
    }
    return inputFingerprint;
  }

  /** Removes the stamp, before a full run. */
  public void discard() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot delete " + file + ": " + e.getMessage() + "; delete it by hand", e);
    }
  }

  /** Records the inputs and the outputs as they are now, after a full run succeeded. */
  public void record() {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          HEADER + "\n" + inputFingerprint() + "\n" + outputFingerprint() + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot write "
              + file
              + ": "
              + e.getMessage()
              + "; check that the build directory is writable",
          e);
    }
  }

  private void sealed() {
    if (inputFingerprint != null) {
      throw new IllegalStateException("inputs are added before the stamp is compared or recorded");
    }
  }

  private String outputFingerprint() {
    InputFingerprint written = new InputFingerprint();
    for (Path output : outputs) {
      written.add(output.toString(), InputFingerprint.identity(output));
    }
    return written.hex();
  }
}
