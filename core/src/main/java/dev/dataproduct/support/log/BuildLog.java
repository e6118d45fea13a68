package dev.dataproduct.support.log;

/**
 * The core's way to say something to the user. The Maven adapter forwards to Maven's log; tests use
 * {@link #silent()} or collect lines. Kept tiny on purpose so the core never sees Maven.
 */
public interface BuildLog {

  void debug(String message);

  void info(String message);

  void warn(String message);

  void error(String message);

  /** A log that drops everything. */
  static BuildLog silent() {
    return new BuildLog() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void error(String message) {}
    };
  }
}
