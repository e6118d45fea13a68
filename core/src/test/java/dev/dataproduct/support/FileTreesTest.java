package dev.dataproduct.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

  @TempDir Path temp;

  @Test
  void regularFilesAreListedByRelativePathInOrderWithLinksToFilesOnlyWhenAsked()
      throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.txt"), "outside");
    Path tree = Files.createDirectories(temp.resolve("tree/b"));
    Files.writeString(tree.resolve("z.avsc"), "z");
    Files.writeString(temp.resolve("tree/a.avsc"), "a");
    Files.writeString(temp.resolve("tree/b-c.avsc"), "b-c");
    Files.createSymbolicLink(temp.resolve("tree/linked.avsc"), outside);
    Files.createSymbolicLink(temp.resolve("tree/linked-folder"), tree);

    assertEquals(
        List.of("a.avsc", "b-c.avsc", "b/z.avsc"),
        List.copyOf(FileTrees.regularFiles(temp.resolve("tree"), false).keySet()));
    assertEquals(
        List.of("a.avsc", "b-c.avsc", "b/z.avsc", "linked.avsc"),
        List.copyOf(FileTrees.regularFiles(temp.resolve("tree"), true).keySet()));
    assertEquals(7, FileTrees.regularFiles(temp.resolve("tree"), true).get("linked.avsc").size());
  }

  @Test
  void aFolderThatIsALinkIsListedThroughTheLink() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real/com"));
    Files.writeString(real.resolve("Order.avsc"), "{}");
    Path link = Files.createSymbolicLink(temp.resolve("avro"), temp.resolve("real"));

    assertEquals(
        List.of("com/Order.avsc"), List.copyOf(FileTrees.regularFiles(link, false).keySet()));
  }

  @Test
  void deletingATreeRemovesEverythingUnderItButNotWhatALinkInItPointsTo() throws IOException {
    Path outside = Files.writeString(temp.resolve("keep.txt"), "kept");
    Path tree = Files.createDirectories(temp.resolve("tree/a/b"));
    Files.writeString(tree.resolve("file.txt"), "x");
    Files.createSymbolicLink(temp.resolve("tree/a/link"), outside);

    FileTrees.deleteTree(temp.resolve("tree"));

    assertFalse(Files.exists(temp.resolve("tree")));
    assertEquals("kept", Files.readString(outside));
    FileTrees.deleteTree(temp.resolve("tree")); // absent: nothing to do
  }

  @Test
  void anAtomicWriteReplacesTheFileCreatesItsFolderAndLeavesNoTemporaryFile() throws IOException {
    Path target = temp.resolve("out/report.json");
    FileTrees.writeAtomically(target, "one".getBytes());
    FileTrees.writeAtomically(target, "two".getBytes());

    assertEquals("two", Files.readString(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aFailedAtomicWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(temp.resolve("report.json"), "before");

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                FileTrees.writeAtomically(
                    target,
                    out -> {
                      out.write("half".getBytes());
                      throw new IOException("disk full");
                    }));

    assertEquals("disk full", e.getMessage());
    assertEquals("before", Files.readString(target));
    try (Stream<Path> files = Files.list(temp)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aPathIsInsideItsRootUnlessALinkLeadsOut() throws IOException {
    Path root = Files.createDirectories(temp.resolve("root"));
    Path inside = Files.writeString(root.resolve("a.avsc"), "{}");
    Path outside = Files.writeString(temp.resolve("b.avsc"), "{}");
    Path link = Files.createSymbolicLink(root.resolve("b.avsc"), outside);

    assertTrue(FileTrees.isInside(root, inside));
    assertFalse(FileTrees.isInside(root, link));
    assertFalse(FileTrees.isInside(root, root.resolve("../b.avsc")));
  }

  @Test
  void theReasonOfAnIoFailureSaysWhatHappenedAndWhere() {
    assertEquals(
        "permission denied (/srv/catalog)",
        FileTrees.reason(new AccessDeniedException("/srv/catalog")));
    assertEquals(
        "a file is in the way (/srv/catalog)",
        FileTrees.reason(new FileAlreadyExistsException("/srv/catalog")));
    assertEquals(
        "no such file or directory (/srv/catalog)",
        FileTrees.reason(new NoSuchFileException("/srv/catalog")));
    assertEquals("disk full", FileTrees.reason(new IOException("disk full")));
    assertEquals("IOException", FileTrees.reason(new IOException()));
  }
}
