package dev.dataproduct.infra.catalog;

import dev.dataproduct.support.BuildError;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the catalog is: the {@value #PROPERTY} value, a path or a {@code file:} URL. Without one,
 * the catalog is {@value #DEFAULT_DESCRIPTION}, so publishing works with no configuration; a team
 * shares a catalog by pointing the property at a shared file system.
 */
public final class CatalogLocation {

  /** The user property that sets the catalog. */
  public static final String PROPERTY = "dataproduct.catalog";

  /** The default location, as the documentation states it. */
  public static final String DEFAULT_DESCRIPTION = "${user.home}/.dataproduct/catalog";

  private CatalogLocation() {}

  /** {@code ${user.home}/.dataproduct/catalog}. */
  public static Path defaultLocation(Path userHome) {
    return userHome.resolve(".dataproduct").resolve("catalog");
  }

  /**
   * The catalog directory {@code value} names.
   *
   * <ul>
   *   <li>absent or blank: {@link #defaultLocation}
   *   <li>{@code file:///srv/catalog}, {@code file:/srv/catalog}: that directory (percent escapes
   *       decoded)
   *   <li>{@code ~/catalog}: under the user's home
   *   <li>an absolute path: itself; a relative path: against {@code baseDir} (the project's base
   *       directory)
   * </ul>
   *
   * @throws BuildError for another URL scheme ({@code http:}: the directory catalog is a file
   *     system path) or a value that is no path on this platform
   */
  public static Path resolve(String value, Path baseDir, Path userHome) {
    if (value == null || value.isBlank()) {
      return defaultLocation(userHome);
    }
    String text = value.strip();
    try {
      if (text.toLowerCase(Locale.ROOT).startsWith("file:")) {
        return fromFileUrl(text);
      }
      // A scheme of two letters or more; "C:\catalog" is a Windows path, not a URL.
      if (text.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
        throw new BuildError(
            "The catalog "
                + PROPERTY
                + "="
                + text
                + " is a "
                + text.substring(0, text.indexOf(':'))
                + ": URL; the directory catalog needs a path or a file: URL, such as file:///srv/dataproduct-catalog");
      }
      if (text.equals("~") || text.startsWith("~/")) {
        return userHome.resolve(text.substring(Math.min(2, text.length()))).normalize();
      }
      return baseDir.resolve(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new BuildError(
          "The catalog "
              + PROPERTY
              + "="
              + text
              + " is not a path on this system: "
              + e.getReason()
              + "; give a directory path or a file: URL");
    }
  }

  private static Path fromFileUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new BuildError(
          "The catalog "
              + PROPERTY
              + "="
              + text
              + " is not a valid file: URL: "
              + e.getReason()
              + "; write it as file:///absolute/path, with spaces as %20");
    }
    if (uri.isOpaque() || uri.getPath() == null || uri.getPath().isEmpty()) {
      throw new BuildError(
          "The catalog "
              + PROPERTY
              + "="
              + text
              + " is not an absolute file: URL; write it as file:///absolute/path, or give a plain path");
    }
    try {
      return Path.of(uri).normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new BuildError(
          "The catalog "
              + PROPERTY
              + "="
              + text
              + " cannot be used as a directory: "
              + e.getMessage()
              + "; write it as file:///absolute/path (a network share must be mounted and given as its local path)");
    }
  }
}
