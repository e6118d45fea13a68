package dev.dataproduct.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A SHA-256 over everything a goal's result depends on: file contents and settings. Two builds with
 * the same fingerprint produce the same result, so the second can reuse the first's. Reading and
 * hashing a product's files costs a few milliseconds; parsing them costs far more.
 */
public final class InputFingerprint {

  private final MessageDigest digest;

  public InputFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Adds a setting; {@code null} counts as a value of its own. */
  public InputFingerprint add(String name, Object value) {
    text(name);
    text(value == null ? "\u0000null" : value.toString());
    return this;
  }

  /** Adds a file's path and content, or that it is missing. */
  public InputFingerprint addFile(String name, Path file) throws IOException {
    text(name);
    if (Files.isRegularFile(file)) {
      bytes(Files.readAllBytes(file));
    } else {
      text("\u0000missing");
    }
    return this;
  }

  /**
   * Adds every regular file under {@code root} (path relative to it, and content), in path order.
   */
  public InputFingerprint addTree(String name, Path root) throws IOException {
    text(name);
    if (!Files.isDirectory(root)) {
      text("\u0000missing");
      return this;
    }
    for (String file : FileTrees.regularFiles(root, true).keySet()) {
      text(file);
      bytes(Files.readAllBytes(root.resolve(file)));
    }
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void text(String s) {
    bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
  private void bytes(byte[] b) {
    digest.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(b);
  }

  /**
   * A file or folder by identity, not content: the name, size and modification time of {@code
   * path}, or of every regular file under it, in path order; "missing" when there is none, and a
   * text nothing else matches when it cannot be listed. Each file is looked at once, with the
   * attributes the walk read (a no-op build lists every generated file: 14,000 at 2,000 ports).
   */
  public static String identity(Path path) {
    StringBuilder out = new StringBuilder();
    try {
      if (Files.isDirectory(path)) {
        FileTrees.regularFiles(path, false)
            .forEach((name, attributes) -> appendStat(out, name, attributes));
      } else if (Files.exists(path)) {
        appendStat(
            out,
            path.getFileName().toString(),
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      } else {
        out.append("missing");
      }
    } catch (IOException e) {
      // A file that vanished while listed: nothing matches this, so the run is done in full.
      out.append("unlisted ").append(System.nanoTime());
    }
    return out.toString();
  }

  private static void appendStat(StringBuilder out, String name, BasicFileAttributes attributes) {
    out.append(name)
        .append(' ')
        .append(attributes.size())
        .append(' ')
        // In nanoseconds, not as a date: formatting 14,000 dates made the JIT compile the
        // formatter.
        .append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
        .append('\n');
  }
}
