package dev.dataproduct.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log, keeping what a Mojo logs at INFO, WARN and ERROR as {@code LEVEL message}. */
final class RecordingMavenLog extends SystemStreamLog {

  final List<String> lines = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    lines.add("INFO " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("WARN " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("ERROR " + content);
  }

  /** The messages logged at {@code level} ({@code INFO}, {@code WARN}, {@code ERROR}). */
  List<String> logged(String level) {
    return lines.stream()
        .filter(l -> l.startsWith(level + " "))
        .map(l -> l.substring(level.length() + 1))
        .toList();
  }
}
