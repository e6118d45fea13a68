package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping with string keys, in file order. Each entry remembers where its key stands, so a
 * finding about a key (unknown, duplicate) points at the key rather than at its value.
 */
public final class YamlMap implements YamlNode {

  /** One key and its value. */
  public record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

  private final Map<String, Entry> entries;
  private final SourcePosition position;

  public YamlMap(Map<String, Entry> entries, SourcePosition position) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.position = position;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public String typeName() {
    return "object";
  }

  /** Entries in file order. */
  public Map<String, Entry> entries() {
    return entries;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Optional<YamlNode> get(String key) {
    Entry e = entries.get(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  /** The value of {@code key} when it is a non-null string. */
  public Optional<String> string(String key) {
    return get(key)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .flatMap(YamlScalar::asString);
  }

  public Optional<YamlMap> map(String key) {
    return get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
  }

  public Optional<YamlList> list(String key) {
    return get(key).filter(YamlList.class::isInstance).map(YamlList.class::cast);
  }

  /** Where the value of {@code key} starts, or where this mapping starts when the key is absent. */
  public SourcePosition positionOf(String key) {
    Entry e = entries.get(key);
    return e == null ? position : e.value().position();
  }

  /** Where the key itself stands, or where this mapping starts when the key is absent. */
  public SourcePosition keyPositionOf(String key) {
    Entry e = entries.get(key);
    return e == null ? position : e.keyPosition();
  }
}
