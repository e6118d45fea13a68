package dev.dataproduct.maven;

import java.util.function.Supplier;
import org.apache.maven.project.MavenProject;

/**
 * What a build works out once per project and shares between its goals (the baseline, the history
 * adopted from before the plugin, a validation, a released contract read): kept in the project's
 * context, so {@code generate}, {@code check} and {@code validate} of one build ask the
 * repositories or the registry, validate and read a jar once. This is how the plugin implements the
 * core's {@code BuildFacts.once}; the keys name every input their value depends on.
 */
final class PerProject {

  private PerProject() {}

  /** The value stored under {@code key}, computed and stored first when there is none. */
  static <T> T once(MavenProject project, String key, Class<T> type, Supplier<T> compute) {
    synchronized (project) {
      Object cached = project.getContextValue(key);
      if (type.isInstance(cached)) {
        return type.cast(cached);
      }
      T value = compute.get();
      project.setContextValue(key, value);
      return value;
    }
  }
}
