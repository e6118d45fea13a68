package dev.dataproduct.infra.backstage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dataproduct.infra.catalog.CatalogEntry;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.history.VersionOrder;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Publishing a product version into a Backstage software catalog, the way Backstage operators feed
 * it: entity YAML files in a folder that a web server serves ({@code entityDirectory} at {@code
 * entityUrl}), each registered once as a {@code url} location ({@code POST
 * /api/catalog/locations}); Backstage reads them on its own from then on. The layout of the folder:
 *
 * <pre>
 * domains/&lt;domain&gt;.yaml                      the Domain, written when absent
 * groups/&lt;group&gt;.yaml                        the owning team's Group, written when absent
 * products/&lt;domain&gt;/&lt;name&gt;.yaml              the newest version: System, Component, APIs (registered)
 * products/&lt;domain&gt;/&lt;name&gt;/&lt;version&gt;.yaml    each version as published, never changed
 * </pre>
 *
 * Two phases, so that a publication over several targets can check them all before writing any:
 * {@link #check} only reads (Backstage answers and takes the token; the version is new, or
 * published with the same content, or refused because it was published with other content), and
 * {@link #write} writes what the check planned, asks Backstage to read it now, and waits until
 * Backstage shows the version. When writing fails, the files and the locations it registered are
 * taken back, and the error says so.
 */
public final class BackstagePublication {

  /**
   * Where Backstage and the entity folder are.
   *
   * @param url the Backstage backend's base URL
   * @param token a static token of its {@code backend.auth.externalAccess}
   * @param tokenSource where the token came from, for messages (the token never shows)
   * @param entityDirectory the folder the entity files are written to
   * @param entityUrl the URL at which Backstage reads that folder
   * @param shownWithin how long to wait for Backstage to show a written version
   */
  public record Settings(
      String url,
      String token,
      String tokenSource,
      Path entityDirectory,
      String entityUrl,
      Duration shownWithin) {}

  /** What the check found. */
  public enum Verdict {
    /** The version is not in the folder: it is written. */
    NEW,
    /** The version is in the folder with the same content: nothing is written. */
    IDENTICAL,
    /** The version is in the folder with other content: refused. */
    REFUSED
  }

  /**
   * What {@link #write} will do; made by {@link #check}.
   *
   * @param files the files to write, with their content, in order
   * @param unregistered the files' URLs that Backstage has no location for yet
   * @param newest the version the product's registered file holds once written
   */
  public record Plan(
      String product,
      String version,
      Verdict verdict,
      String message,
      Map<Path, byte[]> files,
      List<String> unregistered,
      String newest,
      String productUrl) {

    public boolean refused() {
      return verdict == Verdict.REFUSED;
    }

    /** Nothing to write and nothing to register. */
    public boolean nothingToDo() {
      return files.isEmpty() && unregistered.isEmpty();
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Where Backstage says an entity was read from: {@code url:<target>}. */
  private static final String MANAGED_BY_LOCATION = "backstage.io/managed-by-location";

  private final Settings settings;
  private final BackstageClient client;
  private final BuildLog log;

  public BackstagePublication(Settings settings, BuildLog log) {
    this.settings = settings;
    this.client =
        new BackstageClient(settings.url(), settings.token(), settings.tokenSource(), log);
    this.log = log;
  }

  public String url() {
    return client.url();
  }

  /**
   * Reads the folder and Backstage and plans the write; changes nothing.
   *
   * @param asyncApi the product's AsyncAPI document, each API entity's definition
   * @throws BuildError when Backstage cannot be reached, refuses the token, or the folder cannot be
   *     read
   */
  public Plan check(Contract contract, Supplier<String> asyncApi) {
    CatalogEntry entry = CatalogEntry.of(contract);
    String product = entry.qualifiedName();
    byte[] content = BackstageEntities.product(entry, asyncApi.get());
    Path root = settings.entityDirectory();
    Path versionFile =
        root.resolve("products")
            .resolve(entry.domain())
            .resolve(entry.name())
            .resolve(entry.version() + ".yaml");
    Path productFile =
        root.resolve("products").resolve(entry.domain()).resolve(entry.name() + ".yaml");
    Path domainFile = root.resolve("domains").resolve(entry.domain() + ".yaml");
    Path groupFile =
        root.resolve("groups").resolve(BackstageEntities.groupName(entry.owner().team()) + ".yaml");

    Optional<byte[]> published = read(versionFile);
    if (published.isPresent() && !Arrays.equals(published.get(), content)) {
      return new Plan(
          product,
          entry.version(),
          Verdict.REFUSED,
          product
              + " "
              + entry.version()
              + " is already published to Backstage ("
              + versionFile
              + ") with other content;"
              + " release it under a new version (a patch version for a fix): a published version never changes",
          Map.of(),
          List.of(),
          null,
          null);
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    if (read(domainFile).isEmpty()) {
      files.put(domainFile, BackstageEntities.domain(entry.domain(), entry.owner().team()));
    }
    if (read(groupFile).isEmpty()) {
      files.put(groupFile, BackstageEntities.group(entry.owner().team(), entry.owner().email()));
    }
    String newest = entry.version();
    if (published.isEmpty()) {
      files.put(versionFile, content);
      Optional<String> current = read(productFile).map(BackstagePublication::versionOf);
      if (current.isPresent()
          && VersionOrder.ASCENDING.compare(current.get(), entry.version()) > 0) {
        newest = current.get();
      } else {
        files.put(productFile, content);
      }
    } else {
      newest = read(productFile).map(BackstagePublication::versionOf).orElse(entry.version());
    }
    // Reachable, the token taken, and which of the files Backstage already reads.
    Map<String, BackstageClient.Location> registered = client.locations();
    List<String> unregistered = new ArrayList<>();
    for (Path file : List.of(domainFile, groupFile, productFile)) {
      if (!registered.containsKey(urlOf(file))) {
        unregistered.add(urlOf(file));
      }
    }
    Verdict verdict = published.isPresent() ? Verdict.IDENTICAL : Verdict.NEW;
    String message =
        verdict == Verdict.IDENTICAL
            ? product
                + " "
                + entry.version()
                + " is already published to Backstage with identical content"
            : product + " " + entry.version() + " is new to Backstage";
    return new Plan(
        product,
        entry.version(),
        verdict,
        message,
        files,
        unregistered,
        newest,
        urlOf(productFile));
  }

  /** What {@link #write} did, for the build's log. */
  public record Result(int filesWritten, int locationsRegistered) {
    public String summary() {
      return filesWritten
          + (filesWritten == 1 ? " file" : " files")
          + " written, "
          + locationsRegistered
          + (locationsRegistered == 1 ? " location" : " locations")
          + " registered";
    }
  }

  /**
   * Writes what {@code plan} says, registers the new locations, and waits until Backstage shows the
   * newest version. On failure the files are restored and the locations registered here are removed
   * before the error is thrown.
   *
   * @throws BuildError when writing, registering or the wait fails
   * @throws IllegalArgumentException for a refused plan
   */
  public Result write(Plan plan) {
    if (plan.refused()) {
      throw new IllegalArgumentException("A refused publication is not written: " + plan.message());
    }
    if (plan.nothingToDo()) {
      return new Result(0, 0);
    }
    Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
    List<BackstageClient.Location> registered = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> file : plan.files().entrySet()) {
        before.put(file.getKey(), read(file.getKey()));
        writeAtomically(file.getKey(), file.getValue());
      }
      for (String target : plan.unregistered()) {
        client.register(target).ifPresent(registered::add);
      }
      if (!plan.files().isEmpty()) {
        // Backstage reads a location at its own pace (every 100 to 150 s by default); this asks for
        // now.
        Optional.ofNullable(client.locations().get(plan.productUrl()))
            .map(BackstageClient.Location::entityRef)
            .ifPresent(client::refresh);
      }
      awaitShown(plan);
      return new Result(plan.files().size(), registered.size());
    } catch (BuildError e) {
      String undone = undo(before, registered);
      throw new BuildError(e.getMessage() + "; " + undone, e);
    }
  }

  /**
   * Waits until Backstage shows the newest version, read from this publication's own file (not
   * another location's).
   */
  private void awaitShown(Plan plan) {
    String system = BackstageEntities.systemName(plan.product());
    String origin = "url:" + plan.productUrl();
    long deadline = System.nanoTime() + settings.shownWithin().toNanos();
    while (true) {
      Optional<JsonNode> annotations =
          client
              .entity("system", system)
              .map(entity -> entity.path("metadata").path("annotations"));
      String version =
          annotations.map(a -> a.path(BackstageEntities.VERSION).asText(null)).orElse(null);
      String location = annotations.map(a -> a.path(MANAGED_BY_LOCATION).asText(null)).orElse(null);
      if (plan.newest().equals(version) && origin.equals(location)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        String shown =
            annotations.isEmpty() ? "no such system" : "version " + version + " from " + location;
        throw new BuildError(
            "Backstage at "
                + client.url()
                + " did not show "
                + plan.product()
                + " "
                + plan.newest()
                + " from "
                + plan.productUrl()
                + " within "
                + settings.shownWithin().toSeconds()
                + " s (it shows "
                + shown
                + "); check that Backstage may read that URL"
                + " (backend.reading.allow) and its log for processing errors");
      }
      sleep();
    }
  }

  /** Takes back the files and locations of a failed write; says what was done. */
  private String undo(
      Map<Path, Optional<byte[]>> before, List<BackstageClient.Location> registered) {
    List<String> left = new ArrayList<>();
    for (Map.Entry<Path, Optional<byte[]>> file : before.entrySet()) {
      try {
        if (file.getValue().isPresent()) {
          writeAtomically(file.getKey(), file.getValue().get());
        } else {
          Files.deleteIfExists(file.getKey());
        }
      } catch (IOException | BuildError e) {
        left.add(file.getKey().toString());
      }
    }
    for (BackstageClient.Location location : registered) {
      try {
        client.unregister(location.id());
      } catch (BuildError e) {
        left.add("the location " + location.target());
      }
    }
    return left.isEmpty()
        ? "the entity files and Backstage's locations were left as they were"
        : "could not take back " + String.join(", ", left) + "; remove them by hand";
  }

  private String urlOf(Path file) {
    String base =
        settings.entityUrl().endsWith("/") ? settings.entityUrl() : settings.entityUrl() + "/";
    return base + settings.entityDirectory().relativize(file).toString().replace('\\', '/');
  }

  /** The version annotation of the first entity in a product file. */
  static String versionOf(byte[] content) {
    try {
      JsonNode first = YAML.readerFor(JsonNode.class).<JsonNode>readValues(content).next();
      return first.path("metadata").path("annotations").path(BackstageEntities.VERSION).asText();
    } catch (IOException | RuntimeException e) {
      throw new BuildError("Cannot read the version of a Backstage entity file: " + e.getMessage());
    }
  }

  private static Optional<byte[]> read(Path file) {
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read " + file + ": " + e.getMessage() + "; check its permissions");
    }
  }

  private static void writeAtomically(Path file, byte[] content) {
    try {
      // Readable as the folder's other files are (Backstage may run as another user).
      FileTrees.writeAtomically(file, content);
    } catch (FileAlreadyExistsException e) {
      throw new BuildError(
          "Cannot write " + file + ": it appeared while publishing; publish again");
    } catch (IOException e) {
      throw new BuildError(
          "Cannot write " + file + ": " + e.getMessage() + "; check that the folder is writable");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildError("Interrupted while waiting for Backstage");
    }
  }
}
