package dev.dataproduct.maven;

import dev.dataproduct.support.log.RecordingLog;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * Maven's log, keeping what a Mojo logs at INFO, WARN and ERROR as {@code LEVEL message}, in the
 * core tests' {@link RecordingLog}.
 */
final class RecordingMavenLog extends SystemStreamLog {

  private final RecordingLog recorded = new RecordingLog();
  final List<String> lines = recorded.lines;

  @Override
  public void info(CharSequence content) {
    recorded.info(content.toString());
  }

  @Override
  public void warn(CharSequence content) {
    recorded.warn(content.toString());
  }

  @Override
  public void error(CharSequence content) {
    recorded.error(content.toString());
  }

  /** The messages logged at {@code level} ({@code INFO}, {@code WARN}, {@code ERROR}). */
  List<String> logged(String level) {
    return recorded.logged(level);
  }
}
