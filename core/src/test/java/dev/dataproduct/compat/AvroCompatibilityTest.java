package dev.dataproduct.compat;

import static dev.dataproduct.compat.CompatAssertions.assertCompatible;
import static dev.dataproduct.compat.CompatAssertions.assertIncompatibilities;
import static dev.dataproduct.compat.CompatAssertions.backward;
import static dev.dataproduct.compat.CompatAssertions.fixture;
import static dev.dataproduct.compat.CompatAssertions.forward;
import static dev.dataproduct.compat.CompatAssertions.history;
import static dev.dataproduct.compat.CompatibilityLevel.BACKWARD;
import static dev.dataproduct.compat.CompatibilityLevel.BACKWARD_TRANSITIVE;
import static dev.dataproduct.compat.CompatibilityLevel.FORWARD;
import static dev.dataproduct.compat.CompatibilityLevel.FORWARD_TRANSITIVE;
import static dev.dataproduct.compat.CompatibilityLevel.FULL;
import static dev.dataproduct.compat.CompatibilityLevel.FULL_TRANSITIVE;
import static dev.dataproduct.compat.CompatibilityLevel.NONE;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.FIXED_SIZE_MISMATCH;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.MISSING_ENUM_SYMBOLS;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.TYPE_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.compat.CompatAssertions.History;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AvroCompatibilityTest {

  private static final String ORDER = "com.example.orders.Order";

  @Test
  void removingAFieldWithoutDefaultBreaksForwardButNotBackward() {
    History history = fixture("field-removed-without-default");
    assertCompatible(history.check(BACKWARD));
    for (CompatibilityLevel level : List.of(FORWARD, FULL)) {
      assertIncompatibilities(
          history,
          history.check(level),
          forward(
              0,
              READER_FIELD_MISSING_DEFAULT_VALUE,
              "/fields",
              ORDER,
              "qty",
              "Field \"qty\" was removed from record \"com.example.orders.Order\", but the previous schema has no default for it",
              "keep field \"qty\""));
    }
  }

  @Test
  void addingAFieldWithoutDefaultBreaksBackwardButNotForward() {
    History history = fixture("field-added-without-default");
    assertCompatible(history.check(FORWARD));
    for (CompatibilityLevel level : List.of(BACKWARD, FULL)) {
      assertIncompatibilities(
          history,
          history.check(level),
          backward(
              0,
              READER_FIELD_MISSING_DEFAULT_VALUE,
              "/fields/1",
              ORDER,
              "amount",
              "Field \"amount\" of record \"com.example.orders.Order\" is not in the previous schema and has no default",
              "add a \"default\" to field \"amount\""));
    }
  }

  @Test
  void changingATypeBreaksTheDirectionsAvroCannotPromote() {
    History history = fixture("type-changed"); // qty int -> long (a promotion), code int -> string
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/2/type",
            ORDER,
            "code",
            "Field \"code\" of record \"com.example.orders.Order\" has type string in the new schema, which cannot read int",
            "keep type int"));
    assertIncompatibilities(
        history,
        history.check(FORWARD),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/1/type",
            ORDER,
            "qty",
            "Field \"qty\" of record \"com.example.orders.Order\" is written as long by the new schema, which readers using the previous schema (int) cannot read",
            "keep type int"),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/2/type",
            ORDER,
            "code",
            "is written as string by the new schema",
            "keep type int"));
    assertIncompatibilities(
        history,
        history.check(FULL),
        backward(
            0, TYPE_MISMATCH, "/fields/2/type", ORDER, "code", "has type string", "keep type int"),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/1/type",
            ORDER,
            "qty",
            "is written as long",
            "keep type int"),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/2/type",
            ORDER,
            "code",
            "is written as string",
            "keep type int"));
  }

  @Test
  void removingAnEnumSymbolBreaksBackward() {
    History history = fixture("enum-symbol-removed");
    assertCompatible(history.check(FORWARD));
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            MISSING_ENUM_SYMBOLS,
            "/fields/1/type/symbols",
            ORDER,
            "status",
            "Enum \"com.example.orders.Status\" (field \"status\" of record \"com.example.orders.Order\") lacks symbols [PAID]",
            "add [PAID] back, or give the enum a \"default\""));
  }

  @Test
  void transitiveLevelsCatchABreakWithAnOlderVersionThatTheLatestHides() {
    // v1 has no email, v2 adds it with a default, v3 (the candidate) drops the default
    History history = fixture("transitive-break-in-oldest");
    assertCompatible(history.check(BACKWARD));
    assertCompatible(history.check(FULL));
    assertCompatible(history.check(FORWARD_TRANSITIVE));
    for (CompatibilityLevel level : List.of(BACKWARD_TRANSITIVE, FULL_TRANSITIVE)) {
      assertIncompatibilities(
          history,
          history.check(level),
          backward(
              0,
              READER_FIELD_MISSING_DEFAULT_VALUE,
              "/fields/1",
              "com.example.crm.Customer",
              "email",
              "Field \"email\" of record \"com.example.crm.Customer\" is not in the previous schema",
              "add a \"default\""));
    }
  }

  @Test
  void everyIncompatibilityIsReportedNotJustTheFirst() {
    History history = fixture("many-changes");
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            READER_FIELD_MISSING_DEFAULT_VALUE,
            "/fields/1",
            ORDER,
            "channel",
            "Field \"channel\"",
            "add a \"default\""),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/2/type",
            ORDER,
            "qty",
            "has type string in the new schema, which cannot read int",
            "keep type int"),
        backward(
            0,
            MISSING_ENUM_SYMBOLS,
            "/fields/3/type/symbols",
            ORDER,
            "status",
            "lacks symbols [PAID]",
            "add [PAID] back"),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/4/type/fields/0/type",
            "com.example.orders.Address",
            "zip",
            "Field \"zip\" of record \"com.example.orders.Address\" has type int in the new schema, which cannot read string",
            "keep type string"),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/5/type/items",
            ORDER,
            "tags",
            "Field \"tags\" of record \"com.example.orders.Order\" (at /fields/5/type/items) has type int",
            "keep type string"),
        backward(
            0,
            FIXED_SIZE_MISMATCH,
            "/fields/6/type/size",
            ORDER,
            "hash",
            "Fixed \"com.example.orders.Hash\" (field \"hash\" of record \"com.example.orders.Order\") has size 32 in the new schema but 16",
            "keep size 16"));
  }

  @Test
  void noneIsAlwaysCompatible() {
    assertCompatible(fixture("many-changes").check(NONE));
  }

  @ParameterizedTest
  @EnumSource(CompatibilityLevel.class)
  void anEmptyHistoryIsAlwaysCompatible(CompatibilityLevel level) {
    History first =
        history("{'type':'record','name':'Order','fields':[{'name':'id','type':'string'}]}");
    assertCompatible(first.check(level));
  }

  @ParameterizedTest
  @EnumSource(CompatibilityLevel.class)
  void anUnchangedSchemaIsCompatibleAtEveryLevel(CompatibilityLevel level) {
    History history = fixture("many-changes");
    assertCompatible(
        AvroCompatibility.check(history.candidate(), List.of(history.candidate()), level));
  }

  @Test
  void aRepeatedPreviousSchemaIsReportedAgainstEachVersionItAppearsIn() {
    String v1 = "{'type':'record','name':'Order','fields':[{'name':'id','type':'string'}]}";
    History history =
        history(
            v1,
            v1,
            "{'type':'record','name':'Order','fields':[{'name':'id','type':'string'},{'name':'qty','type':'int'}]}");
    assertIncompatibilities(
        history,
        history.check(BACKWARD_TRANSITIVE),
        backward(
            0,
            READER_FIELD_MISSING_DEFAULT_VALUE,
            "/fields/1",
            "Order",
            "qty",
            "Field \"qty\"",
            "add a \"default\""),
        backward(
            1,
            READER_FIELD_MISSING_DEFAULT_VALUE,
            "/fields/1",
            "Order",
            "qty",
            "Field \"qty\"",
            "add a \"default\""));
  }

  @Test
  void previousSchemasThatDifferOnlyInAliasesAreCheckedSeparately() {
    // Schema.equals ignores aliases, but the previous reader's field alias is what matches the
    // renamed field
    History history =
        history(
            "{'type':'record','name':'Order','fields':[{'name':'qty','type':'int'}]}",
            "{'type':'record','name':'Order','fields':[{'name':'qty','type':'int','aliases':['quantity']}]}",
            "{'type':'record','name':'Order','fields':[{'name':'quantity','type':'int'}]}");
    assertIncompatibilities(
        history,
        history.check(FORWARD_TRANSITIVE),
        forward(
            0,
            READER_FIELD_MISSING_DEFAULT_VALUE,
            "/fields",
            "Order",
            "qty",
            "Field \"qty\" was removed",
            "keep field \"qty\""));
  }

  @Test
  void previousSchemasThatDifferOnlyInEnumDefaultsAreCheckedSeparately() {
    History history =
        history(
            "{'type':'enum','name':'Status','symbols':['NEW','PAID']}",
            "{'type':'enum','name':'Status','symbols':['NEW','PAID'],'default':'NEW'}",
            "{'type':'enum','name':'Status','symbols':['NEW','PAID','SHIPPED']}");
    assertIncompatibilities(
        history,
        history.check(FORWARD_TRANSITIVE),
        forward(
            0,
            MISSING_ENUM_SYMBOLS,
            "/symbols",
            null,
            null,
            "Enum \"Status\" adds symbols [SHIPPED], which readers using the previous schema cannot read",
            "remove [SHIPPED]"));
  }

  @Test
  void fieldAliasesThatAvroCannotResolveAreAnIncompatibilityNotACrash() {
    History history =
        history(
            "{'type':'record','name':'Order','fields':[{'name':'qty','type':'int'},{'name':'quantity','type':'int'}]}",
            "{'type':'record','name':'Order','fields':[{'name':'qty','type':'int','aliases':['quantity']}]}");
    CompatibilityResult result = history.check(BACKWARD);
    assertFalse(result.compatible());
    assertEquals(1, result.incompatibilities().size());
    Incompatibility only = result.incompatibilities().get(0);
    assertEquals(Direction.BACKWARD, only.direction());
    assertNull(only.type());
    assertEquals(SchemaLocation.ROOT, only.location());
    assertTrue(
        only.message()
            .startsWith(
                "Avro cannot resolve the new schema reading data written with the previous one: Reader record field qty"),
        only.message());
    assertFalse(only.message().contains("{"), "no schema dump in the message: " + only.message());
  }
}
