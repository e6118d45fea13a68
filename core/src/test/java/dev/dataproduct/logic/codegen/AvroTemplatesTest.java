package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dataproduct.logic.codegen.avro.AvroTemplates;
import dev.dataproduct.support.FileTrees;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Protocol;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.compiler.specific.SpecificCompiler.FieldVisibility;
import org.apache.avro.generic.GenericData.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AvroTemplates} writes the same bytes as Avro's compiler rendering its Velocity templates,
 * for the same schemas and options: compared file by file over the examples' schemas, the test
 * fixtures' schemas, the shared conformance corpus (real-world schemas) and thousands of random
 * schemas, with every combination of the options {@link CodegenOptions} sets; and it declines (so
 * Velocity renders) whatever it does not translate.
 */
class AvroTemplatesTest {

  /** Every combination of the Avro options of {@link CodegenOptions}: 192. */
  static final List<CodegenOptions> ALL_OPTIONS = allOptions();

  private static List<CodegenOptions> allOptions() {
    List<CodegenOptions> all = new ArrayList<>();
    for (StringType stringType : StringType.values()) {
      for (FieldVisibility visibility : FieldVisibility.values()) {
        for (int flags = 0; flags < 32; flags++) {
          all.add(
              new CodegenOptions(
                  null,
                  stringType,
                  (flags & 1) != 0,
                  (flags & 2) != 0,
                  (flags & 4) != 0,
                  (flags & 8) != 0,
                  (flags & 16) != 0,
                  visibility));
        }
      }
    }
    return all;
  }

  @TempDir Path temp;

  private int compared;

  /**
   * Renders {@code schemas} with Velocity (Avro's {@code compileToDestination}) and with {@link
   * AvroTemplates}, each with a compiler of their own set up by {@code options}, and asserts the
   * same files with the same bytes.
   */
  private void assertSameClasses(List<Schema> schemas, CodegenOptions options, String what)
      throws IOException {
    assertSameClasses(schemas, what + " with " + options, options::configure);
  }

  private void assertSameClasses(
      List<Schema> schemas, String what, Consumer<SpecificCompiler> setUp) throws IOException {
    Path velocity = Files.createTempDirectory(temp, "velocity");
    Path ours = Files.createTempDirectory(temp, "ours");
    try {
      // One compiler renders both: Avro lists the conversions a class uses from a HashSet of
      // conversion objects hashed by identity, so two compilers can order two conversions whose
      // names share a bucket (decimal and timestamp-nanos) differently, Avro's own runs too.
      SpecificCompiler compiler = AvroClasses.compiler(schemas);
      AvroClasses.cacheTemplates(compiler); // the same output, faster (AvroClassesTest)
      setUp.accept(compiler);
      RuntimeException velocityFailure = null;
      try {
        compiler.compileToDestination(null, velocity.toFile());
      } catch (RuntimeException e) {
        velocityFailure = e;
      }
      boolean written = AvroTemplates.writeTo(compiler, ours.toFile());
      if (velocityFailure != null) {
        // Avro rejects the schema while rendering: ours must decline, so Velocity's message shows
        assertFalse(written, what + ": Velocity failed (" + velocityFailure + "), ours wrote");
        return;
      }
      assertTrue(written, what + ": declined");
      Map<String, String> expected = files(velocity);
      Map<String, String> actual = files(ours);
      assertEquals(expected.keySet(), actual.keySet(), what);
      for (Map.Entry<String, String> file : expected.entrySet()) {
        if (!file.getValue().equals(actual.get(file.getKey()))) {
          fail(
              what
                  + ": "
                  + file.getKey()
                  + " differs\n"
                  + firstDifference(file.getValue(), actual.get(file.getKey())));
        }
      }
      compared += expected.size();
    } finally {
      FileTrees.deleteTreeQuietly(velocity);
      FileTrees.deleteTreeQuietly(ours);
    }
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        // compared as bytes: ISO-8859-1 maps each byte to one char
        files.put(
            root.relativize(file).toString().replace('\\', '/'),
            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static String firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String left = i < a.length ? a[i] : "<end>";
      String right = i < b.length ? b[i] : "<end>";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ":\n  velocity: " + left + "\n  ours:     " + right;
      }
    }
    return "(same lines)";
  }

  /** The schemas of each .avsc under {@code root}, parsed per directory, references resolved. */
  private static Map<String, List<Schema>> schemaFilesUnder(Path root) throws IOException {
    Map<Path, List<Path>> byDirectory = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".avsc"))
          .sorted()
          .forEach(p -> byDirectory.computeIfAbsent(p.getParent(), d -> new ArrayList<>()).add(p));
    }
    Map<String, List<Schema>> schemas = new LinkedHashMap<>();
    for (Map.Entry<Path, List<Path>> directory : byDirectory.entrySet()) {
      // files naming each other's types: parse until no more parse
      Schema.Parser parser = new Schema.Parser();
      List<Path> left = new ArrayList<>(directory.getValue());
      boolean progress = true;
      while (progress && !left.isEmpty()) {
        progress = false;
        for (Path file : List.copyOf(left)) {
          try {
            Schema schema = parser.parse(file.toFile());
            schemas.computeIfAbsent(file.toString(), f -> new ArrayList<>()).add(schema);
            left.remove(file);
            progress = true;
          } catch (IOException | RuntimeException e) {
            // invalid on purpose, or needs a file parsed later
          }
        }
      }
    }
    return schemas;
  }

  /**
   * Each file of a corpus rendered alone (as avro-maven-plugin does, four combinations of options
   * each, all 192 covered across the files), and each directory's files together (as {@code
   * generate} does).
   */
  private void assertSameClassesForCorpus(Path root, int atLeast) throws IOException {
    Map<String, List<Schema>> files = schemaFilesUnder(root);
    Map<Path, List<Schema>> directories = new TreeMap<>();
    int index = 0;
    for (Map.Entry<String, List<Schema>> file : files.entrySet()) {
      for (int j = 0; j < 4; j++) {
        CodegenOptions options = ALL_OPTIONS.get((index * 4 + j) % ALL_OPTIONS.size());
        assertSameClasses(file.getValue(), options, file.getKey());
      }
      directories
          .computeIfAbsent(Path.of(file.getKey()).getParent(), d -> new ArrayList<>())
          .addAll(file.getValue());
      index++;
    }
    for (Map.Entry<Path, List<Schema>> directory : directories.entrySet()) {
      CodegenOptions options = ALL_OPTIONS.get(index++ % ALL_OPTIONS.size());
      assertSameClasses(directory.getValue(), options, "all of " + directory.getKey());
    }
    assertTrue(compared >= atLeast, "compared " + compared + " classes under " + root);
  }

  @Test
  void sameBytesForTheExamplesSchemas() throws IOException {
    assertSameClassesForCorpus(Path.of("../examples"), 30);
  }

  @Test
  void sameBytesForTheTestFixturesSchemas() throws IOException {
    assertSameClassesForCorpus(Path.of("src/test/resources"), 400);
  }

  /** The conformance corpus of the shared checkout, beside the project or its worktrees. */
  @Test
  void sameBytesForTheConformanceCorpusSchemas() throws IOException {
    Path corpus =
        Stream.of("../../shared/conformance", "../../../shared/conformance")
            .map(Path::of)
            .filter(Files::isDirectory)
            .findFirst()
            .orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "no shared conformance corpus");
    assertSameClassesForCorpus(corpus, 600);
  }

  @Test
  void sameBytesForEveryCombinationOfTheOptions() throws IOException {
    List<Schema> shop =
        schemaFilesUnder(CodegenFixtures.resource("shop")).values().stream()
            .flatMap(List::stream)
            .toList();
    RandomAvroSchemas random = new RandomAvroSchemas(7);
    List<Schema> mixed = new ArrayList<>(shop);
    while (mixed.size() < shop.size() + 5) {
      try {
        mixed.add(new Schema.Parser().parse(random.next()));
      } catch (RuntimeException e) {
        // an invalid random schema: the next one
      }
    }
    for (CodegenOptions options : ALL_OPTIONS) {
      assertSameClasses(mixed, options, "the shop fixture and five random schemas");
    }
  }

  @Test
  void sameBytesForThousandsOfRandomSchemas() throws IOException {
    RandomAvroSchemas random = new RandomAvroSchemas(20_261_205L);
    int parsed = 0;
    for (int i = 0; i < 3000; i++) {
      String json = random.next();
      Schema schema;
      try {
        schema = new Schema.Parser().parse(json);
      } catch (RuntimeException e) {
        continue; // an invalid random schema (a name clash, a default Avro rejects)
      }
      parsed++;
      assertSameClasses(List.of(schema), ALL_OPTIONS.get(i % ALL_OPTIONS.size()), json);
    }
    assertTrue(parsed >= 2000, "only " + parsed + " of 3000 random schemas are valid");
  }

  /** A logical type of its own, registered as a library on the class path would register it. */
  public static final class CustomLogicalTypeFactory implements LogicalTypes.LogicalTypeFactory {
    @Override
    public LogicalType fromSchema(Schema schema) {
      return new LogicalType("dataproduct-test-custom");
    }

    @Override
    public String getTypeName() {
      return "dataproduct-test-custom";
    }
  }

  /** Lines 43-50 of record.vm: the custom logical types a record uses are registered. */
  @Test
  void sameBytesForARecordWithACustomLogicalType() throws IOException {
    LogicalTypes.register(new CustomLogicalTypeFactory());
    Schema custom =
        new Schema.Parser()
            .parse(
                """
                {"type":"record","name":"Custom","namespace":"c","fields":[
                  {"name":"a","type":{"type":"string","logicalType":"dataproduct-test-custom"}},
                  {"name":"b","type":["null",{"type":"record","name":"Inner","fields":[
                    {"name":"c","type":{"type":"long","logicalType":"dataproduct-test-custom"}}]}]}
                ]}""");
    for (CodegenOptions options : ALL_OPTIONS.subList(0, 32)) {
      assertSameClasses(List.of(custom), options, "a record with a custom logical type");
    }
    assertTrue(
        Files.readString(writtenBy(custom)).contains("LogicalTypes.register(\"dataproduct-test"),
        "the custom logical type is registered in the class");
  }

  private Path writtenBy(Schema schema) throws IOException {
    Path out = Files.createTempDirectory(temp, "custom");
    SpecificCompiler compiler = AvroClasses.compiler(List.of(schema));
    CodegenOptions.defaults().configure(compiler);
    assertTrue(AvroTemplates.writeTo(compiler, out.toFile()));
    return out.resolve("c/Custom.java");
  }

  @Test
  void sameBytesForARecordTooWideForAnAllArgsConstructor() throws IOException {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 130; i++) {
      fields
          .append(i > 0 ? "," : "")
          .append("{\"name\":\"f")
          .append(i)
          .append("\",\"type\":\"long\"}");
    }
    Schema wide =
        new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"Wide\",\"fields\":[" + fields + "]}");
    assertSameClasses(List.of(wide), CodegenOptions.defaults(), "a record of 130 longs");
  }

  /**
   * Velocity fails a class whose coders nest more than 20 macro calls (arrays, maps and unions in
   * each other): ours declines exactly there, so Velocity's message shows, and renders below it.
   */
  @Test
  void declinesWhereVelocityExceedsItsMacroDepth() throws IOException {
    for (String leaf : List.of("\"string\"", "\"int\"", "[\"null\",\"string\"]")) {
      for (String container : List.of("array", "map", "union")) {
        for (int depth = 6; depth <= 12; depth++) {
          String type = leaf;
          for (int i = 0; i < depth; i++) {
            type =
                switch (container) {
                  case "array" -> "{\"type\":\"array\",\"items\":" + type + "}";
                  case "map" -> "{\"type\":\"map\",\"values\":" + type + "}";
                  default ->
                      i % 2 == 0
                          ? "[\"null\",{\"type\":\"array\",\"items\":" + type + "}]"
                          : "{\"type\":\"map\",\"values\":" + type + "}";
                };
          }
          Schema deep =
              new Schema.Parser()
                  .parse(
                      "{\"type\":\"record\",\"name\":\"Deep\",\"fields\":[{\"name\":\"a\",\"type\":"
                          + type
                          + "}]}");
          assertSameClasses(
              List.of(deep),
              CodegenOptions.defaults(),
              container + " " + depth + " deep of " + leaf);
        }
      }
    }
  }

  @Test
  void theTemplatesOnTheClassPathAreTheTranslatedOnes() throws IOException {
    // with other templates (another Avro), every class would fall back to Velocity
    SpecificCompiler compiler =
        new SpecificCompiler(
            new Schema.Parser().parse("{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\"]}"));
    CodegenOptions.defaults().configure(compiler);
    assertTrue(AvroTemplates.writeTo(compiler, temp.toFile()));
    assertTrue(Files.isRegularFile(temp.resolve("E.java")));
  }

  @Test
  void declinesWhatItDoesNotTranslate() throws IOException {
    Schema record =
        new Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    Map<String, Consumer<SpecificCompiler>> untranslated = new LinkedHashMap<>();
    untranslated.put("other templates", c -> c.setTemplateDir("/somewhere/else/"));
    untranslated.put(
        "additional Velocity tools", c -> c.setAdditionalVelocityTools(List.of(new Object())));
    untranslated.put("null-safe annotations", c -> c.setCreateNullSafeAnnotations(true));
    untranslated.put("another suffix", c -> c.setSuffix(".kt"));
    for (Map.Entry<String, Consumer<SpecificCompiler>> setUp : untranslated.entrySet()) {
      SpecificCompiler compiler = new SpecificCompiler(record);
      CodegenOptions.defaults().configure(compiler);
      setUp.getValue().accept(compiler);
      File out = Files.createTempDirectory(temp, "declined").toFile();
      assertFalse(AvroTemplates.writeTo(compiler, out), setUp.getKey());
      assertEquals(0, Arrays.asList(out.list()).size(), setUp.getKey() + " wrote nothing");
    }
    Protocol protocol =
        Protocol.parse("{\"protocol\":\"P\",\"namespace\":\"p\",\"types\":[],\"messages\":{}}");
    SpecificCompiler forProtocol = new SpecificCompiler(protocol);
    CodegenOptions.defaults().configure(forProtocol);
    assertFalse(AvroTemplates.writeTo(forProtocol, temp.toFile()), "a protocol");
  }
}
