package dev.dataproduct.infra.registry;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.history.AdoptedHistory;
import dev.dataproduct.model.schema.StandaloneSchema;
import dev.dataproduct.rules.CompatRules;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.log.BuildLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The history a product's topics have in a schema registry: every version of each output port's
 * subjects under the topic-name strategy, {@code <topic>-value} and, for a port with a key, {@code
 * <topic>-key}, oldest first. A subject the registry does not have means that port part has no
 * earlier history, said in one line. Anything the plugin cannot read is a build error naming the
 * registry, the subject and the version: a schema that is not Avro, that uses schema references, or
 * that does not parse. An unreachable registry or refused credentials fail as {@link
 * RegistryClient} says.
 */
public final class RegistryHistory {

  private RegistryHistory() {}

  /** The registry's history of the output ports of {@code product}. */
  public static AdoptedHistory read(RegistryClient client, DataProduct product, BuildLog log) {
    // Proves the URL is a registry's API, so that a 404 below means "no such subject", not a wrong
    // URL.
    // The list itself is not trusted: a registry with access control lists only what one may read.
    client.subjects();
    Map<String, AdoptedHistory.PortHistory> ports = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (OutputPort port : product.outputPorts()) {
      if (port.name() == null || port.topic() == null || ports.containsKey(port.name())) {
        continue;
      }
      if (port.key() == null) {
        keysOfAKeylessPort(client, port).ifPresent(findings::add);
      }
      List<ReleasedSchema> key =
          port.key() == null ? List.of() : versions(client, port, "key", log);
      List<ReleasedSchema> value = versions(client, port, "value", log);
      if (!key.isEmpty() || !value.isEmpty()) {
        ports.put(port.name(), new AdoptedHistory.PortHistory(key, value));
      }
    }
    return new AdoptedHistory("the schema registry at " + client.url(), ports, findings);
  }

  /**
   * A port that declares no key, on a topic whose key subject holds versions: its records were
   * written with Avro keys, and writing none now is the key change check reports against a baseline
   * (COMPAT-KEY-CHANGED), not a history to leave unread.
   */
  private static Optional<Finding> keysOfAKeylessPort(RegistryClient client, OutputPort port) {
    String subject = port.topic() + "-key";
    List<Integer> versions = client.versions(subject);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
                CompatRules.KEY_CHANGED,
                port.node().positionOf("name"),
                "Port \"%s\" declares no key, but subject %s in the schema registry at %s holds %s of its keys; records without a key land on other partitions and compaction no longer keeps one record per key"
                    .formatted(
                        port.name(),
                        subject,
                        client.url(),
                        Counts.plural(versions.size(), "version")))
            .withHint(
                "declare the port's key as the latest version of subject %s has it"
                    .formatted(subject))
            .withTarget("outputPorts/" + port.name() + "/key"));
  }

  private static List<ReleasedSchema> versions(
      RegistryClient client, OutputPort port, String part, BuildLog log) {
    String subject = port.topic() + "-" + part;
    List<Integer> numbers = client.versions(subject);
    if (numbers.isEmpty()) {
      log.info(
          "No subject "
              + subject
              + " in the schema registry at "
              + client.url()
              + ": the "
              + part
              + " of port \""
              + port.name()
              + "\" has no earlier history there");
      return List.of();
    }
    List<ReleasedSchema> history = new ArrayList<>();
    for (int number : numbers) {
      RegistryClient.SubjectVersion version = client.version(subject, number);
      String origin = "version " + number + " of subject " + subject + " in " + client.url();
      history.add(new ReleasedSchema("registry-v" + number, parse(version, origin), origin));
    }
    return history;
  }

  /** Each version is parsed on its own, as the registry's own check does. */
  private static Schema parse(RegistryClient.SubjectVersion version, String origin) {
    if (!version.schemaType().toUpperCase(Locale.ROOT).equals("AVRO")) {
      throw new BuildError(
          capitalized(origin)
              + " is a "
              + version.schemaType()
              + " schema, not Avro; this plugin checks Avro only,"
              + " so that history cannot be checked: point dataproduct.history at a folder of the Avro versions instead");
    }
    if (version.references() > 0) {
      throw new BuildError(
          capitalized(origin)
              + " uses "
              + version.references()
              + " schema reference(s), which the plugin does not resolve;"
              + " put complete versions in a history folder and point dataproduct.history at it");
    }
    // Read as the project's own files are, so that a version nested too deeply is an error, not a
    // stack overflow.
    StandaloneSchema read = StandaloneSchema.parse(version.schema(), origin);
    if (read.problem() != null) {
      throw new BuildError(
          capitalized(origin)
              + " is not a valid Avro schema ("
              + read.problem().detail()
              + "); fix that version in the registry,"
              + " or point dataproduct.history at a folder of the versions as they should read");
    }
    return read.schema();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
