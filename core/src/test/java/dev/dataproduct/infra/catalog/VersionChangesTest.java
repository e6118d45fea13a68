package dev.dataproduct.infra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.compat.ContractChanges.FieldChange;
import dev.dataproduct.compat.ContractChanges.PortChange;
import dev.dataproduct.compat.ContractChanges.Verdict;
import dev.dataproduct.infra.catalog.CatalogEntry.Owner;
import dev.dataproduct.infra.catalog.CatalogEntry.Port;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.BuildError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

  private static final String V1 =
      """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}""";
  private static final String OPTIONAL_NOTE =
      """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"},
        {"name": "note", "type": ["null", "string"], "default": null}]}""";
  private static final String REQUIRED_NOTE =
      """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "note", "type": "string"}]}""";

  private final Map<String, byte[]> published = new HashMap<>();

  /** The version folders: the schemas in {@code published}; no contract.json can be read. */
  private final CatalogSite.VersionFiles files =
      new CatalogSite.VersionFiles() {
        @Override
        public boolean hasReport(CatalogEntry e) {
          return false;
        }

        @Override
        public List<String> exports(CatalogEntry e) {
          return List.of();
        }

        @Override
        public byte[] contractFile(CatalogEntry e, String path) {
          return published.get(e.version() + "/" + path);
        }

        @Override
        public Contract contract(CatalogEntry e) {
          throw new BuildError(e.version() + "/contract/contract.json cannot be read");
        }
      };

  private CatalogEntry version(String version, String compatibility, String... ports) {
    List<Port> list = new ArrayList<>();
    for (int i = 0; i < ports.length; i += 2) {
      published.put(
          version + "/ports/" + ports[i] + "/value.avsc",
          ports[i + 1].getBytes(StandardCharsets.UTF_8));
      list.add(
          new Port(
              ports[i],
              null,
              "t",
              compatibility,
              "single-object",
              null,
              null,
              null,
              null,
              "active",
              null,
              CatalogEntry.summary(new Schema.Parser().parse(ports[i + 1]))));
    }
    return new CatalogEntry(
        "sales",
        "orders",
        version,
        null,
        null,
        "active",
        "internal",
        new Owner(null, null),
        List.of(),
        list,
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void anOptionalFieldWithADefaultIsACompatibleAddition() {
    CatalogEntry before = version("1.0.0", "BACKWARD", "orders", V1);
    CatalogEntry after = version("1.1.0", "BACKWARD", "orders", OPTIONAL_NOTE);

    List<PortChange> changes = VersionChanges.between(before, after, files);

    assertEquals(
        List.of(
            new PortChange(
                "orders",
                "changed",
                Verdict.COMPATIBLE,
                "BACKWARD compatible with 1.0.0",
                List.of(
                    new FieldChange(
                        "value",
                        "note",
                        "added",
                        "null | string, default null",
                        Verdict.COMPATIBLE)))),
        changes);
    assertEquals(
        "orders: fields 1 added; BACKWARD compatible with 1.0.0",
        VersionChanges.summary(changes.get(0)));
  }

  @Test
  void aRequiredFieldWithoutADefaultBreaksBackwardCompatibility() {
    List<PortChange> changes =
        VersionChanges.between(
            version("1.0.0", "BACKWARD", "orders", V1),
            version("2.0.0", "BACKWARD", "orders", REQUIRED_NOTE),
            files);

    assertEquals(Verdict.BREAKING, changes.get(0).verdict());
    assertEquals(
        Verdict.BREAKING,
        changes.get(0).fields().get(0).changeClass(),
        "the field Avro cannot fill in");
    assertEquals(
        "not BACKWARD compatible with 1.0.0: Field \"note\" of record \"Order\" is not in the previous schema and has no default,"
            + " so the new schema cannot read data written with the previous one",
        changes.get(0).explanation());
  }

  @Test
  void theSameSchemasGiveNoChangeAndPortsAddedOrRemovedAreNamed() {
    CatalogEntry before = version("1.0.0", "BACKWARD", "orders", V1, "refunds", V1);
    CatalogEntry after = version("1.1.0", "BACKWARD", "orders", V1, "returns", V1);

    assertEquals(
        List.of("refunds|removed|breaking", "returns|added|compatible"),
        VersionChanges.between(before, after, files).stream()
            .map(c -> c.port() + "|" + c.change() + "|" + c.verdict())
            .toList());
  }

  @Test
  void aPublishedSchemaThatCannotBeReadGivesAnUnknownVerdictNotACompatibleOne() {
    CatalogEntry before = version("1.0.0", "BACKWARD", "orders", V1);
    CatalogEntry after = version("1.1.0", "BACKWARD", "orders", OPTIONAL_NOTE);
    published.put("1.0.0/ports/orders/value.avsc", "{\"type\": ".getBytes(StandardCharsets.UTF_8));

    PortChange change = VersionChanges.between(before, after, files).get(0);

    assertEquals(Verdict.UNKNOWN, change.verdict());
    assertEquals("a published value schema cannot be read", change.explanation());
  }

  @Test
  void aTransitiveLevelWhoseHistoryCannotBeReadGivesAnUnknownVerdictNotOneAgainstThePreviousOnly() {
    CatalogEntry before = version("1.0.0", "BACKWARD_TRANSITIVE", "orders", V1);
    CatalogEntry after = version("1.1.0", "BACKWARD_TRANSITIVE", "orders", OPTIONAL_NOTE);

    PortChange change = VersionChanges.between(before, after, files).get(0);

    assertEquals(Verdict.UNKNOWN, change.verdict());
    assertEquals(
        "the schema history of 1.0.0 cannot be read from its published contract, so the transitive level cannot be judged",
        change.explanation());
  }

  @Test
  void anUnchangedTransitivePortNeedsNoHistory() {
    CatalogEntry before = version("1.0.0", "BACKWARD_TRANSITIVE", "orders", V1);
    CatalogEntry after = version("1.1.0", "BACKWARD_TRANSITIVE", "orders", V1);

    assertEquals(List.of(), VersionChanges.between(before, after, files));
  }
}
