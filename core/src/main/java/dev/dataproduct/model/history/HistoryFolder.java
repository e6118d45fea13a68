package dev.dataproduct.model.history;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.contract.ContractLayout;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.schema.StandaloneSchema;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.support.BuildError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Reads a folder of earlier {@code .avsc} versions, laid out as the packed contract lays out its
 * history:
 *
 * <pre>
 * &lt;folder&gt;/
 *   &lt;port&gt;/value/&lt;version&gt;.avsc    one file per earlier version of the port's value
 *   &lt;port&gt;/key/&lt;version&gt;.avsc      the same for its key, for a port that has one
 * </pre>
 *
 * <p>{@code <port>} is an output port's name; {@code <version>} names the version (a release number
 * such as {@code 1.4.0}, or {@code 1}, {@code 2}, ... for registry versions) and orders them: by
 * number, {@code 1.10.0} after {@code 1.9.0}. Each file is a complete schema that parses on its
 * own, as a registry stores it. Files not ending in {@code .avsc} are left alone (a README), and so
 * are hidden ones. Every other problem is a {@code COMPAT-HISTORY-SCHEMA} finding on the file: a
 * history that was only partly read would check less than it claims.
 */
public final class HistoryFolder {

  private static final List<String> PARTS = List.of("key", "value");

  private final Path folder;
  private final String display;
  private final DataProduct product;
  private final List<Finding> findings = new ArrayList<>();

  private HistoryFolder(Path folder, String display, DataProduct product) {
    this.folder = folder;
    this.display = display;
    this.product = product;
  }

  /**
   * The history in {@code folder} for the output ports of {@code product}.
   *
   * @param display the folder as findings and messages name it, relative to the project
   * @throws BuildError when the folder is not a directory or cannot be read
   */
  public static AdoptedHistory read(Path folder, String display, DataProduct product) {
    if (!Files.isDirectory(folder)) {
      throw new BuildError(
          "dataproduct.history points at "
              + display
              + ", which is not a directory; give a folder holding <port>/value/<version>.avsc"
              + " (and <port>/key/<version>.avsc), or registry for the schema registry's subjects");
    }
    try {
      return new HistoryFolder(folder, display, product).read();
    } catch (IOException e) {
      throw new BuildError(
          "Cannot read the history folder "
              + display
              + ": "
              + e.getMessage()
              + "; check its permissions",
          e);
    }
  }

  private AdoptedHistory read() throws IOException {
    Map<String, AdoptedHistory.PortHistory> ports = new LinkedHashMap<>();
    for (Path portDir : children(folder)) {
      String name = portDir.getFileName().toString();
      if (!Files.isDirectory(portDir)) {
        if (name.endsWith(".avsc")) {
          problem(
              portDir,
              "%s is not in a port's folder".formatted(show(portDir)),
              "move it to <port>/value/%s or <port>/key/%s, where <port> is the output port it is a version of"
                  .formatted(name, name));
        }
        continue;
      }
      Optional<OutputPort> port = product.outputPort(name);
      if (port.isEmpty()) {
        problem(
            portDir,
            "Folder %s is named after no output port of %s"
                .formatted(show(portDir), product.name()),
            "name it after the output port whose history it holds: "
                + String.join(", ", portNames()));
        continue;
      }
      List<ReleasedSchema> key = List.of();
      List<ReleasedSchema> value = List.of();
      for (Path partDir : children(portDir)) {
        String part = partDir.getFileName().toString();
        if (!Files.isDirectory(partDir) || !PARTS.contains(part)) {
          if (Files.isDirectory(partDir) || part.endsWith(".avsc")) {
            problem(
                partDir,
                "%s is neither %s/key nor %s/value".formatted(show(partDir), name, name),
                "put each earlier version of the value in %s/value/<version>.avsc, of the key in %s/key/<version>.avsc"
                    .formatted(name, name));
          }
          continue;
        }
        if (part.equals("key") && port.get().key() == null) {
          problem(
              partDir,
              "Port \"%s\" has no key, but %s holds key versions".formatted(name, show(partDir)),
              "declare the port's key in dataproduct.yaml, or remove " + show(partDir));
          continue;
        }
        List<ReleasedSchema> versions = versions(partDir);
        if (part.equals("key")) {
          key = versions;
        } else {
          value = versions;
        }
      }
      if (!key.isEmpty() || !value.isEmpty()) {
        ports.put(name, new AdoptedHistory.PortHistory(key, value));
      }
    }
    return new AdoptedHistory("the history folder " + display, ports, findings);
  }

  /** The versions in one {@code key} or {@code value} folder, oldest first. */
  private List<ReleasedSchema> versions(Path partDir) throws IOException {
    List<ReleasedSchema> versions = new ArrayList<>();
    for (Path file : children(partDir)) {
      String fileName = file.getFileName().toString();
      if (!fileName.endsWith(".avsc")) {
        continue;
      }
      String version = fileName.substring(0, fileName.length() - ".avsc".length());
      if (!Files.isRegularFile(file) || !ContractLayout.isSafeName(version)) {
        problem(
            file,
            "%s is not a file named <version>.avsc".formatted(show(file)),
            "name each version's file after the version, with letters, digits and . _ + - (such as 1.4.0.avsc or 3.avsc)");
        continue;
      }
      schema(file)
          .ifPresent(schema -> versions.add(new ReleasedSchema(version, schema, show(file))));
    }
    versions.sort(Comparator.comparing(ReleasedSchema::version, VersionOrder.ASCENDING));
    return versions;
  }

  /** The schema in {@code file}, or empty with a finding saying why not. */
  private Optional<Schema> schema(Path file) throws IOException {
    StandaloneSchema read = StandaloneSchema.read(file, show(file));
    if (read.problem() == null) {
      return Optional.of(read.schema());
    }
    StandaloneSchema.Problem problem = read.problem();
    String[] messageAndHint =
        switch (problem.kind()) {
          case NOT_UTF8 ->
              new String[] {"%s is not UTF-8 text".formatted(show(file)), "save the file as UTF-8"};
          case JSON ->
              new String[] {
                "Not valid JSON: " + problem.detail(),
                "fix the JSON syntax; the file holds one earlier version of the schema, as the registry stored it"
              };
          case TOO_DEEP ->
              new String[] {
                "%s nests deeper than %d levels of JSON; it is not read further"
                    .formatted(show(file), StandaloneSchema.MAX_DEPTH),
                "flatten the schema: define the nested records once and refer to them by name"
              };
          case AVRO ->
              new String[] {
                "%s is not a valid Avro schema: %s".formatted(show(file), problem.detail()),
                "each file holds one complete schema that parses on its own, with every named type it uses defined in it"
              };
        };
    findings.add(
        Finding.of(CompatRules.HISTORY_SCHEMA, problem.at(), messageAndHint[0])
            .withHint(messageAndHint[1])
            .withTarget(target(file)));
    return Optional.empty();
  }

  private void problem(Path path, String message, String hint) {
    SourcePosition at =
        Files.isRegularFile(path)
            ? new SourcePosition(show(path), 1, 1)
            : SourcePosition.file(show(path));
    findings.add(
        Finding.of(CompatRules.HISTORY_SCHEMA, at, message)
            .withHint(hint)
            .withTarget(target(path)));
  }

  /** {@code outputPorts/<port>}, or with the part, as waivers name it. */
  private String target(Path path) {
    Path relative = folder.relativize(path);
    String target = "outputPorts/" + relative.getName(0);
    return relative.getNameCount() > 1 && PARTS.contains(relative.getName(1).toString())
        ? target + "/" + relative.getName(1)
        : target;
  }

  private List<String> portNames() {
    return product.outputPorts().stream().map(OutputPort::name).filter(n -> n != null).toList();
  }

  private String show(Path path) {
    List<String> names = new ArrayList<>();
    folder.relativize(path).forEach(n -> names.add(n.toString()));
    return display + "/" + String.join("/", names);
  }

  /**
   * The entries of {@code dir} in name order, without hidden ones ({@code .git}, {@code
   * .DS_Store}).
   */
  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }
}
