package dev.dataproduct.model.contract;

import dev.dataproduct.model.contract.ContractLayout.Part;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.support.BuildError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes a contract into its directory, usually {@code target/classes/META-INF/dataproduct}, from
 * where the jar picks it up. Writing the same contract twice leaves every file untouched (content
 * and modification time), so incremental builds see no change.
 */
public final class ContractWriter {

  /**
   * What writing did, each list of paths relative to the directory, sorted.
   *
   * @param written files created or changed
   * @param unchanged files that already had the right content and were left alone
   * @param deleted files the contract no longer names, removed
   */
  public record Result(
      Path directory, List<String> written, List<String> unchanged, List<String> deleted) {

    public Result {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      deleted = List.copyOf(deleted);
    }

    /** Whether anything on disk changed. */
    public boolean changed() {
      return !written.isEmpty() || !deleted.isEmpty();
    }
  }

  private ContractWriter() {}

  /**
   * The files of {@code contract}, by path relative to the contract directory, in path order: the
   * same contract always gives the same bytes.
   *
   * @param descriptor the descriptor file's bytes as written; {@code version} is filled in when it
   *     has none
   * @throws BuildError when a port name or version cannot be a file name, a history names a version
   *     twice, or the descriptor cannot take its version (see {@code DescriptorVersion})
   */
  public static SortedMap<String, byte[]> files(Contract contract, byte[] descriptor) {
    return Content.inMemory(contents(contract, descriptor, null));
  }

  /**
   * The files of {@link #files}, each made only when asked for: a packed .avsc embeds every record
   * it refers to, so the files of a large product do not fit in memory together (about 2 GB for 500
   * ports of the benchmarks' product).
   */
  private static SortedMap<String, Content> contents(
      Contract contract, byte[] descriptor, YamlMap parsed) {
    checkNames(contract);
    ContractIndex index = ContractIndex.of(contract);
    SortedMap<String, Content> files = new TreeMap<>();
    byte[] indexJson = index.toJson();
    byte[] descriptorBytes = DescriptorVersion.fillIn(descriptor, parsed, contract.version());
    files.put(ContractLayout.INDEX, out -> out.write(indexJson));
    files.put(ContractLayout.DESCRIPTOR, out -> out.write(descriptorBytes));
    for (Map.Entry<String, PortContract> entry : contract.ports().entrySet()) {
      String name = entry.getKey();
      PortContract port = entry.getValue();
      if (port.key() != null) {
        files.put(
            ContractLayout.currentSchema(name, Part.KEY),
            out -> PackedSchema.write(port.key(), out));
      }
      files.put(
          ContractLayout.currentSchema(name, Part.VALUE),
          out -> PackedSchema.write(port.value(), out));
      port.keyHistory()
          .forEach(
              r ->
                  files.put(
                      ContractLayout.historySchema(name, Part.KEY, r.version()),
                      out -> PackedSchema.write(r.schema(), out)));
      port.valueHistory()
          .forEach(
              r ->
                  files.put(
                      ContractLayout.historySchema(name, Part.VALUE, r.version()),
                      out -> PackedSchema.write(r.schema(), out)));
    }
    return files;
  }

  /**
   * The files of {@link #files} that {@code packed} (files by path, as read from a contract
   * directory) does not hold with exactly their bytes, missing or other, in path order; each made
   * only to be compared. Other files there (the exports) are not looked at.
   *
   * @param parsed what {@code descriptor} parses to, when the caller has it (validation's
   *     document), or {@code null}: it is parsed here then
   * @throws BuildError as {@link #files}
   */
  public static List<String> notAsPacked(
      Contract contract, byte[] descriptor, YamlMap parsed, Map<String, byte[]> packed) {
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, Content> file : contents(contract, descriptor, parsed).entrySet()) {
      byte[] there = packed.get(file.getKey());
      if (there == null) {
        differing.add(file.getKey());
        continue;
      }
      ByteArrayOutputStream expected = new ByteArrayOutputStream(there.length);
      try {
        file.getValue().writeTo(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
      }
      if (!Arrays.equals(there, expected.toByteArray())) {
        differing.add(file.getKey());
      }
    }
    return differing;
  }

  /**
   * Writes {@link #files} into {@code directory}: files whose content is already right are not
   * touched, files the contract does not name are deleted (with folders left empty).
   *
   * @throws BuildError when the directory cannot be written, or as {@link #files}
   */
  public static Result write(Contract contract, byte[] descriptor, Path directory) {
    return write(contract, descriptor, new TreeMap<>(), directory);
  }

  /**
   * As {@link #write(Contract, byte[], Path)}, with {@code extras} (such as the exports in the open
   * standards, see {@code dev.dataproduct.logic.export.Exports}) packed beside the contract.
   *
   * @param extras more files by path relative to the directory; none may be a contract file
   */
  public static Result write(
      Contract contract, byte[] descriptor, SortedMap<String, byte[]> extras, Path directory) {
    SortedMap<String, Content> contents = new TreeMap<>();
    extras.forEach((path, bytes) -> contents.put(path, out -> out.write(bytes)));
    return writeWith(contract, descriptor, null, contents, directory);
  }

  /**
   * As {@link #write(Contract, byte[], SortedMap, Path)}, with each extra file made only when it is
   * written (the exports of a large product are hundreds of megabytes together).
   *
   * @param parsed what {@code descriptor} parses to, when the caller has it (validation's document,
   *     so that a large descriptor is not parsed again), or {@code null}
   */
  public static Result writeWith(
      Contract contract,
      byte[] descriptor,
      YamlMap parsed,
      SortedMap<String, Content> extras,
      Path directory) {
    SortedMap<String, Content> files = contents(contract, descriptor, parsed);
    for (Map.Entry<String, Content> extra : extras.entrySet()) {
      if (!ContractLayout.isSafePath(extra.getKey())
          || files.putIfAbsent(extra.getKey(), extra.getValue()) != null) {
        // The exports' paths are the plugin's own; a clash would be a bug, not bad input.
        throw new IllegalArgumentException(
            "extra contract file "
                + extra.getKey()
                + " is not a safe path or clashes with a contract file");
      }
    }
    try {
      if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
        throw new BuildError(
            "Cannot write the contract to "
                + directory
                + ": it is a file, not a directory; delete it and build again");
      }
      Files.createDirectories(directory);
      List<String> deleted = deleteStale(directory, files.keySet());
      List<String> written = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      // One file at a time, streamed to a temporary file and compared on disk: a packed .avsc can
      // be
      // megabytes, and building each as one String allocated more than all of code generation.
      for (Map.Entry<String, Content> file : files.entrySet()) {
        Path target = directory.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: it makes the file owner-only, and the packed file (and what a
        // user unpacks from the jar) would keep that.
        Path draft = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID());
        try {
          try (OutputStream out = Files.newOutputStream(draft, StandardOpenOption.CREATE_NEW)) {
            file.getValue().writeTo(out);
          }
          if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
              && Files.mismatch(target, draft) == -1) {
            unchanged.add(file.getKey());
          } else {
            Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING);
            written.add(file.getKey());
          }
        } finally {
          Files.deleteIfExists(draft);
        }
      }
      return new Result(directory, written, unchanged, deleted);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot write the contract to "
              + directory
              + ": "
              + e
              + "; check that the directory is writable",
          e);
    }
  }

  private static void checkNames(Contract contract) {
    if (!ContractLayout.isSafeName(contract.version())) {
      throw new BuildError(
          "Cannot pack the contract: version \""
              + contract.version()
              + "\" cannot be part of a file name; use letters, digits and . _ + - (such as 1.2.0)");
    }
    for (Map.Entry<String, PortContract> port : contract.ports().entrySet()) {
      if (!ContractLayout.isSafeName(port.getKey())) {
        throw new BuildError(
            "Cannot pack the contract: port name \""
                + port.getKey()
                + "\" cannot be a file name; name ports in lower-kebab-case");
      }
      checkHistory(port.getKey(), "key", port.getValue().keyHistory());
      checkHistory(port.getKey(), "value", port.getValue().valueHistory());
    }
  }

  private static void checkHistory(String port, String part, List<ReleasedSchema> history) {
    Set<String> versions = new HashSet<>();
    for (ReleasedSchema released : history) {
      if (!ContractLayout.isSafeName(released.version())) {
        throw new BuildError(
            "Cannot pack the contract: the "
                + part
                + " history of port \""
                + port
                + "\" names version \""
                + released.version()
                + "\", which cannot be part of a file name");
      }
      if (!versions.add(released.version())) {
        throw new BuildError(
            "Cannot pack the contract: the "
                + part
                + " history of port \""
                + port
                + "\" names version "
                + released.version()
                + " twice; check the baseline the history was carried from");
      }
    }
  }

  /**
   * One file's bytes, written when the file is: the files of a large product do not fit in memory
   * together.
   */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;

    /** Each file's bytes, made one after another: for tests and callers of small contracts. */
    static SortedMap<String, byte[]> inMemory(SortedMap<String, Content> contents) {
      SortedMap<String, byte[]> files = new TreeMap<>();
      contents.forEach(
          (path, content) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
              content.writeTo(bytes);
            } catch (IOException e) {
              throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
            }
            files.put(path, bytes.toByteArray());
          });
      return files;
    }
  }

  /**
   * Deletes everything under {@code directory} but the files {@code keep} names, and folders left
   * empty.
   */
  private static List<String> deleteStale(Path directory, Set<String> keep) throws IOException {
    List<String> deleted = new ArrayList<>();
    Files.walkFileTree(
        directory,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            String relative = relative(directory, file);
            if (!attributes.isRegularFile() || !keep.contains(relative)) {
              Files.delete(file);
              deleted.add(relative);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            if (!dir.equals(directory)) {
              try (var children = Files.list(dir)) {
                if (children.findAny().isEmpty()) {
                  Files.delete(dir);
                }
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    deleted.sort(null);
    return deleted;
  }

  private static String relative(Path directory, Path file) {
    List<String> names = new ArrayList<>();
    directory.relativize(file).forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }
}
