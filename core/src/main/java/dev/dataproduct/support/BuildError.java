package dev.dataproduct.support;

/**
 * The build cannot go on, and it is not the contract's fault: a file cannot be read, a repository,
 * catalog or registry is unreachable, or the plugin is misconfigured. The message is one line that
 * says where the problem is and what to do. The Maven adapter turns it into a BUILD ERROR ({@code
 * MojoExecutionException}); contract violations are findings instead.
 */
public class BuildError extends RuntimeException {

  public BuildError(String message) {
    super(message);
  }

  public BuildError(String message, Throwable cause) {
    super(message, cause);
  }
}
