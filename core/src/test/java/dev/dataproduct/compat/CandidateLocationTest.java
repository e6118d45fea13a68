package dev.dataproduct.compat;

import static dev.dataproduct.compat.CompatAssertions.assertCompatible;
import static dev.dataproduct.compat.CompatAssertions.assertIncompatibilities;
import static dev.dataproduct.compat.CompatAssertions.backward;
import static dev.dataproduct.compat.CompatAssertions.forward;
import static dev.dataproduct.compat.CompatAssertions.history;
import static dev.dataproduct.compat.CompatibilityLevel.BACKWARD;
import static dev.dataproduct.compat.CompatibilityLevel.FORWARD;
import static dev.dataproduct.compat.CompatibilityLevel.FULL;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.MISSING_UNION_BRANCH;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.NAME_MISMATCH;
import static org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.TYPE_MISMATCH;

import dev.dataproduct.compat.CompatAssertions.History;
import org.junit.jupiter.api.Test;

/** Avro reports paths in the reader schema; these prove they are translated into the candidate. */
class CandidateLocationTest {

  @Test
  void forwardPathsFollowTheCandidatesFieldOrderAndNamedTypeDefinitions() {
    // The previous schema defines Addr in its first field; the candidate defines it in its first
    // field "b" and only refers to it from "a", which comes first in the previous schema.
    History history =
        history(
            "{'type':'record','name':'R','fields':[{'name':'a','type':{'type':'record','name':'Addr','fields':[{'name':'zip','type':'int'}]}},{'name':'b','type':'Addr'}]}",
            "{'type':'record','name':'R','fields':[{'name':'b','type':{'type':'record','name':'Addr','fields':[{'name':'zip','type':'string'}]}},{'name':'a','type':'Addr'}]}");
    assertIncompatibilities(
        history,
        history.check(FORWARD),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/0/type/fields/0/type",
            "Addr",
            "zip",
            "Field \"zip\" of record \"Addr\" is written as string by the new schema",
            "keep type int"));
  }

  @Test
  void aChangedReferenceToANamedTypePointsAtTheReference() {
    History history =
        history(
            "{'type':'record','name':'R','fields':[{'name':'home','type':{'type':'record','name':'Addr','fields':[{'name':'zip','type':'int'}]}},{'name':'work','type':'string'}]}",
            "{'type':'record','name':'R','fields':[{'name':'home','type':{'type':'record','name':'Addr','fields':[{'name':'zip','type':'int'}]}},{'name':'work','type':'Addr'}]}");
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/1/type",
            "R",
            "work",
            "Field \"work\" of record \"R\" has type Addr in the new schema, which cannot read string",
            "keep type string"));
  }

  @Test
  void unionBranchesAreCountedInTheCandidatesUnion() {
    History history =
        history(
            "{'type':'record','name':'R','fields':[{'name':'a','type':['null','int']}]}",
            "{'type':'record','name':'R','fields':[{'name':'a','type':['null','string']}]}");
    assertIncompatibilities(
        history,
        history.check(FULL),
        backward(
            0,
            MISSING_UNION_BRANCH,
            "/fields/0/type",
            "R",
            "a",
            "Field \"a\" of record \"R\" is the union [null, string] in the new schema, which has no branch that reads int",
            "keep a branch that reads int"),
        forward(
            0,
            MISSING_UNION_BRANCH,
            "/fields/0/type/1",
            "R",
            "a",
            "Field \"a\" of record \"R\" (at /fields/0/type/1) can hold string in the new schema, which the previous schema's union [null, int] cannot read",
            "write only types that [null, int] can read"));
  }

  @Test
  void aFieldWidenedToAUnionPointsAtEachUnreadableBranch() {
    History history =
        history(
            "{'type':'record','name':'R','fields':[{'name':'a','type':'int'}]}",
            "{'type':'record','name':'R','fields':[{'name':'a','type':['null','int','string']}]}");
    assertCompatible(history.check(BACKWARD));
    assertIncompatibilities(
        history,
        history.check(FORWARD),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/0/type/0",
            "R",
            "a",
            "is written as null by the new schema",
            "keep type int"),
        forward(
            0,
            TYPE_MISMATCH,
            "/fields/0/type/2",
            "R",
            "a",
            "is written as string by the new schema",
            "keep type int"));
  }

  @Test
  void aResultAvroReusesFromAnotherPathIsLocatedWhereItsTypeIsDefined() {
    // Avro first meets the pair of S types inside the union, then reuses that result for field b
    // with the path it had inside the union; the problem is in S's field q, defined in the union.
    History history =
        history(
            "{'type':'record','name':'R','fields':[{'name':'a','type':['null',{'type':'record','name':'S','fields':[{'name':'q','type':'int'}]}]},{'name':'b','type':'S'}]}",
            "{'type':'record','name':'R','fields':[{'name':'a','type':['null',{'type':'record','name':'S','fields':[{'name':'q','type':'string'}]}]},{'name':'b','type':'S'}]}");
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            MISSING_UNION_BRANCH,
            "/fields/0/type",
            "R",
            "a",
            "has no branch that reads S",
            "keep a branch that reads S"),
        backward(
            0,
            TYPE_MISMATCH,
            "/fields/0/type/1/fields/0/type",
            "S",
            "q",
            "Field \"q\" of record \"S\" has type string in the new schema, which cannot read int",
            "keep type int"));
  }

  @Test
  void arraysAndMapsAreSteppedInto() {
    History history =
        history(
            "{'type':'array','items':{'type':'map','values':'string'}}",
            "{'type':'array','items':{'type':'map','values':'int'}}");
    assertIncompatibilities(
        history,
        history.check(BACKWARD),
        backward(
            0,
            TYPE_MISMATCH,
            "/items/values",
            null,
            null,
            "The type at /items/values has type int in the new schema, which cannot read string",
            "keep type string"));
  }

  @Test
  void aRenamedRecordIsSavedBackwardByAnAliasButNotForward() {
    String previous =
        "{'type':'record','name':'Order','namespace':'shop','fields':[{'name':'id','type':'string'}]}";
    History renamed =
        history(
            previous,
            "{'type':'record','name':'Purchase','namespace':'shop','fields':[{'name':'id','type':'string'}]}");
    assertIncompatibilities(
        renamed,
        renamed.check(BACKWARD),
        backward(
            0,
            NAME_MISMATCH,
            "/name",
            null,
            null,
            "Record \"shop.Purchase\" does not match \"shop.Order\" of the previous schema",
            "add \"shop.Order\" to the \"aliases\" of \"shop.Purchase\""));

    History aliased =
        history(
            previous,
            "{'type':'record','name':'Purchase','namespace':'shop','aliases':['Order'],'fields':[{'name':'id','type':'string'}]}");
    assertCompatible(aliased.check(BACKWARD));
    assertIncompatibilities(
        aliased,
        aliased.check(FORWARD),
        forward(
            0,
            NAME_MISMATCH,
            "/name",
            null,
            null,
            "Record \"shop.Order\" of the previous schema is named \"shop.Purchase\" in the new schema",
            "keep the name \"shop.Order\""));
  }
}
