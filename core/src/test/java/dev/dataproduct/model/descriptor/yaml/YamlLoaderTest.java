package dev.dataproduct.model.descriptor.yaml;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.model.descriptor.structure.StructureValidator;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.support.TestWording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlLoaderTest {

  private static final String PATH = "dataproduct.yaml";

  @TempDir Path dir;

  // --- the file itself

  @Test
  void missingFileIsAFindingWhoseHintShowsAMinimalDescriptor() throws IOException {
    YamlLoadResult result =
        new YamlLoader().load(dir.resolve("dataproduct.yaml"), PATH, TestWording.MAVEN_WORDS);

    Finding finding = only(result);
    assertFinding(
        finding, DescriptorRules.MISSING, 0, 0, "Descriptor dataproduct.yaml does not exist");
    assertTrue(finding.hint().contains("apiVersion: dataproduct.dev/v1"), finding.hint());
    assertTrue(finding.hint().contains("-Ddataproduct.descriptor=<path>"), finding.hint());
    assertTrue(result.document().isEmpty());
  }

  @Test
  void theMinimalDescriptorShownInHintsIsValid() {
    YamlLoadResult result = parse(YamlLoader.MINIMAL_DESCRIPTOR);

    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), new StructureValidator().validate(result.document().orElseThrow()));
  }

  @Test
  void directoryInsteadOfAFileIsMissing() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("dataproduct.yaml"));

    assertFinding(
        only(new YamlLoader().load(directory, PATH, TestWording.MAVEN_WORDS)),
        DescriptorRules.MISSING,
        0,
        0,
        "dataproduct.yaml is a directory, not a file");
  }

  @Test
  void fileLargerThanTheLimitIsRejectedNamingSizeAndLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("dataproduct.yaml"), "name: " + "x".repeat(94));

    YamlLoadResult result = new YamlLoader(64).load(file, PATH, TestWording.MAVEN_WORDS);

    assertFinding(
        only(result),
        DescriptorRules.SIZE,
        0,
        0,
        "dataproduct.yaml is 100 bytes, more than the limit of 64 bytes");
    assertTrue(result.document().isEmpty());
  }

  @Test
  void bytesLargerThanTheLimitAreRejected() {
    YamlLoadResult result = new YamlLoader(8).parse("name: orders".getBytes(UTF_8), PATH);

    assertFinding(
        only(result), DescriptorRules.SIZE, 0, 0, "is 12 bytes, more than the limit of 8 bytes");
  }

  @Test
  void fileAtTheLimitIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("dataproduct.yaml"), "name: orders");

    YamlLoadResult result = new YamlLoader(12).load(file, PATH, TestWording.MAVEN_WORDS);

    assertEquals(List.of(), result.findings());
    assertEquals("orders", result.document().orElseThrow().string("name").orElseThrow());
  }

  // --- encoding

  @Test
  void latin1ByteIsReportedWhereItStands() {
    byte[] content = "name: orders\ndescription: Café\n".getBytes(ISO_8859_1);

    Finding finding = only(new YamlLoader().parse(content, PATH));

    assertFinding(
        finding,
        DescriptorRules.ENCODING,
        2,
        17,
        "dataproduct.yaml is not UTF-8: byte 0xE9 at offset 29");
    assertTrue(finding.hint().contains("Save the file as UTF-8"), finding.hint());
  }

  @Test
  void columnsOfEncodingErrorsCountCharactersNotBytes() {
    byte[] content = concat("a: ü€".getBytes(UTF_8), new byte[] {(byte) 0xFF});

    assertFinding(
        only(new YamlLoader().parse(content, PATH)),
        DescriptorRules.ENCODING,
        1,
        6,
        "byte 0xFF at offset 8");
  }

  @Test
  void truncatedCharacterAtTheEndIsAnEncodingError() {
    byte[] content = concat("a: ".getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

    assertFinding(
        only(new YamlLoader().parse(content, PATH)),
        DescriptorRules.ENCODING,
        1,
        4,
        "byte 0xE2 at offset 3");
  }

  @Test
  void utf16IsRejectedAtTheByteOrderMark() {
    byte[] content =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "a: 1".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

    assertFinding(
        only(new YamlLoader().parse(content, PATH)),
        DescriptorRules.ENCODING,
        1,
        1,
        "starts with a UTF-16 byte order mark, but descriptors are UTF-8");
  }

  @Test
  void utf8ByteOrderMarkIsAcceptedAndNotCountedAsAColumn() {
    byte[] content =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "name: orders\n".getBytes(UTF_8));

    YamlLoadResult result = new YamlLoader().parse(content, PATH);

    assertEquals(List.of(), result.findings());
    assertEquals(
        new SourcePosition(PATH, 1, 1), result.document().orElseThrow().keyPositionOf("name"));
  }

  @Test
  void controlCharacterIsReportedWhereItStands() {
    assertFinding(
        only(parse("a: b\nc: x\u0001\n")),
        DescriptorRules.SYNTAX,
        2,
        5,
        "Character U+0001 is not allowed in YAML");
  }

  // --- syntax

  @Test
  void badIndentationIsASyntaxErrorAtTheFault() {
    Finding finding = only(parse("name: orders\ndomain: sales\n  owner: x\n"));

    assertFinding(
        finding,
        DescriptorRules.SYNTAX,
        3,
        8,
        "Not valid YAML: mapping values are not allowed here");
    assertTrue(finding.hint().contains("indentation"), finding.hint());
  }

  @Test
  void unclosedFlowListNamesWhereItStarted() {
    assertFinding(
        only(parse("tags: [orders, sales\nname: orders\n")),
        DescriptorRules.SYNTAX,
        2,
        5,
        "Not valid YAML:",
        "flow sequence that starts at line 1");
  }

  @Test
  void tabIndentationGetsAHintAboutSpaces() {
    Finding finding = only(parse("owner:\n\tteam: x\n"));

    assertFinding(finding, DescriptorRules.SYNTAX, 2, 1, "cannot start any token");
    assertEquals("Indent with spaces; YAML does not allow tabs for indentation.", finding.hint());
  }

  @Test
  void undefinedAliasIsASyntaxError() {
    Finding finding = only(parse("name: orders\ndomain: *sales\n"));

    assertFinding(finding, DescriptorRules.SYNTAX, 2, 9, "found undefined alias sales");
    assertTrue(finding.hint().startsWith("Define the anchor"), finding.hint());
  }

  // --- shape

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# only a comment\n", "---\n", "~\n", "null\n"})
  void emptyDocumentIsAShapeError(String yaml) {
    YamlLoadResult result = parse(yaml);

    Finding finding = only(result);
    assertFinding(finding, DescriptorRules.SHAPE, 1, 1, "dataproduct.yaml is empty");
    assertTrue(finding.hint().contains("kind: DataProduct"), finding.hint());
    assertTrue(result.document().isEmpty());
  }

  @Test
  void listDocumentIsAShapeError() {
    assertFinding(
        only(parse("- name: orders\n- domain: sales\n")),
        DescriptorRules.SHAPE,
        1,
        1,
        "dataproduct.yaml holds a list, but a descriptor is a mapping");
  }

  @Test
  void scalarDocumentIsAShapeError() {
    assertFinding(
        only(parse("\n  just some text\n")),
        DescriptorRules.SHAPE,
        2,
        3,
        "dataproduct.yaml holds a single value (\"just some text\"), but a descriptor is a mapping");
  }

  @Test
  void secondDocumentIsAShapeErrorWhereItStarts() {
    YamlLoadResult result = parse("---\nname: orders\n---\nname: customers\n");

    assertFinding(
        only(result),
        DescriptorRules.SHAPE,
        3,
        1,
        "holds more than one YAML document; a second one starts here");
    assertTrue(result.document().isEmpty());
  }

  @Test
  void documentStartAndEndMarkersAroundOneDocumentAreFine() {
    YamlLoadResult result = parse("---\nname: orders\n...\n");

    assertEquals(List.of(), result.findings());
    assertEquals(
        new SourcePosition(PATH, 2, 1), result.document().orElseThrow().keyPositionOf("name"));
  }

  // --- keys

  @Test
  void duplicateKeyIsReportedAtTheSecondNamingTheFirstAndTheFirstIsKept() {
    YamlLoadResult result =
        parse("name: orders\ndomain: sales\nname: customers\nowner: { team: a, team: b }\n");

    assertEquals(2, result.findings().size(), result.findings()::toString);
    assertFinding(
        result.findings().get(0),
        DescriptorRules.DUPLICATE_KEY,
        3,
        1,
        "Key \"name\" appears twice in this mapping; the first is at line 1");
    assertFinding(
        result.findings().get(1),
        DescriptorRules.DUPLICATE_KEY,
        4,
        19,
        "Key \"team\" appears twice in this mapping; the first is at line 4");
    YamlMap document = result.document().orElseThrow();
    assertEquals("orders", document.string("name").orElseThrow());
    assertEquals("a", document.map("owner").orElseThrow().string("team").orElseThrow());
  }

  @Test
  void keysThatAreNotStringsAreReportedAndLeftOut() {
    YamlLoadResult result =
        parse("name: orders\n1: one\nyes: true\n? [a, b]\n: list\n\"2\": quoted\n");

    assertEquals(3, result.findings().size(), result.findings()::toString);
    assertFinding(
        result.findings().get(0),
        DescriptorRules.TYPE,
        2,
        1,
        "Key \"1\" resolves to an integer, but descriptor keys are names");
    assertFinding(
        result.findings().get(1), DescriptorRules.TYPE, 3, 1, "Key \"yes\" resolves to a boolean");
    assertFinding(result.findings().get(2), DescriptorRules.TYPE, 4, 3, "Key is a list");
    assertEquals(
        List.of("name", "2"), List.copyOf(result.document().orElseThrow().entries().keySet()));
  }

  @Test
  void keyAndValuePositionsAreOneBased() {
    YamlMap document =
        parse("name: orders\nowner: { team: sales, email: x@y.z }\ntags:\n  - a\n  - b\n")
            .document()
            .orElseThrow();

    assertEquals(new SourcePosition(PATH, 1, 7), document.positionOf("name"));
    YamlMap owner = document.map("owner").orElseThrow();
    assertEquals(new SourcePosition(PATH, 2, 8), owner.position());
    assertEquals(new SourcePosition(PATH, 2, 23), owner.keyPositionOf("email"));
    assertEquals(new SourcePosition(PATH, 2, 30), owner.positionOf("email"));
    YamlList tags = document.list("tags").orElseThrow();
    assertEquals(new SourcePosition(PATH, 5, 5), tags.items().get(1).position());
  }

  // --- aliases

  @Test
  void aliasSharesTheAnchoredNodeInsteadOfCopyingIt() {
    YamlLoadResult result = parse("a: &slo { freshness: PT5M }\nb: *slo\n");

    assertEquals(List.of(), result.findings());
    YamlMap document = result.document().orElseThrow();
    assertSame(document.get("a").orElseThrow(), document.get("b").orElseThrow());
  }

  @Test
  void billionLaughsIsRejectedAtTheAliasOverTheLimit() {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char previous = (char) (c - 1);
      String aliases =
          IntStream.range(0, 10).mapToObj(i -> "*" + previous).collect(Collectors.joining(","));
      yaml.append(c).append(": &").append(c).append(" [").append(aliases).append("]\n");
    }

    YamlLoadResult result = parse(yaml.toString());

    // aliases 1-50 stand on lines 2-6; the 51st is the first on line 7
    assertFinding(
        only(result),
        DescriptorRules.ALIASES,
        7,
        8,
        "dataproduct.yaml uses more than 50 YAML aliases");
    assertTrue(result.document().isEmpty());
  }

  @Test
  void fewAliasesOfALargeNodeAreRejectedByHowFarTheyExpand() {
    String items = IntStream.range(0, 2000).mapToObj(i -> "x").collect(Collectors.joining(","));
    String yaml =
        "name: orders\nbig: &big [" + items + "]\ncopies: [*big, *big, *big, *big, *big, *big]\n";

    YamlLoadResult result = parse(yaml);

    // each alias adds 2001 nodes: the fifth crosses 10000
    assertFinding(
        only(result),
        DescriptorRules.ALIASES,
        2,
        6,
        "dataproduct.yaml expands by more than 10000 nodes through aliases");
  }

  @Test
  void aliasInsideItsOwnAnchorIsRejected() {
    assertFinding(
        only(parse("name: orders\nloop: &loop [a, *loop]\n")),
        DescriptorRules.ALIASES,
        2,
        7,
        "The anchor &loop here is used by an alias inside itself");
  }

  @Test
  void mergeKeyIsReportedAndTheOtherKeysAreKept() {
    YamlLoadResult result =
        parse("base: &base { partitions: 6 }\nport:\n  <<: *base\n  name: orders\n");

    assertFinding(
        only(result),
        DescriptorRules.ALIASES,
        3,
        3,
        "YAML merge keys (<<) are not supported in a descriptor");
    YamlMap port = result.document().orElseThrow().map("port").orElseThrow();
    assertEquals(List.of("name"), List.copyOf(port.entries().keySet()));
  }

  @Test
  void nestingDeeperThanTheLimitIsRejectedWhereItCrossesIt() {
    String yaml = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";

    // the top-level mapping is level 1, so the 50th "[" (column 53) is level 51
    assertFinding(
        only(parse(yaml)),
        DescriptorRules.SIZE,
        1,
        53,
        "nests mappings and lists more than 50 levels deep");
  }

  // --- scalars

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      'orders'        | STRING  | orders
      "123"           | STRING  | 123
      !!str 12        | STRING  | 12
      2.1.0           | STRING  | 2.1.0
      2026-10-01      | STRING  | 2026-10-01
      PT5M            | STRING  | PT5M
      12              | INTEGER | 12
      -12             | INTEGER | -12
      0x1F            | INTEGER | 0x1F
      1.5             | FLOAT   | 1.5
      1e3             | FLOAT   | 1e3
      .inf            | FLOAT   | .inf
      true            | BOOLEAN | true
      yes             | BOOLEAN | yes
      no              | BOOLEAN | no
      Off             | BOOLEAN | Off
      null            | NULL    |
      ~               | NULL    |
      ``              | NULL    |
      """)
  void scalarsResolveLikeYaml11(String source, YamlScalar.Kind kind, String text) {
    YamlScalar scalar =
        (YamlScalar)
            parse("value: " + source + "\n").document().orElseThrow().get("value").orElseThrow();

    assertEquals(kind, scalar.kind());
    assertEquals(text, scalar.text());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      12     | 12
      -12    | -12
      0x1F   | 31
      017    | 15
      0b101  | 5
      1_000  | 1000
      1:30   | 90
      99.9   | 99.9
      6.0    | 6.0
      """)
  void numbersReadAsYaml11Reads(String source, BigDecimal expected) {
    YamlScalar scalar =
        (YamlScalar)
            parse("value: " + source + "\n").document().orElseThrow().get("value").orElseThrow();

    assertEquals(expected, scalar.asNumber().orElseThrow());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      true  | true
      Yes   | true
      ON    | true
      false | false
      no    | false
      off   | false
      """)
  void booleansReadAsYaml11Reads(String source, boolean expected) {
    YamlScalar scalar =
        (YamlScalar)
            parse("value: " + source + "\n").document().orElseThrow().get("value").orElseThrow();

    assertEquals(expected, scalar.asBoolean().orElseThrow());
  }

  @Test
  void infinityIsAFloatWithoutANumberValue() {
    YamlScalar scalar =
        (YamlScalar) parse("value: .inf\n").document().orElseThrow().get("value").orElseThrow();

    assertTrue(scalar.isNumber());
    assertFalse(scalar.asNumber().isPresent());
  }

  @Test
  void aTagThatEscapesAControlCharacterIsASyntaxFindingNotAnException() {
    // Found by YamlLoaderFuzzTest: SnakeYAML parses the tag, then its Tag class throws
    // IllegalArgumentException.
    YamlLoadResult result = parse("name: !%0b orders\n");

    assertFinding(
        only(result),
        DescriptorRules.SYNTAX,
        1,
        7,
        "Not valid YAML: Tag must not contain leading or trailing spaces");
    assertTrue(result.document().isEmpty());
  }

  // --- helpers

  private static YamlLoadResult parse(String yaml) {
    return new YamlLoader().parse(yaml.getBytes(UTF_8), PATH);
  }

  private static Finding only(YamlLoadResult result) {
    assertEquals(1, result.findings().size(), result.findings()::toString);
    return result.findings().get(0);
  }

  private static void assertFinding(
      Finding finding, Rule rule, int line, int column, String... messageFragments) {
    assertEquals(rule, finding.rule(), finding::toString);
    assertEquals(new SourcePosition(PATH, line, column), finding.position(), finding::toString);
    for (String fragment : messageFragments) {
      assertTrue(
          finding.message().contains(fragment),
          () -> "\"" + fragment + "\" not in: " + finding.message());
    }
    assertTrue(finding.hint() != null && !finding.hint().isBlank(), () -> "no hint: " + finding);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
