package dev.dataproduct.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the plugin does with files and folders in one place: delete a tree, replace a file so that
 * readers see the old or the new one, tell whether a path stays inside a folder, and say why an
 * {@link IOException} happened in words.
 */
public final class FileTrees {

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private FileTrees() {}

  /** The jar (or classes directory) {@code type} was loaded from. */
  public static Path codeLocation(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot tell where " + type.getName() + " was loaded from", e);
    }
  }

  /**
   * Deletes {@code path} and, when it is a folder, everything under it; symbolic links are deleted,
   * never followed. Nothing happens when it does not exist.
   */
  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * {@link #deleteTree}, for cleaning up after another failure, which is the one worth reporting.
   */
  public static void deleteTreeQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      deleteTree(path);
    } catch (IOException ignored) {
      // What is left is a leftover; the caller's own error, or none, is what matters.
    }
  }

  /** {@link #writeAtomically(Path, Path, Content)} with the temporary file beside the target. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target, target.toAbsolutePath().getParent(), out -> out.write(content));
  }

  /** {@link #writeAtomically(Path, Path, Content)} with the temporary file beside the target. */
  public static void writeAtomically(Path target, Content content) throws IOException {
    writeAtomically(target, target.toAbsolutePath().getParent(), content);
  }

  /**
   * Replaces {@code target} with {@code content} so that readers see the old file or the new one,
   * never a part: the content goes to a new temporary file in {@code temporaryFolder} (which must
   * be on the target's file system), is forced to disk, then renamed over the target. The target's
   * folder is created when missing; the temporary file is gone afterwards, whatever happened.
   *
   * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename
   *     atomically: the target is left as it was rather than replaced in place
   */
  public static void writeAtomically(Path target, Path temporaryFolder, Content content)
      throws IOException {
    Files.createDirectories(temporaryFolder);
    // Not Files.createTempFile: it makes the file owner-only, and the target would keep that.
    Path temporary =
        temporaryFolder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel =
              FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Every regular file under the folder {@code root}, by its path relative to {@code root} with
   * {@code /} between names, in the order of those paths, with the attributes the walk read: one
   * look at each file, as a no-op build lists and hashes thousands of them. A {@code root} that is
   * a symbolic link to a folder is entered (a linked schema folder is still read); folders below it
   * reached through a symbolic link are not. A symbolic link to a file counts as that file when
   * {@code throughFileLinks}, else not at all.
   */
  public static SortedMap<String, BasicFileAttributes> regularFiles(
      Path root, boolean throughFileLinks) throws IOException {
    SortedMap<String, BasicFileAttributes> files = new TreeMap<>();
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    int prefix = start.toString().length() + 1;
    String separator = start.getFileSystem().getSeparator();
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            BasicFileAttributes seen = attributes;
            if (attributes.isSymbolicLink() && throughFileLinks) {
              seen = Files.readAttributes(file, BasicFileAttributes.class);
            }
            if (seen.isRegularFile()) {
              String name = file.toString().substring(prefix);
              files.put(separator.equals("/") ? name : name.replace(separator, "/"), seen);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  /**
   * Whether {@code path}, with every symbolic link resolved, lies inside {@code root} (resolved
   * too). Both must exist.
   */
  public static boolean isInside(Path root, Path path) throws IOException {
    return path.toRealPath().startsWith(root.toRealPath());
  }

  /** NIO exceptions often carry only a path as their message; say what happened, and where. */
  public static String reason(IOException e) {
    String what;
    if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      what = "a file is in the way";
    } else if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      what = fs.getReason().toLowerCase(Locale.ROOT);
    } else {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return e instanceof FileSystemException fs && fs.getFile() != null
        ? what + " (" + fs.getFile() + ")"
        : what;
  }
}
