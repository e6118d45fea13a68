package dev.dataproduct.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** Fixture loading and exact assertions shared by the compatibility tests. */
final class CompatAssertions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CompatAssertions() {}

  /** A schema history: the candidate's JSON text and schema, and the versions before it. */
  record History(String candidateJson, Schema candidate, List<Schema> previous) {

    CompatibilityResult check(CompatibilityLevel level) {
      return AvroCompatibility.check(candidate, previous, level);
    }
  }

  /** Loads {@code compat/<name>/v1.avsc, v2.avsc, ...}; the last version is the candidate. */
  static History fixture(String name) {
    List<String> versions = new ArrayList<>();
    for (int v = 1; ; v++) {
      try (InputStream in =
          CompatAssertions.class.getResourceAsStream("/compat/" + name + "/v" + v + ".avsc")) {
        if (in == null) {
          break;
        }
        versions.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertTrue(versions.size() >= 2, "fixture " + name + " needs at least v1.avsc and v2.avsc");
    return history(versions.toArray(String[]::new));
  }

  /**
   * A history from JSON texts, oldest first; the last is the candidate. Single quotes stand for
   * double.
   */
  static History history(String... versionsOldestFirst) {
    List<Schema> previous = new ArrayList<>();
    for (int i = 0; i < versionsOldestFirst.length - 1; i++) {
      previous.add(parse(versionsOldestFirst[i]));
    }
    String candidateJson = versionsOldestFirst[versionsOldestFirst.length - 1].replace('\'', '"');
    return new History(candidateJson, parse(candidateJson), previous);
  }

  static Schema parse(String json) {
    return new Schema.Parser().parse(json.replace('\'', '"'));
  }

  /** What one incompatibility must be; {@code messagePart} and {@code hintPart} are fragments. */
  record Expected(
      Direction direction,
      int previousIndex,
      SchemaIncompatibilityType type,
      String pointer,
      String recordName,
      String fieldName,
      String messagePart,
      String hintPart) {}

  static Expected backward(
      int previousIndex,
      SchemaIncompatibilityType type,
      String pointer,
      String recordName,
      String fieldName,
      String messagePart,
      String hintPart) {
    return new Expected(
        Direction.BACKWARD,
        previousIndex,
        type,
        pointer,
        recordName,
        fieldName,
        messagePart,
        hintPart);
  }

  static Expected forward(
      int previousIndex,
      SchemaIncompatibilityType type,
      String pointer,
      String recordName,
      String fieldName,
      String messagePart,
      String hintPart) {
    return new Expected(
        Direction.FORWARD,
        previousIndex,
        type,
        pointer,
        recordName,
        fieldName,
        messagePart,
        hintPart);
  }

  static void assertCompatible(CompatibilityResult result) {
    assertTrue(result.compatible(), () -> "expected compatible, got " + result.incompatibilities());
    assertEquals(List.of(), result.incompatibilities());
  }

  /**
   * Asserts exactly these incompatibilities, in this order, and that every pointer resolves in the
   * candidate's JSON, so a later stage can turn it into a line and column.
   */
  static void assertIncompatibilities(
      History history, CompatibilityResult result, Expected... expected) {
    assertFalse(result.compatible(), "expected incompatible");
    List<Incompatibility> actual = result.incompatibilities();
    assertEquals(expected.length, actual.size(), () -> "incompatibilities: " + actual);
    JsonNode candidate = readTree(history.candidateJson());
    for (int i = 0; i < expected.length; i++) {
      Expected want = expected[i];
      Incompatibility got = actual.get(i);
      String what = "incompatibility " + i + ": " + got;
      assertEquals(want.direction(), got.direction(), what);
      assertEquals(want.previousIndex(), got.previousIndex(), what);
      assertEquals(want.type(), got.type(), what);
      assertEquals(want.pointer(), got.location().pointer(), what);
      assertEquals(want.recordName(), got.location().recordName(), what);
      assertEquals(want.fieldName(), got.location().fieldName(), what);
      assertTrue(
          got.message().contains(want.messagePart()),
          () -> what + "\nmessage lacks: " + want.messagePart());
      assertTrue(
          got.hint().contains(want.hintPart()), () -> what + "\nhint lacks: " + want.hintPart());
      assertFalse(
          candidate.at(got.location().pointer()).isMissingNode(),
          () -> what + "\npointer does not resolve in the candidate JSON");
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
