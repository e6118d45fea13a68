package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.model.schema.SchemaFile;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.compiler.specific.SpecificCompiler.FieldVisibility;
import org.apache.avro.generic.GenericData.StringType;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Avro classes are what users migrate from avro-maven-plugin with: they must stay the same
 * bytes as Avro's own compiler writes when it is used as avro-maven-plugin uses it (a compiler per
 * schema file, nothing cached), for the same options.
 */
class AvroClassesTest {

  static List<CodegenOptions> options() {
    return List.of(
        CodegenOptions.defaults(),
        CodegenOptions.defaults()
            .withStringType(StringType.CharSequence)
            .withDecimalLogicalType(false),
        CodegenOptions.defaults()
            .withOptionalGetters(true, true, true)
            .withSetters(false)
            .withFieldVisibility(FieldVisibility.PUBLIC));
  }

  @ParameterizedTest
  @MethodSource("options")
  void rendersTheSameBytesAsAvrosCompilerRunOncePerSchemaFile(
      CodegenOptions options, @TempDir Path avroMavenPluginOutput) throws IOException {
    CodegenFixtures.Project shop = CodegenFixtures.load(CodegenFixtures.resource("shop"));
    List<Schema> fileSchemas =
        shop.schemas().files().stream()
            .map(SchemaFile::schema)
            .flatMap(java.util.Optional::stream)
            .toList();

    for (Schema schema : fileSchemas) {
      SpecificCompiler perFile = new SpecificCompiler(schema);
      options.configure(perFile);
      perFile.compileToDestination(null, avroMavenPluginOutput.toFile());
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(avroMavenPluginOutput)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        expected.put(
            avroMavenPluginOutput.relativize(file).toString().replace('\\', '/'),
            Files.readString(file).replace("\r\n", "\n"));
      }
    }

    Map<String, String> ours = new TreeMap<>();
    AvroClasses.render(fileSchemas, options)
        .forEach(
            (path, bytes) ->
                ours.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));

    assertTrue(
        expected.size() >= 4, "the shop fixture has at least four classes: " + expected.keySet());
    assertEquals(expected, ours);
  }

  @Test
  void theLookupsByIdentityFindWhatAvrosOwnFind() throws IOException {
    CodegenFixtures.Project shop = CodegenFixtures.load(CodegenFixtures.resource("shop"));
    List<Schema> schemas =
        shop.schemas().files().stream()
            .map(SchemaFile::schema)
            .flatMap(java.util.Optional::stream)
            .toList();
    SpecificCompiler avro = new SpecificCompiler(schemas);
    SpecificCompiler ours = AvroClasses.compiler(schemas);
    assertTrue(
        ours instanceof AvroClasses.UsedTypesByIdentity,
        "this Avro keeps its conversions as known");
    boolean anyConversion = false;
    for (Schema schema : schemas) {
      assertEquals(avro.getUsedConversionClasses(schema), ours.getUsedConversionClasses(schema));
      assertEquals(
          avro.getUsedCustomLogicalTypeFactories(schema),
          ours.getUsedCustomLogicalTypeFactories(schema));
      assertEquals(avro.isCustomCodable(schema), ours.isCustomCodable(schema));
      anyConversion |= !ours.getUsedConversionClasses(schema).isEmpty();
    }
    assertTrue(anyConversion, "the shop fixture uses a logical type with a conversion (decimal)");
  }

  @Test
  void aCompilerParsesEachTemplateOnceWithTheCacheOn() throws ReflectiveOperationException {
    SpecificCompiler compiler = new SpecificCompiler(List.of(Schema.create(Schema.Type.STRING)));

    assertTrue(
        AvroClasses.cacheTemplates(compiler),
        "Avro's compiler keeps its Velocity engine in the field the cache is turned on in");
    Field field = SpecificCompiler.class.getDeclaredField("velocityEngine");
    field.setAccessible(true);
    VelocityEngine engine = (VelocityEngine) field.get(compiler);
    String record = "/org/apache/avro/compiler/specific/templates/java/classic/record.vm";
    assertSame(
        engine.getTemplate(record),
        engine.getTemplate(record),
        "the second request for record.vm is served from the cache");
  }
}
