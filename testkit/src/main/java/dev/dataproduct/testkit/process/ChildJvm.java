package dev.dataproduct.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A Java program in a child JVM whose output goes to a log file. A service runs in its own JVM so
 * that stopping it is what stopping a real server is (its sockets close, its clients see it go),
 * and so that its classes and threads never mix with the test's.
 *
 * <p>Shared by the test kit's broker and the project's own test services; not part of the kit's
 * supported API.
 */
public final class ChildJvm {

  private final String name;
  private final List<String> command;
  private final Path log;
  private Process process;

  private ChildJvm(String name, List<String> command, Path log) {
    this.name = name;
    this.command = command;
    this.log = log;
  }

  /** A child JVM running {@code javaArguments} (options, then a main class or {@code -jar}). */
  public static ChildJvm of(String name, Path log, List<String> javaArguments) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArguments);
    return new ChildJvm(name, command, log);
  }

  /** Starts the JVM; its output is appended to the log, so a restart keeps the earlier output. */
  public ChildJvm start() {
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop " + name));
    return this;
  }

  /** Runs the JVM to its end and fails unless it exits with 0. */
  public void runToCompletion(Duration timeout) {
    start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        stop();
        throw new IllegalStateException(
            name + " did not finish within " + timeout + "; its output is in " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name, e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
    }
  }

  /** Waits until {@code ready} holds; fails when the JVM ends first or the time runs out. */
  public void awaitReady(BooleanSupplier ready, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " ended with " + process.exitValue() + " before it was ready: " + tail());
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException(name + " was not ready within " + timeout + ": " + tail());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + name, e);
      }
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /**
   * Stops the JVM as a service manager would (SIGTERM), and kills it if it does not end in 20
   * seconds.
   */
  public void stop() {
    Process running = process;
    if (running == null || !running.isAlive()) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(20, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public Path log() {
    return log;
  }

  /** The last lines of the log, for a failure message. */
  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
