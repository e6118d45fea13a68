package dev.dataproduct.model.contract;

import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.ContractIndex.HistoryEntry;
import dev.dataproduct.model.contract.ContractIndex.PortEntry;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.DescriptorReader;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.yaml.YamlLoadResult;
import dev.dataproduct.model.descriptor.yaml.YamlLoader;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.avro.Schema;

/**
 * Reads a contract from a data product's jar, from an exploded directory that contains {@code
 * META-INF/dataproduct/}, or from a contract directory itself.
 *
 * <p>Jars come from repositories and are not trusted. Only the entries {@code contract.json} names
 * are read, looked up by name, never extracted, and only names that stay inside the contract
 * directory are accepted; each entry is capped at {@link #MAX_ENTRY_BYTES}, the whole contract at
 * {@link #MAX_TOTAL_BYTES} and {@link #MAX_SCHEMA_FILES} schema files. Anything malformed is a
 * {@link BuildError} that names the file, the entry and what to do.
 */
public final class ContractReader {

  /** The largest entry read; a schema of a few kilobytes is usual. */
  public static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;

  /** The most bytes read for one contract. */
  public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

  /** The most schema files one contract may name: ports times releases times two. */
  public static final int MAX_SCHEMA_FILES = 10_000;

  private ContractReader() {}

  /**
   * Whether {@code jarOrDir} carries a contract, without reading it: cheap enough to scan every
   * dependency. A file that is not a readable zip has none.
   */
  public static boolean hasContract(Path jarOrDir) {
    try (Source source = open(jarOrDir)) {
      return source != null;
    } catch (IOException | BuildError e) {
      return false;
    }
  }

  /** The contract {@code jarOrDir} carries, or empty when it carries none; see {@link #read}. */
  public static Optional<Contract> readIfPresent(Path jarOrDir) {
    return hasContract(jarOrDir) ? Optional.of(read(jarOrDir)) : Optional.empty();
  }

  /**
   * Reads the contract {@code jarOrDir} carries.
   *
   * @throws BuildError when there is none, or it cannot be read, or it is malformed
   */
  public static Contract read(Path jarOrDir) {
    try (Source source = open(jarOrDir)) {
      if (source == null) {
        throw new BuildError(
            jarOrDir
                + " has no "
                + ContractLayout.INDEX_ENTRY
                + ": was it built with dataproduct-maven-plugin? Only jars built with dataproduct-maven-plugin "
                + ContractLayout.FIRST_PLUGIN_VERSION
                + " or later carry a contract; build and deploy it with the plugin");
      }
      return new Reading(source).contract();
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read "
              + jarOrDir
              + ": "
              + e.getMessage()
              + "; check that the file is readable and not damaged (delete it from the local repository to download it again)",
          e);
    }
  }

  /** A source with a contract index, or {@code null} when {@code path} has none. */
  private static Source open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      Path exploded = path.resolve(ContractLayout.DIRECTORY);
      if (Files.isRegularFile(exploded.resolve(ContractLayout.INDEX))) {
        return new DirectorySource(exploded);
      }
      return Files.isRegularFile(path.resolve(ContractLayout.INDEX))
          ? new DirectorySource(path)
          : null;
    }
    if (!Files.isRegularFile(path)) {
      throw new BuildError(
          "Cannot read a contract from " + path + ": there is no such file or directory");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new BuildError(
          "Cannot read a contract from " + path + ": it is not a jar (" + e.getMessage() + ")", e);
    }
    ZipEntry index = zip.getEntry(ContractLayout.INDEX_ENTRY);
    if (index == null || index.isDirectory()) {
      zip.close();
      return null;
    }
    return new JarSource(path, zip);
  }

  /** One read of one contract, counting what it reads. */
  private static final class Reading {
    private final Source source;
    private long totalBytes;

    Reading(Source source) {
      this.source = source;
    }

    Contract contract() throws IOException {
      ContractIndex index;
      try {
        index = ContractIndex.parse(required(ContractLayout.INDEX));
      } catch (MalformedContract e) {
        throw malformed(ContractLayout.INDEX, e);
      }
      List<String> files = index.schemaFiles();
      if (files.size() > MAX_SCHEMA_FILES) {
        throw malformed(
            ContractLayout.INDEX,
            "names " + files.size() + " schema files, more than the limit of " + MAX_SCHEMA_FILES);
      }
      DataProduct product = descriptor(index);
      Map<String, PortContract> ports = new LinkedHashMap<>();
      for (OutputPort port : product.outputPorts()) {
        PortEntry entry = port.name() == null ? null : index.ports().get(port.name());
        if (entry != null && !ports.containsKey(port.name())) {
          Schema key = entry.key() == null ? null : schema(entry.key());
          if (OutputPort.KEY_ENCODING_KAFKA.equals(entry.keyEncoding())
              && key != null
              && !KafkaKeySerializers.writes(key.getType())) {
            throw malformed(
                ContractLayout.INDEX,
                "port \""
                    + port.name()
                    + "\" has keyEncoding \"kafka\" but a "
                    + key.getType().getName()
                    + " key, which Kafka's serializers cannot write");
          }
          PortContract read =
              new PortContract(
                  port.name(),
                  key,
                  entry.keyEncoding(),
                  schema(entry.value()),
                  history(entry.keyHistory()),
                  history(entry.valueHistory()),
                  entry.transitiveFrom());
          // Jars packed before transitiveFrom existed lack it: work it out from their history.
          ports.put(
              port.name(),
              HistoryRestart.replayed(
                  read, index.version(), CompatibilityLevel.parse(port.effectiveCompatibility())));
        }
      }
      for (String name : index.ports().keySet()) {
        if (!ports.containsKey(name)) {
          throw malformed(
              ContractLayout.INDEX,
              "port \"" + name + "\" is not an output port of " + index.descriptor());
        }
      }
      for (OutputPort port : product.outputPorts()) {
        if (port.name() != null && !ports.containsKey(port.name())) {
          // Every output port of a valid product has a value schema, so its release packed an
          // entry; read without one, the port would have no schemas and check would compare none.
          throw malformed(
              ContractLayout.INDEX,
              "output port \""
                  + port.name()
                  + "\" of "
                  + index.descriptor()
                  + " has no entry in \"ports\"");
        }
      }
      return new Contract(product, index.version(), Collections.unmodifiableMap(ports));
    }

    private DataProduct descriptor(ContractIndex index) throws IOException {
      String entry = index.descriptor();
      YamlLoadResult loaded = new YamlLoader().parse(required(entry), source.display(entry));
      Optional<Finding> error =
          loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
      if (error.isPresent() || loaded.document().isEmpty()) {
        throw new BuildError(
            error.map(Finding::diagnosticLine).orElse(source.display(entry) + ": not a descriptor")
                + "; "
                + source.rebuild());
      }
      DataProduct product = DescriptorReader.read(loaded.document().get());
      agree(entry, "product", index.product(), "name", product.name());
      agree(entry, "domain", index.domain(), "domain", product.domain());
      agree(entry, "version", index.version(), "version", product.version());
      return product;
    }

    private void agree(
        String entry,
        String indexMember,
        String indexValue,
        String descriptorKey,
        String descriptorValue) {
      if (!Objects.equals(indexValue, descriptorValue)) {
        throw malformed(
            entry,
            descriptorKey
                + " is "
                + (descriptorValue == null ? "missing" : "\"" + descriptorValue + "\"")
                + ", but "
                + ContractLayout.INDEX
                + " says "
                + indexMember
                + " \""
                + indexValue
                + "\"");
      }
    }

    private List<ReleasedSchema> history(List<HistoryEntry> entries) throws IOException {
      List<ReleasedSchema> history = new ArrayList<>();
      for (HistoryEntry entry : entries) {
        history.add(new ReleasedSchema(entry.version(), schema(entry.file()), entry.origin()));
      }
      return history;
    }

    /** Each file is self-contained, so each gets a parser of its own. */
    private Schema schema(String entry) throws IOException {
      String text = new String(required(entry), StandardCharsets.UTF_8);
      try {
        return new Schema.Parser().parse(text);
      } catch (RuntimeException e) { // Avro reports bad input with several unchecked exceptions
        throw malformed(entry, "not a valid Avro schema (" + e.getMessage() + ")");
      }
    }

    private byte[] required(String entry) throws IOException {
      byte[] content;
      try {
        content =
            source
                .read(entry)
                .orElseThrow(
                    () ->
                        new MalformedContract(
                            ContractLayout.INDEX.equals(entry)
                                ? "missing"
                                : "missing, though " + ContractLayout.INDEX + " names it"));
      } catch (MalformedContract e) {
        throw malformed(entry, e);
      }
      totalBytes += content.length;
      if (totalBytes > MAX_TOTAL_BYTES) {
        throw malformed(
            entry, "the contract is larger than the limit of " + MAX_TOTAL_BYTES + " bytes");
      }
      return content;
    }

    private BuildError malformed(String entry, MalformedContract e) {
      return new BuildError(
          source.display(entry)
              + ": "
              + e.problem()
              + "; "
              + (e.fix() != null ? e.fix() : source.rebuild()));
    }

    private BuildError malformed(String entry, String problem) {
      return malformed(entry, new MalformedContract(problem));
    }
  }

  /** Where the contract's files come from. */
  private sealed interface Source extends Closeable permits JarSource, DirectorySource {

    /**
     * The file {@code name} (relative to the contract directory, already checked to stay inside
     * it), or empty when there is none.
     *
     * @throws MalformedContract when it is larger than {@link #MAX_ENTRY_BYTES}
     */
    Optional<byte[]> read(String name) throws IOException;

    /** How messages name the file {@code name}. */
    String display(String name);

    /** What to do about a malformed contract. */
    String rebuild();
  }

  private static byte[] bounded(InputStream in, long declaredSize) throws IOException {
    if (declaredSize > MAX_ENTRY_BYTES) {
      throw tooLarge(declaredSize);
    }
    byte[] content = in.readNBytes((int) MAX_ENTRY_BYTES + 1); // the declared size may lie
    if (content.length > MAX_ENTRY_BYTES) {
      throw tooLarge(content.length);
    }
    return content;
  }

  private static MalformedContract tooLarge(long size) {
    return new MalformedContract(
        "larger than the limit of " + MAX_ENTRY_BYTES + " bytes (" + size + " bytes or more)");
  }

  private record JarSource(Path jar, ZipFile zip) implements Source {

    @Override
    public Optional<byte[]> read(String name) throws IOException {
      ZipEntry entry = zip.getEntry(ContractLayout.DIRECTORY + "/" + name);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return Optional.of(bounded(in, entry.getSize()));
      }
    }

    @Override
    public String display(String name) {
      return jar + "!/" + ContractLayout.DIRECTORY + "/" + name;
    }

    @Override
    public String rebuild() {
      return "rebuild and redeploy "
          + jar.getFileName()
          + " with dataproduct-maven-plugin "
          + ContractLayout.FIRST_PLUGIN_VERSION
          + " or later";
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  private record DirectorySource(Path root) implements Source {

    @Override
    public Optional<byte[]> read(String name) throws IOException {
      Path file = root.resolve(name);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      if (!FileTrees.isInside(root, file)) {
        throw new MalformedContract("a symbolic link that leads outside " + root);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(bounded(in, Files.size(file)));
      }
    }

    @Override
    public String display(String name) {
      return root.resolve(name).toString();
    }

    @Override
    public String rebuild() {
      return "rebuild the project that wrote "
          + root
          + " with dataproduct-maven-plugin "
          + ContractLayout.FIRST_PLUGIN_VERSION
          + " or later";
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
