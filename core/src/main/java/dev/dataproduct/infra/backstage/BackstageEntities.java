package dev.dataproduct.infra.backstage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.dataproduct.infra.catalog.CatalogEntry;
import dev.dataproduct.support.BuildError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A product version as Backstage catalog entities (descriptor format {@code
 * backstage.io/v1alpha1}):
 *
 * <ul>
 *   <li>the product is a {@code System} {@code <domain>.<name>}, part of the {@code Domain} {@code
 *       <domain>} and owned by the {@code Group} of its owning team;
 *   <li>a {@code Component} of the same name and type {@code data-product} provides one {@code API}
 *       {@code <domain>.<name>.<port>} of type {@code asyncapi} per output port, whose definition
 *       is the product's AsyncAPI document, and consumes the APIs its input ports read: Backstage
 *       draws the lineage from these {@code providesApis}/{@code consumesApis} (Backstage puts them
 *       on components; a system has none);
 *   <li>the product's tags, plus {@code pii} where a schema field is tagged pii, are entity tags;
 *       the classification and whether there is personal data are the labels {@value
 *       #CLASSIFICATION} and {@value #PII}, so {@code
 *       by-query?filter=metadata.labels.dataproduct.dev/pii=true} finds them.
 * </ul>
 *
 * Tags and the team are turned into Backstage's name syntax (lower case, other characters runs
 * become {@code -}). The text is deterministic: the same version always gives the same bytes, which
 * is how a re-publish is recognised as identical.
 */
public final class BackstageEntities {

  static final String API_VERSION = "backstage.io/v1alpha1";

  /** Annotations and labels this plugin writes. */
  static final String VERSION = "dataproduct.dev/version";

  static final String PRODUCT = "dataproduct.dev/product";
  static final String TOPIC = "dataproduct.dev/topic";
  static final String CLASSIFICATION = "dataproduct.dev/classification";
  static final String PII = "dataproduct.dev/pii";

  private static final Pattern ENTITY_NAME = Pattern.compile("[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[a-z0-9:+#]+(-[a-z0-9:+#]+)*");
  private static final int MAX_NAME = 63;

  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

  private BackstageEntities() {}

  /** The System's (and Component's) name of product {@code <domain>/<name>}. */
  public static String systemName(String qualifiedProduct) {
    return entityName(qualifiedProduct.replace('/', '.'), "product " + qualifiedProduct);
  }

  /** The API's name of a product's port. */
  public static String apiName(String qualifiedProduct, String port) {
    return entityName(
        qualifiedProduct.replace('/', '.') + "." + port,
        "port " + port + " of " + qualifiedProduct);
  }

  /** The Group's name of a team. */
  public static String groupName(String team) {
    return entityName(slug(team), "owning team \"" + team + "\"");
  }

  /** The product file: System, Component and one API per output port, as YAML documents. */
  static byte[] product(CatalogEntry entry, String asyncApi) {
    if (entry.owner().team() == null) {
      throw new BuildError(
          entry.qualifiedName()
              + " has no owner team, which Backstage needs as every entity's owner");
    }
    String product = entry.qualifiedName();
    String system = systemName(product);
    String owner = "group:default/" + groupName(entry.owner().team());
    String lifecycle = lifecycle(entry.status());
    boolean anyPii = entry.ports().stream().anyMatch(BackstageEntities::hasPii);

    List<Map<String, Object>> documents = new ArrayList<>();
    Map<String, Object> systemSpec =
        map("owner", owner, "domain", entityName(entry.domain(), "domain " + entry.domain()));
    documents.add(
        entity(
            "System",
            metadata(
                system,
                entry.title(),
                entry.description(),
                tags(entry.tags(), anyPii),
                labels(entry.classification(), anyPii),
                annotations(entry, null)),
            systemSpec));

    List<String> provided = new ArrayList<>();
    for (CatalogEntry.Port port : entry.ports()) {
      provided.add(apiName(product, port.name()));
    }
    List<String> consumed =
        entry.inputPorts().stream()
            .map(input -> apiName(input.product(), input.port()))
            .distinct()
            .toList();
    Map<String, Object> componentSpec =
        map("type", "data-product", "lifecycle", lifecycle, "owner", owner, "system", system);
    componentSpec.put("providesApis", provided);
    if (!consumed.isEmpty()) {
      componentSpec.put("consumesApis", consumed);
    }
    documents.add(
        entity(
            "Component",
            metadata(
                system,
                entry.title(),
                entry.description(),
                tags(entry.tags(), anyPii),
                labels(entry.classification(), anyPii),
                annotations(entry, null)),
            componentSpec));

    for (CatalogEntry.Port port : entry.ports()) {
      boolean pii = hasPii(port);
      String portLifecycle = lifecycle(port.status());
      Map<String, Object> apiSpec =
          map("type", "asyncapi", "lifecycle", portLifecycle, "owner", owner, "system", system);
      apiSpec.put("definition", asyncApi);
      documents.add(
          entity(
              "API",
              metadata(
                  apiName(product, port.name()),
                  port.name() + " (" + port.topic() + ")",
                  port.description(),
                  tags(entry.tags(), pii),
                  labels(entry.classification(), pii),
                  annotations(entry, port.topic())),
              apiSpec));
    }
    return yaml(documents);
  }

  /**
   * A Domain, owned by the team that first published into it; operators may edit the file
   * afterwards.
   */
  static byte[] domain(String domain, String team) {
    return yaml(
        List.of(
            entity(
                "Domain",
                metadata(
                    entityName(domain, "domain " + domain),
                    null,
                    null,
                    List.of(),
                    Map.of(),
                    Map.of()),
                map("owner", "group:default/" + groupName(team)))));
  }

  /** A Group for a team; operators who already ingest their organisation replace it with theirs. */
  static byte[] group(String team, String email) {
    Map<String, Object> spec = map("type", "team");
    if (email != null) {
      spec.put("profile", map("email", email));
    }
    spec.put("children", List.of());
    return yaml(
        List.of(
            entity(
                "Group",
                metadata(groupName(team), team, null, List.of(), Map.of(), Map.of()),
                spec)));
  }

  private static boolean hasPii(CatalogEntry.Port port) {
    return hasPii(port.key()) || hasPii(port.value());
  }

  private static boolean hasPii(CatalogEntry.SchemaSummary schema) {
    return schema != null && schema.fields().stream().anyMatch(CatalogEntry.Field::pii);
  }

  private static String lifecycle(String status) {
    if (status == null || status.equals("active")) {
      return "production";
    }
    return status.equals("draft") ? "experimental" : status;
  }

  private static List<String> tags(List<String> productTags, boolean pii) {
    TreeSet<String> tags = new TreeSet<>();
    for (String tag : productTags) {
      String slug = slug(tag);
      if (slug.isEmpty() || slug.length() > MAX_NAME || !TAG.matcher(slug).matches()) {
        throw new BuildError(
            "The tag \""
                + tag
                + "\" cannot be a Backstage tag (letters, digits and - only, at most 63 characters); rename it");
      }
      tags.add(slug);
    }
    if (pii) {
      tags.add("pii");
    }
    return List.copyOf(tags);
  }

  private static Map<String, Object> labels(String classification, boolean pii) {
    return map(CLASSIFICATION, classification, PII, Boolean.toString(pii));
  }

  private static Map<String, Object> annotations(CatalogEntry entry, String topic) {
    Map<String, Object> annotations = map(PRODUCT, entry.qualifiedName(), VERSION, entry.version());
    if (topic != null) {
      annotations.put(TOPIC, topic);
    }
    return annotations;
  }

  private static Map<String, Object> metadata(
      String name,
      String title,
      String description,
      List<String> tags,
      Map<String, Object> labels,
      Map<String, Object> annotations) {
    Map<String, Object> metadata = map("name", name);
    if (title != null) {
      metadata.put("title", title);
    }
    if (description != null) {
      metadata.put("description", description.strip());
    }
    if (!tags.isEmpty()) {
      metadata.put("tags", tags);
    }
    if (!labels.isEmpty()) {
      metadata.put("labels", labels);
    }
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    return metadata;
  }

  private static Map<String, Object> entity(
      String kind, Map<String, Object> metadata, Map<String, Object> spec) {
    Map<String, Object> entity = map("apiVersion", API_VERSION, "kind", kind);
    entity.put("metadata", metadata);
    entity.put("spec", spec);
    return entity;
  }

  private static String slug(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  private static String entityName(String name, String what) {
    if (name.length() > MAX_NAME || !ENTITY_NAME.matcher(name).matches()) {
      throw new BuildError(
          "The "
              + what
              + " gives the Backstage entity name \""
              + name
              + "\", which Backstage refuses"
              + " (at most 63 letters and digits, separated by - _ or .); shorten the names");
    }
    return name;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static byte[] yaml(List<Map<String, Object>> documents) {
    StringBuilder text =
        new StringBuilder(
            "# Written by dataproduct:publish; Backstage reads it from a url location.\n");
    for (Map<String, Object> document : documents) {
      try {
        text.append("---\n").append(YAML.writeValueAsString(document));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write a Backstage entity as YAML", e);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
