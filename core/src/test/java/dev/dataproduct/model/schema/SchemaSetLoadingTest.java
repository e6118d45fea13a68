package dev.dataproduct.model.schema;

import static dev.dataproduct.model.schema.Fixtures.assertSays;
import static dev.dataproduct.model.schema.Fixtures.load;
import static dev.dataproduct.model.schema.Fixtures.located;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.schema.Fixtures.Loaded;
import dev.dataproduct.model.schema.SchemaFile.Status;
import dev.dataproduct.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSetLoadingTest {

  @Test
  void typesSharedBetweenFilesResolveWhetherTheirFileSortsBeforeOrAfterTheUser()
      throws IOException {
    // Order.avsc uses Customer/Address (crm/, sorted before it) and Status (sorted after it);
    // Shipment.avsc uses Line, a record nested inside Order.avsc.
    Loaded loaded = load("cross-file");

    assertEquals(List.of(), located(loaded.findings()));
    SchemaSet schemas = loaded.schemas();
    assertEquals(4, schemas.fileCount());
    assertEquals(4, schemas.loadedFileCount());
    assertEquals(6, schemas.namedTypeCount());
    Schema order = schemas.schemaOfFile("com/example/orders/Order.avsc").orElseThrow();
    assertEquals("com.example.crm.Customer", order.getField("customer").schema().getFullName());
    assertEquals(
        "city",
        order.getField("customer").schema().getField("address").schema().getFields().get(0).name());
    assertEquals(List.of("OPEN", "SHIPPED"), order.getField("status").schema().getEnumSymbols());
    Schema shipment = schemas.schemaOfFile("com/example/shipping/Shipment.avsc").orElseThrow();
    assertEquals("com.example.orders.Line", shipment.getField("line").schema().getFullName());
    assertEquals(
        List.of("com.example.orders.Order", "com.example.orders.Line"),
        schemas.file("com/example/orders/Order.avsc").orElseThrow().definedTypes());
  }

  @Test
  void positionsOfTypesFieldsAndJsonPointers() throws IOException {
    SchemaSet schemas = load("cross-file").schemas();

    assertEquals(
        Optional.of(new SourcePosition("src/main/avro/com/example/orders/Order.avsc", 12, 15)),
        schemas.typePosition("com.example.orders.Line"));
    assertEquals(
        Optional.of(new SourcePosition("src/main/avro/com/example/orders/Order.avsc", 7, 14)),
        schemas.fieldPosition("com.example.orders.Order", "customer"));
    assertEquals(
        Optional.of(new SourcePosition("src/main/avro/com/example/crm/Customer.avsc", 10, 27)),
        schemas.fieldPosition("com.example.crm.Address", "city"));
    assertEquals(
        new SourcePosition("src/main/avro/com/example/orders/Order.avsc", 9, 53),
        schemas.positionOf("com/example/orders/Order.avsc", "/fields/3/default"));
    assertEquals(
        new SourcePosition("src/main/avro/com/example/orders/Order.avsc", 10, 58),
        schemas.positionOf("com/example/orders/Order.avsc", "/fields/4/type/items"));
    // A pointer to nothing falls back to the nearest value that exists.
    assertEquals(
        new SourcePosition("src/main/avro/com/example/orders/Order.avsc", 6, 5),
        schemas.positionOf("com/example/orders/Order.avsc", "/fields/0/doc"));
    assertEquals(Optional.empty(), schemas.fieldPosition("com.example.orders.Order", "nope"));
    assertEquals(Optional.empty(), schemas.typePosition("com.example.Nope"));
  }

  @Test
  void filesThatUseEachOthersTypesLoadTogether() throws IOException {
    Loaded loaded = load("file-cycle");

    assertEquals(List.of(), located(loaded.findings()));
    Schema employee = loaded.schemas().schemaOfFile("Employee.avsc").orElseThrow();
    Schema department = employee.getField("department").schema().getTypes().get(1);
    assertEquals("com.example.hr.Department", department.getFullName());
    assertEquals(
        "com.example.hr.Employee",
        department.getField("head").schema().getTypes().get(1).getFullName());
    assertEquals(loaded.schemas().schemaOfFile("Department.avsc").orElseThrow(), department);
  }

  @Test
  void undefinedNamesPointAtTheReferenceWithDidYouMean() throws IOException {
    Loaded loaded = load("undefined-name");
    Findings findings = loaded.findings();

    assertEquals(
        List.of(
            "SCHEMA-NOT-CHECKED src/main/avro/Invoice.avsc:2:29",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Order.avsc:6:34",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Order.avsc:7:32",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Order.avsc:8:41",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Wrong.avsc:2:32"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/Order.avsc:6:34",
        "Type \"com.example.Custmer\" is not defined",
        "did you mean \"com.example.Customer\"?");
    assertSays(
        findings,
        "src/main/avro/Order.avsc:7:32",
        "\"Adress\" (com.example.Adress)",
        "did you mean \"Address\"?");
    assertSays(
        findings,
        "src/main/avro/Order.avsc:8:41",
        "\"com.example.Coupon\" is not defined in any schema file under src/main/avro",
        "Define \"com.example.Coupon\"");
    assertTrue(
        Fixtures.at(findings, "src/main/avro/Order.avsc:8:41").message().indexOf("did you mean")
            < 0);
    // The same name in another namespace needs its full name.
    assertSays(
        findings,
        "src/main/avro/Wrong.avsc:2:32",
        "\"Customer\" (com.example.other.Customer)",
        "did you mean \"com.example.Customer\"?");
    // A file using a broken file's type gets one note, not a cascade of errors.
    assertSays(
        findings,
        "src/main/avro/Invoice.avsc:2:29",
        "uses \"com.example.Order\" from src/main/avro/Order.avsc, which has errors");
    assertEquals(
        Severity.INFO, Fixtures.at(findings, "src/main/avro/Invoice.avsc:2:29").severity());

    SchemaSet schemas = loaded.schemas();
    assertEquals(Status.LOADED, schemas.file("Customer.avsc").orElseThrow().status());
    assertEquals(Status.FAILED, schemas.file("Order.avsc").orElseThrow().status());
    assertEquals(Status.NOT_CHECKED, schemas.file("Invoice.avsc").orElseThrow().status());
    assertEquals(Optional.empty(), schemas.schemaOfFile("Invoice.avsc"));
  }

  @Test
  void invalidJsonIsReportedWhereTheParserStopped() throws IOException {
    Loaded loaded = load("invalid-json");
    Findings findings = loaded.findings();

    assertEquals(
        List.of(
            "SCHEMA-JSON src/main/avro/Broken.avsc:6:5",
            "SCHEMA-JSON src/main/avro/Empty.avsc:1:1",
            "SCHEMA-JSON src/main/avro/Trailing.avsc:2:1",
            "SCHEMA-JSON src/main/avro/TwiceKeyed.avsc:6:3"),
        located(findings));
    assertSays(findings, "src/main/avro/Broken.avsc:6:5", "Not valid JSON", "was expecting comma");
    assertSays(findings, "src/main/avro/Empty.avsc:1:1", "the file is empty");
    assertSays(
        findings,
        "src/main/avro/Trailing.avsc:2:1",
        "unexpected content after the end of the schema");
    assertSays(
        findings,
        "src/main/avro/TwiceKeyed.avsc:6:3",
        "Key \"name\" appears twice",
        "Avro silently uses the last one");
    // Comments are accepted, as Avro accepts them; with a duplicate key the last value wins.
    assertEquals(
        "Renamed", loaded.schemas().schemaOfFile("TwiceKeyed.avsc").orElseThrow().getName());
    assertEquals(Status.LOADED, loaded.schemas().file("Good.avsc").orElseThrow().status());
  }

  @Test
  void invalidAvroIsReportedAtTheOffendingValue() throws IOException {
    Loaded loaded = load("invalid-avro");
    Findings findings = loaded.findings();

    assertEquals(
        List.of(
            "SCHEMA-INVALID src/main/avro/Names.avsc:4:16",
            "SCHEMA-INVALID src/main/avro/Names.avsc:6:14",
            "SCHEMA-INVALID src/main/avro/Names.avsc:8:14",
            "SCHEMA-INVALID src/main/avro/Names.avsc:9:5",
            "SCHEMA-INVALID src/main/avro/Names.avsc:10:5",
            "SCHEMA-INVALID src/main/avro/Names.avsc:11:48",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:2:3",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:3:3",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:4:3",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:5:57",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:5:64",
            "SCHEMA-BAD-DEFAULT src/main/avro/Shapes.avsc:5:89",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:6:3",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:7:53",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:8:3",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:9:30",
            "SCHEMA-INVALID src/main/avro/Shapes.avsc:10:3",
            "SCHEMA-INVALID src/main/avro/Types.avsc:6:27",
            "SCHEMA-INVALID src/main/avro/Types.avsc:7:27",
            "SCHEMA-INVALID src/main/avro/Types.avsc:8:27",
            "SCHEMA-INVALID src/main/avro/Types.avsc:9:36",
            "SCHEMA-INVALID src/main/avro/Types.avsc:10:36",
            "SCHEMA-INVALID src/main/avro/Types.avsc:11:27",
            "SCHEMA-INVALID src/main/avro/Types.avsc:12:36",
            "SCHEMA-INVALID src/main/avro/Types.avsc:13:46",
            "SCHEMA-INVALID src/main/avro/Types.avsc:14:36"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/Types.avsc:6:27",
        "Unknown type \"strng\"; did you mean \"string\"?");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:7:27",
        "Unknown type \"Integer\"; did you mean \"int\"?");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:8:27",
        "\"date\" is a logical type",
        "{\"type\": \"int\", \"logicalType\": \"date\"}");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:9:36",
        "Unknown type \"recrod\"; did you mean \"record\"?");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:10:36",
        "\"Types\" is neither",
        "\"Types\" instead of {\"type\": \"Types\"}");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:11:27",
        "\"array\" cannot be used as a bare type name",
        "\"items\"");
    assertSays(findings, "src/main/avro/Types.avsc:12:36", "cannot contain another union");
    assertSays(
        findings,
        "src/main/avro/Types.avsc:13:46",
        "The union has \"null\" twice (branches 0 and 2)");
    assertSays(findings, "src/main/avro/Types.avsc:14:36", "must be a type name", "not an array");
    assertSays(
        findings,
        "src/main/avro/Names.avsc:4:16",
        "Namespace part \"example-shop\" is not a valid Avro name");
    assertSays(
        findings,
        "src/main/avro/Names.avsc:6:14",
        "Field name \"first-name\" is not a valid Avro name");
    assertSays(
        findings,
        "src/main/avro/Names.avsc:8:14",
        "Record \"Names\" has two fields named \"id\" (fields 1 and 2)");
    assertSays(
        findings, "src/main/avro/Names.avsc:9:5", "Field 3 of record \"Names\" has no \"name\"");
    assertSays(
        findings,
        "src/main/avro/Names.avsc:10:5",
        "Field \"noType\" of record \"Names\" has no \"type\"");
    assertSays(
        findings,
        "src/main/avro/Names.avsc:11:48",
        "\"order\" \"up\"",
        "ascending, descending or ignore");
    assertSays(findings, "src/main/avro/Shapes.avsc:2:3", "A record needs a \"name\"");
    assertSays(findings, "src/main/avro/Shapes.avsc:3:3", "Record \"NoFields\" has no \"fields\"");
    assertSays(findings, "src/main/avro/Shapes.avsc:4:3", "Enum \"NoSymbols\" has no \"symbols\"");
    assertSays(
        findings, "src/main/avro/Shapes.avsc:5:57", "Enum \"Colour\" has the symbol \"RED\" twice");
    assertSays(
        findings,
        "src/main/avro/Shapes.avsc:5:64",
        "Enum symbol \"dark-blue\" is not a valid Avro name");
    assertSays(
        findings,
        "src/main/avro/Shapes.avsc:5:89",
        "Default \"PINK\" of enum \"Colour\" is not one of its symbols");
    assertSays(findings, "src/main/avro/Shapes.avsc:6:3", "Fixed \"NoSize\" has no \"size\"");
    assertSays(findings, "src/main/avro/Shapes.avsc:7:53", "Fixed \"NegativeSize\" has size -1");
    assertSays(findings, "src/main/avro/Shapes.avsc:8:3", "A map schema needs \"values\"");
    assertSays(findings, "src/main/avro/Shapes.avsc:9:30", "may not be called \"int\"");
    assertSays(findings, "src/main/avro/Shapes.avsc:10:3", "not 42");
    assertEquals(Status.LOADED, loaded.schemas().file("Fine.avsc").orElseThrow().status());
  }

  @Test
  void badDefaultsAreReportedAtTheValueThatDoesNotFit() throws IOException {
    Loaded loaded = load("bad-default");
    Findings findings = loaded.findings();

    assertEquals(
        List.of(
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:6:49",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:7:61",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:8:62",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:9:80",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:10:53",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:11:47",
            "SCHEMA-BAD-DEFAULT src/main/avro/Defaults.avsc:15:20"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:6:49",
        "field \"count\" in record \"com.example.Defaults\"",
        "\"x\" is not a valid \"int\"",
        "Use a default such as 0.");
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:7:61",
        "null matches the union branch \"null\"",
        "must match its first branch (\"string\")",
        "Put \"null\" first: [\"null\", \"string\"]");
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:8:62",
        "\"none\" matches the union branch \"string\"",
        "first branch (\"null\")");
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:9:80",
        "field \"tags\"",
        "\"two\" is not a valid \"int\"");
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:10:53",
        "\"DELETED\" is not a symbol of enum \"com.example.Status\" [ACTIVE, CLOSED]");
    assertSays(findings, "src/main/avro/Defaults.avsc:11:47", "3000000000 is not a valid \"int\"");
    assertSays(
        findings,
        "src/main/avro/Defaults.avsc:15:20",
        "lacks field \"x\", which has no default of its own");
    // Avro 1.12 itself rejects a file with a bad default; here it still loads, with findings.
    assertEquals(Status.LOADED, loaded.schemas().file("Defaults.avsc").orElseThrow().status());
  }

  @Test
  void recursionMustPassThroughAnOptionalUnionAnArrayOrAMap() throws IOException {
    Loaded loaded = load("recursive");
    Findings findings = loaded.findings();

    assertEquals(
        List.of(
            "SCHEMA-RECURSIVE src/main/avro/Endless.avsc:3:12",
            "SCHEMA-RECURSIVE src/main/avro/Ping.avsc:2:12",
            "SCHEMA-RECURSIVE src/main/avro/Pong.avsc:3:12"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/Endless.avsc:3:12",
        "Record \"com.example.Endless\" contains itself with no way to end (Endless.next -> Endless)",
        "Make field \"next\" optional");
    assertSays(findings, "src/main/avro/Ping.avsc:2:12", "(Ping.pong -> Pong.ping -> Ping)");
    assertSays(findings, "src/main/avro/Pong.avsc:3:12", "(Pong.ping -> Ping.pong -> Pong)");
    // LinkedList (union with null), Tree (array, map, union with string) and Holder (only uses
    // an endless record) have no finding of their own.
    assertEquals(6, loaded.schemas().loadedFileCount());
  }

  @Test
  void aNameDefinedInTwoFilesMustBeDefinedTheSameWay() throws IOException {
    Loaded loaded = load("duplicate-name");
    Findings findings = loaded.findings();

    assertEquals(
        List.of("SCHEMA-DUPLICATE-NAME src/main/avro/b/Price.avsc:9:15"), located(findings));
    assertSays(
        findings,
        "src/main/avro/b/Price.avsc:9:15",
        "Type \"com.example.Currency\" is already defined differently in src/main/avro/a/Currency.avsc:1:26");
    // Money is defined identically in a/ and b/ (written differently): that is fine.
    assertEquals(3, loaded.schemas().namedTypeCount());
    assertEquals(
        Optional.of(new SourcePosition("src/main/avro/a/Money.avsc", 1, 28)),
        loaded.schemas().typePosition("com.example.Money"));
  }

  @Test
  void aFileThatFailsDoesNotHideTheFindingsOfOthers() throws IOException {
    Loaded loaded = load("isolation");
    Findings findings = loaded.findings();
    loaded.schemas().checkFieldDocs(findings);

    assertEquals(
        List.of(
            "SCHEMA-JSON src/main/avro/A_Broken.avsc:2:1",
            "GOVERNANCE-FIELD-DOC src/main/avro/B_Invalid.avsc:2:12",
            "SCHEMA-UNDEFINED-NAME src/main/avro/B_Invalid.avsc:2:25",
            "GOVERNANCE-FIELD-DOC src/main/avro/C_User.avsc:2:12",
            "SCHEMA-NOT-CHECKED src/main/avro/C_User.avsc:2:40",
            "SCHEMA-BAD-DEFAULT src/main/avro/D_Defaults.avsc:2:48",
            "GOVERNANCE-FIELD-DOC src/main/avro/D_Defaults.avsc:3:12",
            "SCHEMA-RECURSIVE src/main/avro/E_Endless.avsc:2:12"),
        located(findings));
    assertSays(
        findings,
        "src/main/avro/A_Broken.avsc:2:1",
        "Unexpected end-of-input",
        "(start marker at line 1, column 48)");
    assertSays(findings, "src/main/avro/D_Defaults.avsc:2:48", "1.5 is not a valid \"long\"");
  }

  @Test
  void typesOfAFileThatFailedToLoadAreNotCheckedInTheFilesThatUseThemNeverUndefined(
      @TempDir Path temp) throws IOException {
    // One missing comma in Amount.avsc; Account.avsc uses Amount.
    Path avro = Files.createDirectories(temp.resolve("src/main/avro"));
    Files.writeString(
        avro.resolve("Amount.avsc"),
        "{\"type\": \"record\", \"name\": \"Amount\", \"namespace\": \"com.example\"\n \"fields\": []}");
    Files.writeString(
        avro.resolve("Account.avsc"),
        "{\"type\": \"record\", \"name\": \"Account\", \"namespace\": \"com.example\", \"fields\": [{\"name\": \"balance\", \"type\": \"Amount\"}]}");
    // A name no file defines, broken or not, is still undefined.
    Files.writeString(
        avro.resolve("Ledger.avsc"),
        "{\"type\": \"record\", \"name\": \"Ledger\", \"namespace\": \"com.example\", \"fields\": [{\"name\": \"rate\", \"type\": \"Rate\"}]}");

    Loaded loaded = load(temp);

    assertEquals(
        List.of(
            "SCHEMA-NOT-CHECKED src/main/avro/Account.avsc:1:106",
            "SCHEMA-JSON src/main/avro/Amount.avsc:2:2",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Ledger.avsc:1:102"),
        located(loaded.findings()));
    assertSays(
        loaded.findings(),
        "src/main/avro/Account.avsc:1:106",
        "uses \"com.example.Amount\" from src/main/avro/Amount.avsc, which has errors");
    assertEquals(Status.NOT_CHECKED, loaded.schemas().file("Account.avsc").orElseThrow().status());
  }

  @Test
  void anUnknownLowerCaseTypeGetsAHintAboutLogicalTypesNotDefineIt(@TempDir Path temp)
      throws IOException {
    Path avro = Files.createDirectories(temp.resolve("src/main/avro"));
    Files.writeString(
        avro.resolve("Price.avsc"),
        """
        {"type": "record", "name": "Price", "namespace": "com.example", "fields": [
          {"name": "amount", "type": "bigdecimal"},
          {"name": "at", "type": "datetime"},
          {"name": "label", "type": "varchar"}
        ]}""");

    Loaded loaded = load(temp);

    assertEquals(
        List.of(
            "SCHEMA-INVALID src/main/avro/Price.avsc:2:30",
            "SCHEMA-INVALID src/main/avro/Price.avsc:3:26",
            "SCHEMA-UNDEFINED-NAME src/main/avro/Price.avsc:4:29"),
        located(loaded.findings()));
    assertSays(
        loaded.findings(),
        "src/main/avro/Price.avsc:2:30",
        "Unknown type \"bigdecimal\"; Avro has no such type, did you mean the logical type \"decimal\"?",
        "{\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 10, \"scale\": 2}");
    assertSays(
        loaded.findings(),
        "src/main/avro/Price.avsc:3:26",
        "did you mean the logical type \"timestamp-millis\"?");
    Finding varchar = Fixtures.at(loaded.findings(), "src/main/avro/Price.avsc:4:29");
    assertTrue(
        varchar
            .hint()
            .startsWith(
                "Avro's types are the primitives null, boolean, int, long, float, double, bytes and string, and the logical types date, decimal,"),
        varchar.hint());
    assertFalse(varchar.hint().startsWith("Define"), varchar.hint());
  }

  @Test
  void whatOnlyAvroRejectsIsReportedWithAvrosMessage() throws IOException {
    // "N" inside namespace "a" may mean the null-namespace N, but Avro only finds it that way
    // when N is defined before its use.
    Loaded loaded = load("avro-fallback");

    assertEquals(
        List.of("SCHEMA-INVALID src/main/avro/Late.avsc:2:25"), located(loaded.findings()));
    assertSays(
        loaded.findings(),
        "src/main/avro/Late.avsc:2:25",
        "Avro cannot read this schema: Undefined schema: a.N",
        "define it before its first use");
    assertEquals(Status.FAILED, loaded.schemas().file("Late.avsc").orElseThrow().status());
  }

  @Test
  void aMissingSchemaDirectoryIsAnEmptySet(@TempDir Path project) throws IOException {
    Findings findings = Findings.withDefaults();
    SchemaSet schemas = SchemaSet.load(project.resolve("src/main/avro"), project, findings);

    assertEquals(0, schemas.fileCount());
    assertEquals(List.of(), located(findings));
    assertEquals("src/main/avro", schemas.displayRoot());
  }

  @Test
  void fiveHundredFilesReferringForwardAndBackLoadCompletely(@TempDir Path project)
      throws IOException {
    Path root = Files.createDirectories(project.resolve("src/main/avro/com/example"));
    int count = 500;
    for (int i = 0; i < count; i++) {
      StringBuilder fields =
          new StringBuilder(
              "{\"name\": \"kind\", \"type\": {\"type\": \"enum\", \"name\": \"Kind"
                  + i
                  + "\", \"symbols\": [\"A\"]}, \"default\": \"A\"}");
      if (i + 1 < count) {
        fields
            .append(", {\"name\": \"next\", \"type\": [\"null\", \"T")
            .append(i + 1)
            .append("\"], \"default\": null}");
      }
      if (i >= 3) {
        fields
            .append(", {\"name\": \"earlier\", \"type\": \"Kind")
            .append(i - 3)
            .append("\", \"default\": \"A\"}");
      }
      Files.writeString(
          root.resolve("T" + i + ".avsc"),
          "{\"type\": \"record\", \"name\": \"T"
              + i
              + "\", \"namespace\": \"com.example\", \"fields\": ["
              + fields
              + "]}");
    }

    Loaded loaded = load(project);

    assertEquals(List.of(), located(loaded.findings()));
    assertEquals(count, loaded.schemas().loadedFileCount());
    assertEquals(2 * count, loaded.schemas().namedTypeCount());
    Schema first = loaded.schemas().schemaOfFile("com/example/T0.avsc").orElseThrow();
    Schema second = first.getField("next").schema().getTypes().get(1);
    assertSame(loaded.schemas().namedType("com.example.T1").orElseThrow(), second);
  }
}
