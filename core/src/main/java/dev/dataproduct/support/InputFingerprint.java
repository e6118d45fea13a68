package dev.dataproduct.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
}
