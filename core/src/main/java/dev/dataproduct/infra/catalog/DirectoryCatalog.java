package dev.dataproduct.infra.catalog;

import dev.dataproduct.infra.catalog.PublishResult.Outcome;
import dev.dataproduct.logic.export.Exports;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ContractReader;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.Wording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * A catalog in a directory on a local or shared file system: one immutable folder per product
 * version, an index of them all and a static HTML catalog; see the {@linkplain
 * dev.dataproduct.infra.catalog package} for the layout.
 *
 * <p>Publishing is atomic: the version's files are written into a staging folder inside the
 * catalog, flushed to disk and then renamed into place in one step; the version folder appearing is
 * the commit point. A crash before it leaves the catalog as it was (the leftover staging folder is
 * ignored and removed by the next publish); the index and the pages are derived from the version
 * folders and rewritten file by file through atomic renames, so a crash after it heals on the next
 * publish. Every publish that takes the lock repairs what a crash left, whichever product or
 * version it publishes and even when it is refused: it removes leftover staging folders and indexes
 * complete version folders that {@code index.json} does not list, and says so in its notes.
 * Publishers hold an exclusive lock on {@code .lock} from the existence check to the end of the
 * index update, so concurrent builds, in one JVM or many, lose nothing.
 */
public final class DirectoryCatalog {

  /** File locks are held per JVM, not per thread, so threads of one JVM queue here first. */
  private static final Map<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

  private static final Pattern PRODUCT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

  private final Path root;
  private final BuildLog log;
  private final Wording wording;
  private final Runnable beforeCommit;
  private final Runnable afterCommit;

  /**
   * @param wording how the front end names the command that publishes, for the empty catalog's page
   */
  public DirectoryCatalog(Path root, BuildLog log, Wording wording) {
    this(root, log, wording, () -> {});
  }

  /**
   * @param beforeCommit runs after staging and before the commit; tests make it throw to act out a
   *     crash
   */
  DirectoryCatalog(Path root, BuildLog log, Wording wording, Runnable beforeCommit) {
    this(root, log, wording, beforeCommit, () -> {});
  }

  /**
   * @param beforeCommit runs after staging and before the commit
   * @param afterCommit runs after the version folder is in place and before the index is updated;
   *     tests stop the process there to leave a version that no page lists
   */
  DirectoryCatalog(
      Path root, BuildLog log, Wording wording, Runnable beforeCommit, Runnable afterCommit) {
    this.root = root.toAbsolutePath().normalize();
    this.log = log;
    this.wording = wording;
    this.beforeCommit = beforeCommit;
    this.afterCommit = afterCommit;
  }

  public Path root() {
    return root;
  }

  /**
   * Publishes one product version: adds its folder and updates the index and the pages. A version
   * already published with the same contract is left alone ({@link Outcome#IDENTICAL}); with
   * another contract it is refused ({@link Outcome#REFUSED}, naming each file that differs) and
   * nothing of it is written. Whatever the outcome, the publish first repairs what an earlier one
   * that stopped left behind (see the class comment). A dry run writes nothing and creates nothing,
   * not even the catalog.
   *
   * @throws BuildError when the request names unsafe paths or the catalog cannot be written; the
   *     catalog is then as it was
   */
  public PublishResult publish(PublishRequest request) {
    CatalogEntry entry = request.entry();
    checkNames(request);
    SortedMap<String, byte[]> files = versionFiles(request);
    Path versionDir =
        root.resolve(CatalogLayout.versionFolder(entry.domain(), entry.name(), entry.version()));
    try {
      if (request.dryRun()) {
        return Files.exists(versionDir, LinkOption.NOFOLLOW_LINKS)
            ? compare(entry, files, versionDir, true)
            : result(
                Outcome.PUBLISHED,
                entry,
                versionDir,
                List.copyOf(files.keySet()),
                List.of(),
                List.of(),
                true);
      }
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read the catalog "
              + root
              + " for a dry run of "
              + entry.qualifiedName()
              + " "
              + entry.version()
              + ": "
              + FileTrees.reason(e)
              + "; check that the directory is readable");
    }
    createRoot(entry);
    Path staged = null;
    boolean committed = false;
    try (CatalogLock lock = CatalogLock.acquire(root)) {
      // Under the lock, nothing else is publishing: whatever is half done was left by a crash.
      List<String> repairs = removeLeftoverStaging();
      if (Files.exists(versionDir, LinkOption.NOFOLLOW_LINKS)) {
        PublishResult result = compare(entry, files, versionDir, false);
        // An earlier publish (of this version or another) may have stopped after its commit; this
        // heals the index.
        List<String> notes = new ArrayList<>(result.notes());
        notes.addAll(repairs);
        notes.addAll(refreshSite(null));
        return result(
            result.outcome(),
            entry,
            versionDir,
            result.files(),
            result.differences(),
            notes,
            false);
      }
      staged = stage(files);
      beforeCommit.run();
      commit(staged, versionDir);
      committed = true;
      afterCommit.run();
      List<String> notes = new ArrayList<>(repairs);
      notes.addAll(refreshSite(entry));
      return result(
          Outcome.PUBLISHED,
          entry,
          versionDir,
          List.copyOf(files.keySet()),
          List.of(),
          notes,
          false);
    } catch (IOException e) {
      if (committed) {
        throw new BuildError(
            "Published "
                + entry.qualifiedName()
                + " "
                + entry.version()
                + " to "
                + versionDir
                + ", but could not update the catalog's index and pages: "
                + FileTrees.reason(e)
                + "; publish again to update them (the published version is complete)");
      }
      FileTrees.deleteTreeQuietly(staged);
      throw new BuildError(
          "Cannot publish "
              + entry.qualifiedName()
              + " "
              + entry.version()
              + " to the catalog "
              + root
              + ": "
              + FileTrees.reason(e)
              + "; the catalog is unchanged. Check that the directory is writable, or set "
              + CatalogLocation.PROPERTY
              + " to another directory");
    }
  }

  /**
   * Every product version in the catalog, read from the version folders (not from {@code
   * index.json}, which may be behind after a crash). An absent catalog is empty.
   *
   * @throws BuildError when the catalog cannot be read
   */
  public CatalogIndex index() {
    try {
      List<String> skipped = new ArrayList<>();
      CatalogIndex index = CatalogIndex.scan(root, skipped);
      skipped.forEach(s -> log.warn("Catalog " + root + ": left out of the index: " + s));
      return index;
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read the catalog "
              + root
              + ": "
              + FileTrees.reason(e)
              + "; check that the directory is readable");
    }
  }

  /**
   * The files of the version folder, by path relative to it; the page is not among them, it is
   * derived.
   */
  private static SortedMap<String, byte[]> versionFiles(PublishRequest request) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    request
        .contractFiles()
        .forEach((path, bytes) -> files.put(CatalogLayout.CONTRACT + path, bytes));
    files.put(CatalogLayout.ENTRY, CatalogJson.write(request.entry()));
    files.put(CatalogLayout.WAIVERS, CatalogJson.write(request.entry().waivers()));
    if (request.compatibilityReport() != null) {
      files.put(CatalogLayout.REPORT, request.compatibilityReport());
    }
    return files;
  }

  /**
   * Identity and paths become folder and file names in a shared directory: nothing may escape it.
   */
  private static void checkNames(PublishRequest request) {
    CatalogEntry entry = request.entry();
    for (String[] part : new String[][] {{"domain", entry.domain()}, {"name", entry.name()}}) {
      if (part[1] == null || !PRODUCT_NAME.matcher(part[1]).matches()) {
        throw new BuildError(
            "Cannot publish: product "
                + part[0]
                + " \""
                + part[1]
                + "\" cannot be a folder name in the catalog; use lower-kebab-case, such as sales");
      }
    }
    if (!ContractLayout.isSafeName(entry.version())) {
      throw new BuildError(
          "Cannot publish "
              + entry.qualifiedName()
              + ": version \""
              + entry.version()
              + "\" cannot be a folder name in the catalog; use letters, digits and . _ + - (such as 1.2.0)");
    }
    if (request.contractFiles().isEmpty()) {
      throw new BuildError(
          "Cannot publish "
              + entry.qualifiedName()
              + " "
              + entry.version()
              + ": the contract has no files; run the generate goal before publish");
    }
    for (String path : request.contractFiles().keySet()) {
      if (!ContractLayout.isSafePath(path)) {
        throw new BuildError(
            "Cannot publish "
                + entry.qualifiedName()
                + " "
                + entry.version()
                + ": contract file \""
                + path
                + "\" would land outside the version folder; contract paths are relative, /-separated safe names");
      }
    }
  }

  private void createRoot(CatalogEntry entry) {
    try {
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new NotDirectoryException(root.toString());
      }
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new BuildError(
          "Cannot publish "
              + entry.qualifiedName()
              + " "
              + entry.version()
              + ": the catalog "
              + root
              + " cannot be created: "
              + FileTrees.reason(e)
              + "; set "
              + CatalogLocation.PROPERTY
              + " to a directory you can write");
    }
  }

  /** Compares this build's files with the published ones; only the contract decides. */
  private PublishResult compare(
      CatalogEntry entry, SortedMap<String, byte[]> files, Path versionDir, boolean dryRun)
      throws IOException {
    SortedMap<String, byte[]> published = readTree(versionDir);
    published.remove(CatalogLayout.PAGE);
    List<String> differences = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    TreeMap<String, byte[]> all = new TreeMap<>(published);
    all.putAll(files);
    for (String path : all.keySet()) {
      byte[] mine = files.get(path);
      byte[] theirs = published.get(path);
      if (mine != null && theirs != null && Arrays.equals(mine, theirs)) {
        continue;
      }
      String name =
          path.startsWith(CatalogLayout.CONTRACT)
              ? path.substring(CatalogLayout.CONTRACT.length())
              : null;
      // The exports are derived from the contract (and the plugin version), so they do not decide.
      if (name != null && !Exports.isExport(name)) {
        differences.add(
            name
                + (mine == null
                    ? " is only in the published version"
                    : theirs == null ? " is new in this build" : " differs"));
      } else if (mine != null) {
        notes.add(
            theirs == null
                ? "the published version has no " + path + "; a published version is left as it is"
                : "kept the published " + path + "; this build's differs");
      }
    }
    Outcome outcome = differences.isEmpty() ? Outcome.IDENTICAL : Outcome.REFUSED;
    // A refusal is about the contract: which derived files it kept would only bury the reason.
    List<String> kept = outcome == Outcome.IDENTICAL ? notes : List.of();
    return result(
        outcome, entry, versionDir, List.copyOf(files.keySet()), differences, kept, dryRun);
  }

  private Path stage(SortedMap<String, byte[]> files) throws IOException {
    Path staging = root.resolve(CatalogLayout.STAGING);
    Files.createDirectories(staging);
    Path dir = staging.resolve(UUID.randomUUID().toString());
    Files.createDirectory(dir);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      writeDurably(target, file.getValue());
    }
    return dir;
  }

  private void commit(Path staged, Path versionDir) throws IOException {
    Path productDir = versionDir.getParent();
    Files.createDirectories(productDir);
    // The commit point: the complete folder appears in one rename, or not at all.
    Files.move(staged, versionDir, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(productDir);
  }

  /**
   * Rewrites the index and the pages from the version folders; unchanged files are not touched.
   * Holds the lock. Notes every complete version that the previous {@code index.json} did not list,
   * other than {@code published}, the one this publish just added: a publish that stopped after its
   * commit left it.
   */
  private List<String> refreshSite(CatalogEntry published) throws IOException {
    List<String> skipped = new ArrayList<>();
    CatalogIndex index = CatalogIndex.scan(root, skipped);
    List<String> notes = new ArrayList<>();
    for (String s : skipped) {
      log.warn("Catalog " + root + ": left out of the index: " + s);
      notes.add("left out of the index: " + s);
    }
    Set<String> listed = listedVersions();
    for (CatalogIndex.Product product : index.products()) {
      for (CatalogEntry version : product.versions()) {
        String key = version.qualifiedName() + " " + version.version();
        boolean justPublished =
            published != null && key.equals(published.qualifiedName() + " " + published.version());
        if (!justPublished && !listed.contains(key)) {
          notes.add(
              "indexed "
                  + key
                  + ", whose complete folder no page listed: a publish stopped before it updated the index");
        }
      }
    }
    int written = 0;
    for (Map.Entry<String, byte[]> file :
        CatalogSite.files(index, versionFiles(), wording).entrySet()) {
      if (replaceIfChanged(root.resolve(file.getKey()), file.getValue())) {
        written++;
      }
    }
    log.debug(
        "Catalog "
            + root
            + ": "
            + index.products().size()
            + " products, "
            + index.versionCount()
            + " versions; "
            + written
            + " index and page files rewritten");
    return notes;
  }

  /** The versions the current {@code index.json} lists; none when it is missing or unreadable. */
  private Set<String> listedVersions() {
    Set<String> listed = new HashSet<>();
    Path file = root.resolve(CatalogLayout.INDEX_JSON);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return listed;
    }
    try {
      CatalogIndex previous = CatalogJson.read(Files.readAllBytes(file), CatalogIndex.class);
      previous
          .products()
          .forEach(
              p -> p.versions().forEach(v -> listed.add(v.qualifiedName() + " " + v.version())));
    } catch (IOException e) {
      log.debug(
          "Catalog "
              + root
              + ": "
              + CatalogLayout.INDEX_JSON
              + " cannot be read ("
              + e.getMessage()
              + "); it is rebuilt");
    }
    return listed;
  }

  /** What the pages read from the version folders. */
  private CatalogSite.VersionFiles versionFiles() {
    return new CatalogSite.VersionFiles() {
      @Override
      public boolean hasReport(CatalogEntry e) {
        return DirectoryCatalog.this.hasReport(e);
      }

      @Override
      public List<String> exports(CatalogEntry e) {
        return DirectoryCatalog.this.exports(e);
      }

      @Override
      public byte[] contractFile(CatalogEntry e, String path) {
        Path file =
            root.resolve(CatalogLayout.versionFolder(e.domain(), e.name(), e.version()))
                .resolve(CatalogLayout.CONTRACT + path);
        try {
          return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
              ? Files.readAllBytes(file)
              : null;
        } catch (IOException unreadable) {
          return null; // the page says the schema cannot be compared
        }
      }

      @Override
      public Contract contract(CatalogEntry e) {
        return ContractReader.read(
            root.resolve(CatalogLayout.versionFolder(e.domain(), e.name(), e.version()))
                .resolve(CatalogLayout.CONTRACT));
      }
    };
  }

  private boolean hasReport(CatalogEntry e) {
    return Files.isRegularFile(
        root.resolve(CatalogLayout.versionFolder(e.domain(), e.name(), e.version()))
            .resolve(CatalogLayout.REPORT));
  }

  /**
   * The documents exported with {@code e} (ODCS, AsyncAPI, ...) that its entry lists under {@code
   * exports}, as paths in its version folder; a listed file that is not there, or not inside the
   * folder, is left out.
   */
  private List<String> exports(CatalogEntry e) {
    Path folder = root.resolve(CatalogLayout.versionFolder(e.domain(), e.name(), e.version()));
    List<String> exports = new ArrayList<>();
    for (String listed : e.exports()) {
      Path file = folder.resolve(listed).normalize();
      if (!listed.isEmpty()
          && file.startsWith(folder)
          && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        exports.add(folder.relativize(file).toString().replace('\\', '/'));
      }
    }
    return exports;
  }

  /**
   * Replaces {@code target} through a rename from the staging folder, so readers see the old or the
   * new file.
   */
  private boolean replaceIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && Files.size(target) == content.length
        && Arrays.equals(Files.readAllBytes(target), content)) {
      return false;
    }
    FileTrees.writeAtomically(
        target, root.resolve(CatalogLayout.STAGING), out -> out.write(content));
    return true;
  }

  /**
   * Staging folders and files exist only while a publisher holds the lock; any found under the lock
   * are a crash's leftovers. Returns a note when it removed any.
   */
  private List<String> removeLeftoverStaging() throws IOException {
    Path staging = root.resolve(CatalogLayout.STAGING);
    int removed = 0;
    if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
      try (var children = Files.list(staging)) {
        for (Path child : (Iterable<Path>) children::iterator) {
          log.debug(
              "Catalog "
                  + root
                  + ": removing "
                  + child.getFileName()
                  + ", left over from a publish that stopped");
          FileTrees.deleteTree(child);
          removed++;
        }
      }
    }
    return removed == 0
        ? List.of()
        : List.of(
            "removed "
                + removed
                + " incomplete "
                + (removed == 1 ? "file or folder" : "files or folders")
                + " in "
                + CatalogLayout.STAGING
                + ", left by a publish that stopped before its commit");
  }

  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /**
   * Makes a rename durable where the platform allows opening a directory (POSIX); elsewhere the
   * rename stands alone.
   */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open directories; the rename itself is still atomic.
    }
  }

  static SortedMap<String, byte[]> readTree(Path dir) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            List<String> names = new ArrayList<>();
            dir.relativize(file).forEach(n -> names.add(n.toString()));
            files.put(String.join("/", names), Files.readAllBytes(file));
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static PublishResult result(
      Outcome outcome,
      CatalogEntry entry,
      Path versionDir,
      List<String> files,
      List<String> differences,
      List<String> notes,
      boolean dryRun) {
    return new PublishResult(
        outcome,
        entry.qualifiedName(),
        entry.version(),
        versionDir,
        files,
        differences,
        notes,
        dryRun);
  }

  /**
   * The catalog's exclusive lock: first among this JVM's threads, then among processes through the
   * file system.
   */
  private static final class CatalogLock implements AutoCloseable {

    private final ReentrantLock inThisJvm;
    private final FileChannel channel;
    private final FileLock fileLock;

    private CatalogLock(ReentrantLock inThisJvm, FileChannel channel, FileLock fileLock) {
      this.inThisJvm = inThisJvm;
      this.channel = channel;
      this.fileLock = fileLock;
    }

    static CatalogLock acquire(Path root) throws IOException {
      ReentrantLock inThisJvm =
          LOCKS_IN_THIS_JVM.computeIfAbsent(root.toRealPath(), k -> new ReentrantLock());
      inThisJvm.lock();
      FileChannel channel = null;
      try {
        channel =
            FileChannel.open(
                root.resolve(CatalogLayout.LOCK),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        return new CatalogLock(inThisJvm, channel, channel.lock());
      } catch (IOException | RuntimeException e) {
        if (channel != null) {
          channel.close();
        }
        inThisJvm.unlock();
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        fileLock.release();
        channel.close();
      } finally {
        inThisJvm.unlock();
      }
    }
  }
}
