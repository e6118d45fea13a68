package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.GovernanceRules;
import dev.dataproduct.rules.SchemaRules;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** What a goal prints of many findings: errors before warnings, each severity capped on its own. */
class FindingsOutcomeTest {

  @Test
  void errorsPrintBeforeWarningsAndEachSeverityIsCappedOnItsOwn() {
    // A legacy tree: the warnings come first in file order (a.avsc sorts before z.avsc).
    List<Finding> findings =
        Stream.concat(
                Stream.iterate(1, i -> i + 1)
                    .limit(1218)
                    .map(
                        i ->
                            Finding.of(
                                GovernanceRules.FIELD_DOC,
                                new SourcePosition("src/main/avro/a.avsc", i, 5),
                                "no doc " + i)),
                Stream.iterate(1, i -> i + 1)
                    .limit(267)
                    .map(
                        i ->
                            Finding.of(
                                SchemaRules.UNDEFINED_NAME,
                                new SourcePosition("src/main/avro/z.avsc", i, 5),
                                "undefined " + i)))
            .toList();
    RecordingMavenLog log = new RecordingMavenLog();
    File report = new File("target/dataproduct/validate.json");

    MojoFailureException failure =
        assertThrows(
            MojoFailureException.class,
            () ->
                new FindingsOutcome(log, 3)
                    .conclude(
                        "validate",
                        "Validated legacy: 267 errors, 1218 warnings",
                        findings,
                        false,
                        report));

    assertEquals(
        List.of(
            "INFO Validated legacy: 267 errors, 1218 warnings",
            "ERROR src/main/avro/z.avsc:1:5: ERROR [SCHEMA-UNDEFINED-NAME] undefined 1",
            "ERROR src/main/avro/z.avsc:2:5: ERROR [SCHEMA-UNDEFINED-NAME] undefined 2",
            "ERROR src/main/avro/z.avsc:3:5: ERROR [SCHEMA-UNDEFINED-NAME] undefined 3",
            "ERROR ... and 264 more errors in " + report,
            "WARN src/main/avro/a.avsc:1:5: WARNING [GOVERNANCE-FIELD-DOC] no doc 1",
            "WARN src/main/avro/a.avsc:2:5: WARNING [GOVERNANCE-FIELD-DOC] no doc 2",
            "WARN src/main/avro/a.avsc:3:5: WARNING [GOVERNANCE-FIELD-DOC] no doc 3",
            "WARN ... and 1215 more warnings in " + report),
        log.lines);
    assertEquals(
        "dataproduct:validate found 267 errors in the data product contract; see the lines above or "
            + report,
        failure.getMessage());
  }

  @Test
  void aShortListPrintsWholeWithNoMoreLine() throws Exception {
    List<Finding> findings =
        List.of(
            Finding.of(
                GovernanceRules.FIELD_DOC,
                new SourcePosition("src/main/avro/a.avsc", 1, 5),
                "no doc"));
    RecordingMavenLog log = new RecordingMavenLog();

    new FindingsOutcome(log, 50)
        .conclude("validate", "Validated", findings, false, new File("r.json"));

    assertEquals(
        List.of(
            "INFO Validated",
            "WARN src/main/avro/a.avsc:1:5: WARNING [GOVERNANCE-FIELD-DOC] no doc"),
        log.lines);
  }
}
