package dev.dataproduct.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.compat.ContractChanges.FieldChange;
import dev.dataproduct.compat.ContractChanges.PortChange;
import dev.dataproduct.compat.ContractChanges.PortSchemas;
import dev.dataproduct.compat.ContractChanges.Verdict;
import dev.dataproduct.model.contract.ReleasedSchema;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ContractChangesTest {

  private static final Schema WITH_STATUS =
      parse(
          """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "status", "type": "string"}]}""");
  private static final Schema WITHOUT_STATUS =
      parse(
          """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}""");
  private static final Schema STATUS_AS_INT =
      parse(
          """
      {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "status", "type": "int", "default": 0}]}""");

  private static Schema parse(String json) {
    return new Schema.Parser().parse(json);
  }

  private static PortSchemas port(String level, Schema value, ReleasedSchema... releases) {
    return new PortSchemas("orders", level, null, value, List.of(), List.of(releases), null);
  }

  @Test
  void aTransitiveLevelJudgesTheFieldsAgainstEveryReleaseOfTheHistory() {
    PortSchemas released =
        port(
            "BACKWARD_TRANSITIVE",
            WITHOUT_STATUS,
            new ReleasedSchema("1.0.0", WITH_STATUS),
            new ReleasedSchema("1.1.0", WITHOUT_STATUS));

    PortChange change =
        ContractChanges.between(
                "1.1.0", List.of(released), List.of(port("BACKWARD_TRANSITIVE", STATUS_AS_INT)))
            .get(0);

    assertEquals(
        List.of(new FieldChange("value", "status", "added", "int, default 0", Verdict.BREAKING)),
        change.fields());
    assertEquals(Verdict.BREAKING, change.verdict());
    assertEquals(
        "not BACKWARD_TRANSITIVE compatible with 1.0.0: Field \"status\" of record \"Order\" has type int in the new schema,"
            + " which cannot read string written with the previous schema",
        change.explanation());
  }

  @Test
  void theSameAdditionAtThePlainLevelComparesWithThePreviousReleaseOnly() {
    PortSchemas released =
        port(
            "BACKWARD",
            WITHOUT_STATUS,
            new ReleasedSchema("1.0.0", WITH_STATUS),
            new ReleasedSchema("1.1.0", WITHOUT_STATUS));

    PortChange change =
        ContractChanges.between(
                "1.1.0", List.of(released), List.of(port("BACKWARD", STATUS_AS_INT)))
            .get(0);

    assertEquals(Verdict.COMPATIBLE, change.verdict());
    assertEquals("BACKWARD compatible with 1.1.0", change.explanation());
  }

  @Test
  void aLevelThatChecksLessThanBeforeIsABreakingChangeAndOneThatChecksMoreIsNot() {
    List<PortSchemas> before = List.of(port("BACKWARD", WITHOUT_STATUS));

    assertEquals(
        List.of(
            new FieldChange(
                "port", "compatibility", "level changed", "BACKWARD → NONE", Verdict.BREAKING)),
        ContractChanges.between("1.0.0", before, List.of(port("NONE", WITHOUT_STATUS)))
            .get(0)
            .fields());
    assertEquals(
        List.of(
            new FieldChange(
                "port",
                "compatibility",
                "level changed",
                "BACKWARD → FULL_TRANSITIVE",
                Verdict.COMPATIBLE)),
        ContractChanges.between("1.0.0", before, List.of(port("FULL_TRANSITIVE", WITHOUT_STATUS)))
            .get(0)
            .fields());
  }

  @Test
  void aPortWhoseSchemasAndLevelAreTheSameIsNotListed() {
    assertEquals(
        List.of(),
        ContractChanges.between(
            "1.0.0",
            List.of(port("BACKWARD", WITH_STATUS)),
            List.of(port("BACKWARD", parse(WITH_STATUS.toString())))));
  }
}
