package dev.dataproduct.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standards' published JSON Schemas, from src/test/resources/standards/ only: every {@code
 * $ref} to a standard's site is answered from the local copy, and fetching from the network is off,
 * so a reference the copy lacks fails the test instead of reaching out.
 */
final class StandardSchemas {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String ASYNCAPI_ROOT = "http://asyncapi.com/definitions/3.0.0/asyncapi.json";
  private static final String OPENLINEAGE = "https://openlineage.io/spec/";

  private static Schema asyncApi;
  private static Schema odcs;
  private static Schema odps;
  private static Schema openLineage;
  private static final Map<String, Schema> FACETS = new HashMap<>();

  private StandardSchemas() {}

  /** AsyncAPI 3.0.0 (draft-07): the bundle's definitions, each served under its own {@code $id}. */
  static synchronized Schema asyncApi() {
    if (asyncApi == null) {
      JsonNode bundle = read("/standards/asyncapi/asyncapi-3.0.0.json");
      Map<String, String> byId = new HashMap<>();
      bundle
          .get("definitions")
          .properties()
          .forEach(e -> byId.put(e.getKey(), e.getValue().toString()));
      byId.put(ASYNCAPI_ROOT, bundle.toString());
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              b ->
                  b.schemaLoader(
                      l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.resources(byId))));
      asyncApi = registry.getSchema(SchemaLocation.of(ASYNCAPI_ROOT));
    }
    return asyncApi;
  }

  static synchronized Schema odcs() {
    if (odcs == null) {
      odcs =
          local(SpecificationVersion.DRAFT_2019_09, "/standards/odcs/odcs-json-schema-v3.1.0.json");
    }
    return odcs;
  }

  static synchronized Schema odps() {
    if (odps == null) {
      odps =
          local(SpecificationVersion.DRAFT_2019_09, "/standards/odps/odps-json-schema-v1.0.0.json");
    }
    return odps;
  }

  /** The OpenLineage event schema (2020-12). */
  static synchronized Schema openLineage() {
    if (openLineage == null) {
      openLineage =
          openLineageRegistry()
              .getSchema(SchemaLocation.of(OPENLINEAGE + "2-0-2/OpenLineage.json"));
    }
    return openLineage;
  }

  /**
   * One facet's schema, e.g. {@code OwnershipDatasetFacet}, at {@code #/$defs/<name>} of its file.
   */
  static synchronized Schema facet(String name) {
    return FACETS.computeIfAbsent(
        name,
        n -> {
          String id = read("/standards/openlineage/facets/" + n + ".json").get("$id").asText();
          return openLineageRegistry().getSchema(SchemaLocation.of(id + "#/$defs/" + n));
        });
  }

  /** Asserts that {@code document} is valid against {@code schema}, listing every error. */
  static void assertValid(Schema schema, JsonNode document, String what) {
    List<Error> errors = schema.validate(document);
    assertEquals(
        List.of(),
        errors.stream().map(Error::toString).toList(),
        what + " must be valid against its standard's schema");
  }

  private static SchemaRegistry openLineageRegistry() {
    // Facet $ids are https://openlineage.io/spec/facets/<version>/<Name>.json; the copy keeps the
    // file names.
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        b ->
            b.schemaLoader(
                l ->
                    l.fetchRemoteResources(false)
                        .resourceLoaders(
                            r ->
                                r.resources(
                                    iri -> {
                                      if (iri.equals(OPENLINEAGE + "2-0-2/OpenLineage.json")) {
                                        return text("/standards/openlineage/OpenLineage.json");
                                      }
                                      if (iri.startsWith(OPENLINEAGE + "facets/")) {
                                        return text(
                                            "/standards/openlineage/facets/"
                                                + iri.substring(iri.lastIndexOf('/') + 1));
                                      }
                                      return null;
                                    }))));
  }

  private static Schema local(SpecificationVersion version, String resource) {
    String content = text(resource);
    String id = read(resource).path("$id").asText("urn:local:" + resource);
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            version,
            b ->
                b.schemaLoader(
                    l ->
                        l.fetchRemoteResources(false)
                            .resourceLoaders(r -> r.resources(Map.of(id, content)))));
    return registry.getSchema(SchemaLocation.of(id));
  }

  static JsonNode read(String resource) {
    try {
      return JSON.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = StandardSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
