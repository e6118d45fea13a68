package dev.dataproduct.model.descriptor.model;

import dev.dataproduct.model.descriptor.yaml.YamlList;
import dev.dataproduct.model.descriptor.yaml.YamlMap;
import dev.dataproduct.model.descriptor.yaml.YamlNode;
import dev.dataproduct.model.descriptor.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns a loaded YAML document into the {@link DataProduct} model. Lenient on purpose: values of
 * the wrong shape are left out (the structure rules report them), so the semantic rules can still
 * run on everything that is well formed and the user sees every problem in one run.
 */
public final class DescriptorReader {

  private DescriptorReader() {}

  public static DataProduct read(YamlMap root) {
    YamlMap owner = root.map("owner").orElse(null);
    return new DataProduct(
        root,
        text(root, "apiVersion"),
        text(root, "kind"),
        text(root, "name"),
        text(root, "domain"),
        text(root, "version"),
        text(root, "title"),
        text(root, "description"),
        text(root, "status"),
        new Owner(
            owner,
            owner == null ? null : text(owner, "team"),
            owner == null ? null : text(owner, "email")),
        strings(root, "tags"),
        text(root, "classification"),
        mappings(root, "outputPorts", DescriptorReader::outputPort),
        mappings(root, "inputPorts", DescriptorReader::inputPort),
        mappings(root, "waivers", DescriptorReader::waiver));
  }

  private static OutputPort outputPort(YamlMap port, int index) {
    YamlMap slo = port.map("slo").orElse(null);
    return new OutputPort(
        port,
        index,
        text(port, "name"),
        text(port, "description"),
        text(port, "topic"),
        typeReference(port, "key"),
        typeReference(port, "value"),
        text(port, "compatibility"),
        text(port, "encoding"),
        integer(port, "partitions"),
        text(port, "retention"),
        text(port, "cleanupPolicy"),
        slo == null ? null : new Slo(slo, text(slo, "freshness"), number(slo, "availability")),
        text(port, "status"));
  }

  private static InputPort inputPort(YamlMap port, int index) {
    return new InputPort(
        port, index, text(port, "name"), text(port, "product"), text(port, "port"));
  }

  private static Waiver waiver(YamlMap waiver, int index) {
    return new Waiver(
        waiver, index, text(waiver, "rule"), text(waiver, "target"), text(waiver, "justification"));
  }

  private static TypeReference typeReference(YamlMap port, String key) {
    return port.map(key)
        .map(
            ref ->
                new TypeReference(
                    ref,
                    text(ref, "type"),
                    text(ref, "schema"),
                    text(ref, "name"),
                    text(ref, "encoding")))
        .orElse(null);
  }

  /** A string value; numbers and booleans written where text is expected are kept as their text. */
  private static String text(YamlMap map, String key) {
    return map.get(key)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(s -> !s.isNull())
        .map(YamlScalar::text)
        .orElse(null);
  }

  private static Integer integer(YamlMap map, String key) {
    BigDecimal n = number(map, key);
    if (n == null) {
      return null;
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static BigDecimal number(YamlMap map, String key) {
    return map.get(key)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .flatMap(YamlScalar::asNumber)
        .orElse(null);
  }

  private static List<String> strings(YamlMap map, String key) {
    List<String> out = new ArrayList<>();
    map.list(key)
        .ifPresent(
            list -> {
              for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                  out.add(s.text());
                }
              }
            });
    return List.copyOf(out);
  }

  private static <T> List<T> mappings(
      YamlMap map, String key, BiFunction<YamlMap, Integer, T> read) {
    List<T> out = new ArrayList<>();
    YamlList list = map.list(key).orElse(null);
    if (list != null) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.items().get(i) instanceof YamlMap item) {
          out.add(read.apply(item, i));
        }
      }
    }
    return List.copyOf(out);
  }
}
