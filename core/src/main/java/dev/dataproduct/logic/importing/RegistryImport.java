package dev.dataproduct.logic.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.compat.CompatibilityLevel;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.registry.RegistryClient;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.schema.StandaloneSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A descriptor and schemas from a schema registry's subjects (TopicNameStrategy): each topic with a
 * {@code <topic>-value} subject becomes an output port, with its {@code <topic>-key} subject as the
 * key; the latest version of each, and the subject's compatibility level (the registry's default
 * for a subject without one of its own).
 */
public final class RegistryImport {

  private static final String NONE = "NONE";

  private RegistryImport() {}

  /**
   * @param topicPrefix only topics starting with it ({@code sales.orders.}), or {@code null} for
   *     every topic
   */
  public static ImportResult read(
      RegistryClient registry, String domain, String name, String topicPrefix) {
    ProductDraft draft = new ProductDraft(domain, name);
    SourcePosition registryAt = SourcePosition.file(registry.url());
    Map<String, String[]> topics = new TreeMap<>();
    DefaultLevel registryDefault = new DefaultLevel();
    for (String subject : registry.subjects()) {
      String part = subject.endsWith("-value") ? "value" : subject.endsWith("-key") ? "key" : null;
      if (part == null) {
        draft.unmapped(
            at(registry, subject),
            "Subject "
                + subject
                + " does not follow <topic>-key / <topic>-value; it is not imported",
            "Only the TopicNameStrategy's subjects name a topic.");
        continue;
      }
      String topic = subject.substring(0, subject.length() - part.length() - 1);
      if (topicPrefix == null || topic.startsWith(topicPrefix)) {
        topics.computeIfAbsent(topic, t -> new String[2])[part.equals("key") ? 0 : 1] = subject;
      }
    }
    for (Map.Entry<String, String[]> topic : topics.entrySet()) {
      String keySubject = topic.getValue()[0];
      String valueSubject = topic.getValue()[1];
      if (valueSubject == null) {
        draft.unmapped(
            at(registry, keySubject),
            "Subject "
                + keySubject
                + " has no "
                + topic.getKey()
                + "-value beside it; it is not imported",
            null);
        continue;
      }
      Schema value = latest(registry, valueSubject, draft);
      Schema key = keySubject == null ? null : latest(registry, keySubject, draft);
      if (value == null || keySubject != null && key == null) {
        continue;
      }
      ObjectNode port = draft.outputPorts.addObject();
      String portName = portName(topic.getKey());
      port.put("name", portName);
      port.put("topic", topic.getKey());
      if (key != null) {
        ObjectNode ref = draft.typeReference(key, portName + "-key");
        // A key in a registry subject is written in the registry's encoding, whatever its type.
        if (!ProductDraft.isNamed(key)) {
          ref.put("encoding", OutputPort.KEY_ENCODING_AVRO);
        }
        port.set("key", ref);
      } else {
        draft.unmapped(
            at(registry, valueSubject),
            "Topic " + topic.getKey() + " has no key subject: the port is imported without a key",
            "If its records have keys written by Kafka's serializers, add key: { type: string } (or the key's type) to the port.");
      }
      port.set("value", draft.typeReference(value, portName + "-value"));
      String level = level(registry, valueSubject, registryDefault, draft);
      if (keySubject != null) {
        level = holdingBoth(registry, keySubject, valueSubject, level, registryDefault, draft);
      }
      if (!level.equals(OutputPort.DEFAULT_COMPATIBILITY)) {
        port.put("compatibility", level);
      }
      // Schemas in a registry are read with Confluent's wire format: magic byte and schema id.
      port.put("encoding", "confluent");
    }
    return draft.result(registryAt);
  }

  private static Schema latest(RegistryClient registry, String subject, ProductDraft draft) {
    List<Integer> versions = registry.versions(subject);
    if (versions.isEmpty()) {
      draft.error(at(registry, subject), "Subject " + subject + " has no versions", null);
      return null;
    }
    int version = versions.get(versions.size() - 1);
    RegistryClient.SubjectVersion latest = registry.version(subject, version);
    SourcePosition at = at(registry, subject + "/versions/" + version);
    if (versions.size() > 1) {
      // Consumers may still read records written with the earlier versions; the import keeps none
      // of them, so the first release checks against them only when it adopts the history.
      draft.unmapped(
          at(registry, subject),
          "Subject "
              + subject
              + " holds "
              + versions.size()
              + " versions; the port is imported with the latest, version "
              + version
              + ", and the earlier ones are not imported",
          "Have the first release adopt the registry's history (see 'Adopting on an existing topic'"
              + " in the migration guide), so that it is checked against every version.");
    }
    if (!"AVRO".equalsIgnoreCase(latest.schemaType())) {
      draft.error(
          at,
          "Subject " + subject + " holds a " + latest.schemaType() + " schema, not Avro",
          "Only Avro subjects can become ports.");
      return null;
    }
    if (latest.references() > 0) {
      draft.error(
          at,
          "Subject "
              + subject
              + " version "
              + version
              + " uses schema references, which the import does not follow",
          "Inline the referenced types, or import from an ODCS contract.");
      return null;
    }
    StandaloneSchema parsed = StandaloneSchema.parse(latest.schema(), at.path());
    if (parsed.schema() == null) {
      draft.error(
          at,
          "The schema of "
              + subject
              + " version "
              + version
              + " cannot be read: "
              + parsed.problem().detail(),
          null);
    }
    return parsed.schema();
  }

  /**
   * A topic's port name: its last dot-separated part that is not a version, in kebab-case ({@code
   * sales.orders.order-events.v2} → {@code order-events}).
   */
  static String portName(String topic) {
    String[] parts = topic.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].matches("v\\d+") && !parts[i].isEmpty()) {
        return Optional.of(ProductDraft.kebab(parts[i])).filter(s -> !s.isEmpty()).orElse("port");
      }
    }
    return "port";
  }

  /**
   * The level the registry holds {@code subject} to, which its consumers have relied on: its own,
   * else the registry's default (Confluent answers a subject without one with 40408). Apicurio
   * answers NONE for a subject without a level of its own and holds it to its default, so a NONE
   * under a stricter default takes the default, saying so: the import must not claim less than the
   * registry checked.
   */
  private static String level(
      RegistryClient registry, String subject, DefaultLevel registryDefault, ProductDraft draft) {
    Optional<String> own = registry.compatibility(subject);
    if (own.isEmpty()) {
      return registryDefault.get(registry);
    }
    if (!own.get().equals(NONE)) {
      return own.get();
    }
    String fallback = registryDefault.get(registry);
    if (!fallback.equals(NONE)) {
      draft.unmapped(
          at(registry, subject),
          "Subject "
              + subject
              + " answers compatibility NONE and the registry's default is "
              + fallback
              + ", which a registry such as Apicurio applies to a subject without a level of its"
              + " own; the port is imported with "
              + fallback,
          "If the subject really accepts any schema, set compatibility: NONE on the port.");
    }
    return fallback;
  }

  /**
   * The port's level when it has a key subject: a port has one level for its key and value, so when
   * the registry holds the two subjects to different levels, the port takes the weakest level that
   * keeps both promises (BACKWARD and FORWARD make FULL), saying so: the import must not claim less
   * for the key than the registry checked.
   */
  private static String holdingBoth(
      RegistryClient registry,
      String keySubject,
      String valueSubject,
      String valueLevel,
      DefaultLevel registryDefault,
      ProductDraft draft) {
    String keyLevel = level(registry, keySubject, registryDefault, draft);
    if (keyLevel.equals(valueLevel)) {
      return valueLevel;
    }
    Optional<CompatibilityLevel> key = CompatibilityLevel.parse(keyLevel);
    Optional<CompatibilityLevel> value = CompatibilityLevel.parse(valueLevel);
    // A level the plugin does not know leaves the value's (validate reports it: DESCRIPTOR-VALUE).
    String port =
        key.isPresent() && value.isPresent()
            ? keepingBoth(key.get(), value.get()).name()
            : valueLevel;
    draft.unmapped(
        at(registry, keySubject),
        "Subject "
            + keySubject
            + " is held to "
            + keyLevel
            + " and "
            + valueSubject
            + " to "
            + valueLevel
            + "; a port has one level for its key and value, so it is imported with "
            + port
            + (key.isPresent() && value.isPresent()
                ? ", which keeps both"
                : ", as the other is no level the plugin knows"),
        "If consumers rely on another level, set the port's compatibility yourself; check and"
            + " publish hold both subjects to it.");
    return port;
  }

  /** The weakest level that keeps the promises of both {@code a} and {@code b}. */
  private static CompatibilityLevel keepingBoth(CompatibilityLevel a, CompatibilityLevel b) {
    CompatibilityLevel weakest = null;
    for (CompatibilityLevel level : CompatibilityLevel.values()) {
      if (level.keepsPromisesOf(a)
          && level.keepsPromisesOf(b)
          && (weakest == null || weakest.keepsPromisesOf(level))) {
        weakest = level;
      }
    }
    return weakest;
  }

  /** The registry's default compatibility level, asked once and only when a subject needs it. */
  private static final class DefaultLevel {
    private String level;

    String get(RegistryClient registry) {
      if (level == null) {
        level = registry.defaultCompatibility();
      }
      return level;
    }
  }

  private static SourcePosition at(RegistryClient registry, String subject) {
    return SourcePosition.file(registry.url() + "/subjects/" + subject);
  }
}
