package dev.dataproduct.model.schema;

import static dev.dataproduct.model.schema.Fixtures.assertSays;
import static dev.dataproduct.model.schema.Fixtures.load;
import static dev.dataproduct.model.schema.Fixtures.located;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.schema.Fixtures.Loaded;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaGovernanceTest {

  @Test
  void piiFieldsAreTheFieldsTaggedPiiWithTheirPositions() throws IOException {
    Loaded loaded = load("governance");

    assertEquals(
        List.of(
            new PiiField(
                "com.example.crm.Person",
                "email",
                "Person.avsc",
                new SourcePosition("src/main/avro/Person.avsc", 8, 14)),
            new PiiField(
                "com.example.crm.Person",
                "name",
                "Person.avsc",
                new SourcePosition("src/main/avro/Person.avsc", 9, 14)),
            new PiiField(
                "com.example.crm.Address",
                "street",
                "Person.avsc",
                new SourcePosition("src/main/avro/Person.avsc", 15, 18)),
            new PiiField(
                "com.example.web.Visit",
                "ip",
                "Visit.avsc",
                new SourcePosition("src/main/avro/Visit.avsc", 2, 12))),
        loaded.schemas().piiFields());
  }

  @Test
  void everyFieldWithoutADocIsAWarningAtTheField() throws IOException {
    Loaded loaded = load("governance");
    Findings findings = Findings.withDefaults();

    loaded.schemas().checkFieldDocs(findings);

    assertEquals(
        List.of(
            "GOVERNANCE-FIELD-DOC src/main/avro/Person.avsc:9:14",
            "GOVERNANCE-FIELD-DOC src/main/avro/Person.avsc:10:14",
            "GOVERNANCE-FIELD-DOC src/main/avro/Visit.avsc:3:12"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/Person.avsc:9:14",
        "Field \"name\" of record \"com.example.crm.Person\" has no doc",
        "Add \"doc\"");
    // A blank doc counts as none.
    assertSays(findings, "src/main/avro/Person.avsc:10:14", "Field \"age\"");
    assertEquals(Severity.WARNING, findings.all().get(0).severity());
    assertEquals("com.example.crm.Person#name", findings.all().get(0).target());
  }

  @Test
  void aRecordDefinedInTwoFilesIsCheckedOnce() throws IOException {
    Loaded loaded = load("duplicate-name");
    Findings findings = Findings.withDefaults();

    loaded.schemas().checkFieldDocs(findings);

    // Money is defined in a/ and b/; only a/Money.avsc (the first) is reported.
    assertEquals(
        List.of(
            "GOVERNANCE-FIELD-DOC src/main/avro/a/Money.avsc:2:12",
            "GOVERNANCE-FIELD-DOC src/main/avro/a/Money.avsc:3:12",
            "GOVERNANCE-FIELD-DOC src/main/avro/b/Price.avsc:6:14",
            "GOVERNANCE-FIELD-DOC src/main/avro/b/Price.avsc:7:14"),
        located(findings));
  }
}
