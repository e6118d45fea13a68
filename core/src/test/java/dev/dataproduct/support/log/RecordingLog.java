package dev.dataproduct.support.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A log that keeps every line, as {@code LEVEL message}, for a test to read. */
public final class RecordingLog implements BuildLog {

  /** Every line in the order logged, e.g. {@code INFO Published ...}. */
  public final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void debug(String message) {
    lines.add("DEBUG " + message);
  }

  @Override
  public void info(String message) {
    lines.add("INFO " + message);
  }

  @Override
  public void warn(String message) {
    lines.add("WARN " + message);
  }

  @Override
  public void error(String message) {
    lines.add("ERROR " + message);
  }

  /**
   * The messages logged at {@code level} ({@code DEBUG}, {@code INFO}, {@code WARN}, {@code
   * ERROR}).
   */
  public List<String> logged(String level) {
    synchronized (lines) {
      return lines.stream()
          .filter(l -> l.startsWith(level + " "))
          .map(l -> l.substring(level.length() + 1))
          .toList();
    }
  }
}
