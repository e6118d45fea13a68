package dev.dataproduct.compat;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.PortContract;
import dev.dataproduct.model.contract.ReleasedSchema;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.schema.SchemaFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * What changed from one release of a product to the next, per output port: ports added and removed,
 * fields added, removed and changed with the class of each change, and the port's compatibility
 * verdict at its level against the previous release. The catalog's pages and the check goal's
 * Markdown report both show this.
 *
 * <p>A field change is breaking when Avro finds an incompatibility at that field at the port's
 * level; the check goal may find more (logical types, defaults, pii tags) and says so in its
 * findings. Fields are listed against the previous release; a transitive level judges them against
 * every release the port's history holds, when it is given.
 */
public final class ContractChanges {

  /**
   * How a change affects consumers: the check's verdict.
   *
   * <p>Not {@link dev.dataproduct.rules.ChangeClass}, though {@code BREAKING} and {@code
   * COMPATIBLE} mean the same in both (a new major version needed, or any newer version may carry
   * it): a change class is what a rule declares about every finding it makes, so its third value,
   * {@code NONE}, means "not about a change between releases". A verdict is about one change that
   * was seen, and its third value means the opposite: a change whose effect could not be judged (an
   * unreadable schema or an unknown level), which must not pass for either of the others.
   */
  public enum Verdict {
    BREAKING("breaking"),
    COMPATIBLE("compatible"),
    /** A schema or level could not be read, so nothing can be promised. */
    UNKNOWN("unknown");

    private final String word;

    Verdict(String word) {
      this.word = word;
    }

    @Override
    public String toString() {
      return word;
    }
  }

  /**
   * A port as one release has it.
   *
   * @param compatibility the level as declared, e.g. {@code BACKWARD}
   * @param key the key schema, or {@code null} for none
   * @param value the value schema, or {@code null} when {@code unreadable} says why
   * @param keyReleases the key schemas a later release is compared with at a transitive level,
   *     oldest first, ending with this one's ({@link PortContract#keyReleases(String)}); empty when
   *     only this release's are known
   * @param valueReleases the same for the value
   * @param unreadable why a schema of the port could not be read, or {@code null}
   */
  public record PortSchemas(
      String name,
      String compatibility,
      Schema key,
      Schema value,
      List<ReleasedSchema> keyReleases,
      List<ReleasedSchema> valueReleases,
      String unreadable) {

    public PortSchemas {
      keyReleases = List.copyOf(keyReleases);
      valueReleases = List.copyOf(valueReleases);
    }

    /** A port of which only this release's schemas are known. */
    public PortSchemas(
        String name, String compatibility, Schema key, Schema value, String unreadable) {
      this(name, compatibility, key, value, List.of(), List.of(), unreadable);
    }
  }

  /**
   * How one field changed.
   *
   * @param part {@code key}, {@code value}, or {@code port} for the port's compatibility level
   * @param field the dotted path of the field ({@code customer.email})
   * @param change {@code added}, {@code removed}, {@code type changed}, {@code default changed} or
   *     {@code level changed}
   * @param detail the types or values before and after
   * @param changeClass whether the change breaks consumers at the port's level
   */
  public record FieldChange(
      String part, String field, String change, String detail, Verdict changeClass) {}

  /**
   * One port's changes.
   *
   * @param change {@code added}, {@code removed} or {@code changed}
   * @param verdict the port's verdict at its level
   * @param explanation the verdict in words
   */
  public record PortChange(
      String port, String change, Verdict verdict, String explanation, List<FieldChange> fields) {

    public PortChange {
      fields = List.copyOf(fields);
    }

    public boolean hasFields() {
      return !fields.isEmpty();
    }
  }

  private ContractChanges() {}

  /**
   * The changes from the release {@code previousVersion} ({@code before}) to {@code after}: one per
   * port that is new, gone, or whose schemas or compatibility level differ, in the order of the
   * removed ports, then {@code after}'s ports.
   */
  public static List<PortChange> between(
      String previousVersion, List<PortSchemas> before, List<PortSchemas> after) {
    Map<String, PortSchemas> was = byName(before);
    Map<String, PortSchemas> now = byName(after);
    List<PortChange> changes = new ArrayList<>();
    was.keySet().stream()
        .filter(p -> !now.containsKey(p))
        .forEach(
            p ->
                changes.add(
                    new PortChange(
                        p,
                        "removed",
                        Verdict.BREAKING,
                        "its consumers lose their data",
                        List.of())));
    now.forEach(
        (name, port) -> {
          PortSchemas old = was.get(name);
          if (old == null) {
            changes.add(
                new PortChange(
                    name, "added", Verdict.COMPATIBLE, "a new port breaks no one", List.of()));
          } else {
            port(previousVersion, old, port).ifPresent(changes::add);
          }
        });
    return changes;
  }

  /**
   * The changes from the release {@code baseline} to {@code current}, each port at the level its
   * descriptor declares.
   */
  public static List<PortChange> between(Contract baseline, Contract current) {
    return between(baseline.version(), ports(baseline), ports(current));
  }

  private static List<PortSchemas> ports(Contract contract) {
    List<PortSchemas> ports = new ArrayList<>();
    for (OutputPort port : contract.descriptor().outputPorts()) {
      PortContract schemas = port.name() == null ? null : contract.ports().get(port.name());
      if (schemas != null) {
        ports.add(
            new PortSchemas(
                port.name(),
                port.effectiveCompatibility(),
                schemas.key(),
                schemas.value(),
                schemas.keyReleases(contract.version()),
                schemas.valueReleases(contract.version()),
                null));
      }
    }
    return ports;
  }

  private static Optional<PortChange> port(
      String previousVersion, PortSchemas old, PortSchemas port) {
    List<FieldChange> fields = new ArrayList<>();
    Optional<CompatibilityLevel> level = CompatibilityLevel.parse(port.compatibility());
    boolean levelChanged = !Objects.equals(old.compatibility(), port.compatibility());
    if (old.unreadable() != null || port.unreadable() != null) {
      return Optional.of(
          new PortChange(
              port.name(),
              "changed",
              Verdict.UNKNOWN,
              old.unreadable() != null ? old.unreadable() : port.unreadable(),
              levelChange(old, port, fields)));
    }
    boolean same = true;
    List<String> broken = new ArrayList<>();
    List<ReleasedSchema> judgedAgainst = List.of(); // the longest list a part was compared with
    for (String part : List.of("key", "value")) {
      Schema before = "key".equals(part) ? old.key() : old.value();
      Schema after = "key".equals(part) ? port.key() : port.value();
      if (Objects.equals(before, after)) {
        continue;
      }
      same = false;
      if (before == null || after == null) {
        broken.add(
            previousVersion + ": the " + part + " was " + (before == null ? "added" : "removed"));
        continue;
      }
      List<ReleasedSchema> releases = "key".equals(part) ? old.keyReleases() : old.valueReleases();
      List<ReleasedSchema> compared =
          level.isPresent() && level.get().isTransitive() && !releases.isEmpty()
              ? releases
              : List.of(new ReleasedSchema(previousVersion, before));
      List<Incompatibility> found =
          level
              .map(
                  l ->
                      AvroCompatibility.check(
                              after, compared.stream().map(ReleasedSchema::schema).toList(), l)
                          .incompatibilities())
              .orElse(List.of());
      found.forEach(i -> broken.add(compared.get(i.previousIndex()).label() + ": " + i.message()));
      if (compared.size() > judgedAgainst.size()) {
        judgedAgainst = compared;
      }
      fields(part, before, after, found, level.isPresent(), fields);
    }
    if (same && !levelChanged) {
      return Optional.empty();
    }
    levelChange(old, port, fields);
    if (level.isEmpty()) {
      return Optional.of(
          new PortChange(
              port.name(),
              "changed",
              Verdict.UNKNOWN,
              "the compatibility level " + port.compatibility() + " is not one the check knows",
              fields));
    }
    if (!broken.isEmpty()) {
      return Optional.of(
          new PortChange(
              port.name(),
              "changed",
              Verdict.BREAKING,
              "not "
                  + level.get()
                  + " compatible with "
                  + broken.get(0)
                  + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more)" : ""),
              fields));
    }
    return Optional.of(
        new PortChange(
            port.name(),
            "changed",
            Verdict.COMPATIBLE,
            same
                ? "schemas unchanged"
                : level.get()
                    + " compatible with "
                    + (judgedAgainst.size() <= 1
                        ? previousVersion
                        : "its "
                            + judgedAgainst.size()
                            + " releases from "
                            + judgedAgainst.get(0).label()
                            + " to "
                            + judgedAgainst.get(judgedAgainst.size() - 1).label()),
            fields));
  }

  /**
   * Adds the change of the port's level, if any; a level that checks less than before breaks
   * consumers' guarantee.
   */
  private static List<FieldChange> levelChange(
      PortSchemas old, PortSchemas port, List<FieldChange> fields) {
    if (!Objects.equals(old.compatibility(), port.compatibility())) {
      Optional<CompatibilityLevel> was = CompatibilityLevel.parse(old.compatibility());
      Optional<CompatibilityLevel> is = CompatibilityLevel.parse(port.compatibility());
      Verdict verdict =
          was.isEmpty() || is.isEmpty()
              ? Verdict.UNKNOWN
              : is.get().keepsPromisesOf(was.get()) ? Verdict.COMPATIBLE : Verdict.BREAKING;
      fields.add(
          new FieldChange(
              "port",
              "compatibility",
              "level changed",
              old.compatibility() + " → " + port.compatibility(),
              verdict));
    }
    return fields;
  }

  private static void fields(
      String part,
      Schema before,
      Schema after,
      List<Incompatibility> found,
      boolean judged,
      List<FieldChange> changes) {
    Map<String, SchemaFields.Field> old = byPath(before);
    Map<String, SchemaFields.Field> now = byPath(after);
    old.forEach(
        (path, field) -> {
          if (!now.containsKey(path)) {
            changes.add(
                new FieldChange(
                    part, path, "removed", field.type(), verdict(field, found, judged)));
          }
        });
    now.forEach(
        (path, field) -> {
          SchemaFields.Field was = old.get(path);
          if (was == null) {
            changes.add(
                new FieldChange(
                    part,
                    path,
                    "added",
                    field.type()
                        + (field.defaultValue() == null
                            ? ", no default"
                            : ", default " + field.defaultValue()),
                    verdict(field, found, judged)));
          } else if (!Objects.equals(was.type(), field.type())) {
            changes.add(
                new FieldChange(
                    part,
                    path,
                    "type changed",
                    was.type() + " → " + field.type(),
                    verdict(field, found, judged)));
          } else if (!Objects.equals(was.defaultValue(), field.defaultValue())) {
            changes.add(
                new FieldChange(
                    part,
                    path,
                    "default changed",
                    orNone(was.defaultValue()) + " → " + orNone(field.defaultValue()),
                    verdict(field, found, judged)));
          } else if (verdict(field, found, judged) == Verdict.BREAKING) {
            // Same type name, other definition: an enum that lost a symbol, a fixed of another
            // size.
            changes.add(
                new FieldChange(
                    part,
                    path,
                    "type changed",
                    field.type() + " is defined differently",
                    Verdict.BREAKING));
          }
        });
  }

  /** Breaking when Avro located an incompatibility at this field of its record. */
  private static Verdict verdict(
      SchemaFields.Field field, List<Incompatibility> found, boolean judged) {
    if (!judged) {
      return Verdict.UNKNOWN;
    }
    boolean breaks =
        found.stream()
            .map(Incompatibility::location)
            .anyMatch(
                at ->
                    field.name().equals(at.fieldName()) && field.record().equals(at.recordName()));
    return breaks ? Verdict.BREAKING : Verdict.COMPATIBLE;
  }

  private static String orNone(String text) {
    return text == null ? "none" : text;
  }

  private static Map<String, PortSchemas> byName(List<PortSchemas> ports) {
    Map<String, PortSchemas> byName = new LinkedHashMap<>();
    ports.stream().filter(p -> p.name() != null).forEach(p -> byName.put(p.name(), p));
    return byName;
  }

  private static Map<String, SchemaFields.Field> byPath(Schema schema) {
    Map<String, SchemaFields.Field> fields = new LinkedHashMap<>();
    SchemaFields.of(schema).forEach(f -> fields.put(f.path(), f));
    return fields;
  }
}
