package dev.dataproduct.maven;

import dev.dataproduct.support.log.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The core's log, forwarded to Maven's. */
final class MavenBuildLog implements BuildLog {

  private final Log log;

  MavenBuildLog(Log log) {
    this.log = log;
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void error(String message) {
    log.error(message);
  }
}
