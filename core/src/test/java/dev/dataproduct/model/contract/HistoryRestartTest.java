package dev.dataproduct.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dataproduct.compat.CompatibilityLevel;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Where a port's transitive history starts again: at a major release that broke the port, and only
 * there.
 */
class HistoryRestartTest {

  private static final Optional<CompatibilityLevel> TRANSITIVE =
      Optional.of(CompatibilityLevel.BACKWARD_TRANSITIVE);
  private static final Schema KEY = Schema.create(Schema.Type.STRING);
  private static final Schema QTY_INT = order("{\"name\": \"qty\", \"type\": \"int\"}");
  private static final Schema QTY_STRING = order("{\"name\": \"qty\", \"type\": \"string\"}");
  private static final Schema QTY_STRING_NOTE =
      order(
          "{\"name\": \"qty\", \"type\": \"string\"}, {\"name\": \"note\", \"type\": \"string\", \"default\": \"\"}");
  private static final Schema ID_ONLY = order(null);

  @Test
  void aMajorThatBreaksThePortRestartsItsHistoryThere() {
    PortContract v2 =
        HistoryRestart.carry(
            first(QTY_INT), "1.0.0", "2.0.0", KEY, "kafka", QTY_STRING, TRANSITIVE);

    assertEquals("2.0.0", v2.transitiveFrom());
    assertEquals(
        List.of("1.0.0"),
        versions(v2.valueHistory()),
        "the schemas before the restart stay in the history");
    assertEquals(
        List.of("2.0.0"),
        versions(v2.valueReleases("2.0.0")),
        "but the next release compares with 2.0.0 only");
  }

  @Test
  void theRestartIsCarriedSoLaterReleasesCompareFromTheMajorOn() {
    PortContract v2 =
        HistoryRestart.carry(
            first(QTY_INT), "1.0.0", "2.0.0", KEY, "kafka", QTY_STRING, TRANSITIVE);
    PortContract v21 =
        HistoryRestart.carry(v2, "2.0.0", "2.1.0", KEY, "kafka", QTY_STRING_NOTE, TRANSITIVE);

    assertEquals("2.0.0", v21.transitiveFrom());
    assertEquals(List.of("1.0.0", "2.0.0"), versions(v21.valueHistory()));
    assertEquals(List.of("2.0.0", "2.1.0"), versions(v21.valueReleases("2.1.0")));
    assertEquals(List.of("2.0.0", "2.1.0"), versions(v21.keyReleases("2.1.0")));
  }

  @Test
  void aMajorThatKeepsThePortCompatibleKeepsItsWholeHistory() {
    // Dropping a field: the new schema still reads everything written before.
    PortContract v2 =
        HistoryRestart.carry(first(QTY_INT), "1.0.0", "2.0.0", KEY, "kafka", ID_ONLY, TRANSITIVE);

    assertNull(v2.transitiveFrom());
    assertEquals(List.of("1.0.0", "2.0.0"), versions(v2.valueReleases("2.0.0")));
  }

  @Test
  void aMinorReleaseNeverRestartsTheHistoryEvenWhenItBreaks() {
    // The check refuses (or a waiver accepts) such a break; either way the history stays whole.
    PortContract v11 =
        HistoryRestart.carry(
            first(QTY_INT), "1.0.0", "1.1.0", KEY, "kafka", QTY_STRING, TRANSITIVE);

    assertNull(v11.transitiveFrom());
  }

  @Test
  void aPortWithoutALevelOrWithLevelNoneNeverRestarts() {
    assertNull(
        HistoryRestart.carry(
                first(QTY_INT), "1.0.0", "2.0.0", KEY, "kafka", QTY_STRING, Optional.empty())
            .transitiveFrom());
    assertNull(
        HistoryRestart.carry(
                first(QTY_INT),
                "1.0.0",
                "2.0.0",
                KEY,
                "kafka",
                QTY_STRING,
                Optional.of(CompatibilityLevel.NONE))
            .transitiveFrom());
  }

  @Test
  void aKeyThatBreaksAtAMajorRestartsThePortToo() {
    PortContract v2 =
        HistoryRestart.carry(
            first(QTY_INT),
            "1.0.0",
            "2.0.0",
            Schema.create(Schema.Type.INT),
            "kafka",
            QTY_INT,
            TRANSITIVE);

    assertEquals("2.0.0", v2.transitiveFrom());
  }

  @Test
  void aPortPackedBeforeTheRecordExistedHasItsRestartWorkedOutFromItsHistory() {
    // As a 2.1.0 jar of an older plugin carries it: 1.0.0 and 2.0.0 in the history, no record.
    PortContract old =
        new PortContract(
            "order-lines",
            KEY,
            "kafka",
            QTY_STRING_NOTE,
            List.of(new ReleasedSchema("1.0.0", KEY), new ReleasedSchema("2.0.0", KEY)),
            List.of(new ReleasedSchema("1.0.0", QTY_INT), new ReleasedSchema("2.0.0", QTY_STRING)));

    PortContract read = HistoryRestart.replayed(old, "2.1.0", TRANSITIVE);

    assertEquals("2.0.0", read.transitiveFrom());
    assertEquals(old.valueHistory(), read.valueHistory());
    assertEquals(List.of("2.0.0", "2.1.0"), versions(read.valueReleases("2.1.0")));
  }

  @Test
  void replayingAHistoryWithoutABreakAtAMajorFindsNoRestart() {
    PortContract old =
        new PortContract(
            "order-lines",
            KEY,
            "kafka",
            ID_ONLY,
            List.of(),
            List.of(new ReleasedSchema("1.0.0", QTY_INT)));

    assertNull(HistoryRestart.replayed(old, "2.0.0", TRANSITIVE).transitiveFrom());
    assertNull(
        HistoryRestart.replayed(
                old.releasedAs("2.0.0", KEY, "kafka", QTY_STRING), "2.1.0", TRANSITIVE)
            .transitiveFrom(),
        "1.0.0 to 2.0.0 kept compatibility; 2.1.0 breaking 1.0.0 was a minor release, which restarts nothing");
  }

  @Test
  void aRecordedRestartIsKeptAsRecorded() {
    PortContract recorded =
        first(QTY_INT).releasedAs("1.0.0", KEY, "kafka", QTY_STRING).restartedAt("1.0.0");

    assertEquals("1.0.0", HistoryRestart.replayed(recorded, "2.0.0", TRANSITIVE).transitiveFrom());
  }

  @Test
  void majorVersionsAreComparedByTheirNumbers() {
    assertEquals(true, HistoryRestart.newMajor("9.4.1", "10.0.0"));
    assertEquals(true, HistoryRestart.newMajor("1.9", "2.0.0-rc1"));
    assertEquals(false, HistoryRestart.newMajor("2.0.0-rc1", "2.0.0"));
    assertEquals(false, HistoryRestart.newMajor("1.0.0", "1.10.0"));
    assertEquals(false, HistoryRestart.newMajor("release-1", "release-2"));
  }

  private static PortContract first(Schema value) {
    return new PortContract("order-lines", KEY, "kafka", value, List.of(), List.of());
  }

  private static List<String> versions(List<ReleasedSchema> released) {
    return released.stream().map(ReleasedSchema::version).toList();
  }

  private static Schema order(String moreFields) {
    return new Schema.Parser()
        .parse(
            "{\"type\": \"record\", \"name\": \"Line\", \"namespace\": \"com.example\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}"
                + (moreFields == null ? "" : ", " + moreFields)
                + "]}");
  }
}
