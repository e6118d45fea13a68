package dev.dataproduct.logic.codegen;

import dev.dataproduct.finding.Findings;
import dev.dataproduct.logic.codegen.GeneratedFiles.Entry;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.descriptor.model.TypeReference;
import dev.dataproduct.model.schema.SchemaFile;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.support.BuildError;
import dev.dataproduct.support.FileTrees;
import dev.dataproduct.support.Wording;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.avro.Schema;

/**
 * Generates the Java sources of a data product: an Avro class for every named type in its schemas,
 * a typed producer and consumer for every output port, a typed consumer for every input port whose
 * upstream product is on the dependency path (built on the Avro classes in the upstream's jar,
 * which are not generated again), and the runtime support they use. The generated code needs Avro
 * and kafka-clients at run time, nothing else.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * &lt;output&gt;/
 *   com/example/orders/OrderEvent.java            Avro classes, in their schema's namespace
 *   dataproduct/sales/orders/OrderEventsProducer.java   per port, in the port package
 *   dataproduct/sales/orders/OrderEventsConsumer.java
 *   dataproduct/sales/orders/upstream/CustomersConsumer.java   per input port, named after it
 *   dataproduct/sales/orders/runtime/*.java       codecs, registry client, handlers (once per product)
 *   .dataproduct-generated                        the manifest of the files above
 * </pre>
 *
 * <h2>Incremental</h2>
 *
 * Each file is recorded in the manifest with a fingerprint of what it was made from (for an Avro
 * class: its schema, the options and the Avro version). An Avro class whose fingerprint and content
 * are unchanged is not even rendered; every other file is rendered and written only when its
 * content differs. Files of the last run that are no longer generated are deleted; files the
 * manifest does not name are never touched. A run with nothing changed writes nothing.
 */
public final class CodeGenerator {

  /** The runtime support classes, copied into every product's {@code runtime} package. */
  static final List<String> RUNTIME_CLASSES =
      List.of(
          "AvroBinary",
          "AvroCodec",
          "AvroModels",
          "ClientProperties",
          "ConfluentCodec",
          "DataProductHeaders",
          "JsonText",
          "KafkaCodec",
          "PortConsumer",
          "PortProducer",
          "PortRecord",
          "SchemaRegistryClient",
          "SchemaRegistryException",
          "SingleObjectCodec",
          "UndecodableRecord",
          "UndecodableRecordException",
          "UndecodableRecordHandler",
          "UnknownSchemaException",
          "WriterSchemas");

  private static final Set<String> PRIMITIVE_TYPES =
      Set.of("string", "bytes", "int", "long", "float", "double", "boolean");
  private static final String AVRO_VERSION =
      Optional.ofNullable(Schema.class.getPackage().getImplementationVersion()).orElse("unknown");

  private final CodegenOptions options;
  private final Wording wording;

  /**
   * @param wording how the front end names its goals and the build's version, in error messages
   */
  public CodeGenerator(CodegenOptions options, Wording wording) {
    this.options = options;
    this.wording = wording;
  }

  /**
   * The stamp of a whole {@code generate} run with the inputs the core knows: the descriptor and
   * the schemas by content, the product's version, these options, Avro's version and this jar. The
   * front end adds what only it knows (its own jar, the dependencies, the baseline) and skips the
   * run, validation included, when {@link GenerationStamp#isCurrent()}.
   *
   * @param stampFile where the stamp is kept, outside {@code outputs}
   * @param outputs every directory the run writes to
   */
  public GenerationStamp stamp(
      Path stampFile, List<Path> outputs, Path descriptor, Path schemaDirectory, String version) {
    return GenerationStamp.at(stampFile, outputs)
        .setting("version", version)
        .setting("options", options)
        .setting("avro", AVRO_VERSION)
        .identity("dataproduct-core", FileTrees.codeLocation(CodeGenerator.class))
        .content("descriptor", descriptor)
        .content("schemas", schemaDirectory);
  }

  /**
   * Generates the sources of {@code product} into {@code outputDirectory}. Meant for a product that
   * validated without errors: a schema that did not load has no class, and a port whose key or
   * value does not resolve is a build error.
   *
   * @param product the descriptor
   * @param schemas the product's schemas
   * @param version the product's version, as the producers' headers name it; {@code null} for the
   *     descriptor's {@code version}
   * @param outputDirectory usually {@code target/generated-sources/dataproduct}
   * @throws BuildError when a port cannot have a typed client, or a file cannot be written
   */
  public CodegenResult generate(
      DataProduct product, SchemaSet schemas, String version, Path outputDirectory) {
    return generate(product, schemas, version, List.of(), outputDirectory);
  }

  /**
   * Generates the sources of {@code product}, with a consumer for every input port whose upstream
   * is among {@code upstreams}; input ports whose upstream or port is missing get a note in the
   * result instead (the {@code check} goal judges them).
   *
   * @param upstreams the data products on the dependency path
   * @see #generate(DataProduct, SchemaSet, String, Path)
   */
  public CodegenResult generate(
      DataProduct product,
      SchemaSet schemas,
      String version,
      List<UpstreamProduct> upstreams,
      Path outputDirectory) {
    return generate(product, schemas, version, upstreams, outputDirectory, false);
  }

  /**
   * As {@link #generate(DataProduct, SchemaSet, String, List, Path)}, for an output directory that
   * {@code asRecorded} says holds exactly what the last run wrote ({@link
   * GenerationStamp#outputsAsRecorded}): an Avro class whose input is unchanged is then known to be
   * current without reading and hashing it (at 500 schemas, 200 MB read for a changed descriptor).
   */
  public CodegenResult generate(
      DataProduct product,
      SchemaSet schemas,
      String version,
      List<UpstreamProduct> upstreams,
      Path outputDirectory,
      boolean asRecorded) {
    String productVersion = version != null ? version : product.version();
    if (productVersion == null) {
      throw new BuildError(
          "Cannot generate the producers of "
              + product.name()
              + ": it has no version; set \"version:\" in the descriptor or "
              + wording.giveVersion());
    }
    String javaPackage =
        options.javaPackage() == null
            ? JavaNames.defaultPackage(product.domain(), product.name())
            : JavaNames.checkPackage(options.javaPackage());
    GeneratedFiles files = GeneratedFiles.open(outputDirectory, asRecorded);
    SortedMap<String, Entry> entries = new TreeMap<>();
    // The port classes and the runtime; the Avro classes are written as they are rendered.
    Map<String, Supplier<byte[]>> contents = new HashMap<>();

    Map<String, Schema> stale = new LinkedHashMap<>();
    List<Schema> types = namedTypes(schemas);
    for (Schema type : types) {
      String path = AvroClasses.path(type);
      String fingerprint =
          GeneratedFiles.sha256(
              "avro " + AVRO_VERSION + "\n" + options.avroFingerprint() + "\n" + type);
      if (files.isUpToDate(path, fingerprint)) {
        entries.put(path, new Entry(fingerprint, files.recordedHash(path)));
      } else {
        entries.put(path, new Entry(fingerprint, null));
        stale.put(path, type);
      }
    }
    try {
      // Written as each is rendered: together they do not fit in memory.
      Set<String> rendered = new HashSet<>();
      if (!stale.isEmpty()) {
        AvroClasses.render(
            stale.values(),
            options,
            (path, source) -> {
              if (stale.containsKey(path)) { // the types that come along are current already
                files.write(path, source);
                rendered.add(path);
                entries.put(
                    path,
                    new Entry(entries.get(path).inputFingerprint(), GeneratedFiles.sha256(source)));
              }
            });
      }
      for (String path : stale.keySet()) {
        if (!rendered.contains(path)) {
          throw new BuildError(
              "Avro generated no "
                  + path
                  + " for schema "
                  + stale.get(path).getFullName()
                  + " (it generated "
                  + new TreeSet<>(rendered)
                  + ")");
        }
      }

      String runtimePackage = javaPackage + ".runtime";
      for (String name : RUNTIME_CLASSES) {
        add(
            entries,
            contents,
            runtimePackage.replace('.', '/') + "/" + name + ".java",
            JavaTemplate.render("runtime/" + name, Map.of("package", runtimePackage)));
      }
      String packagePath = javaPackage.replace('.', '/') + "/";
      for (OutputPort port : product.outputPorts()) {
        PortSources.Port sources =
            port(product, port, schemas, productVersion, javaPackage, runtimePackage);
        add(
            entries,
            contents,
            packagePath + sources.stem() + "Producer.java",
            PortSources.producer(sources));
        add(
            entries,
            contents,
            packagePath + sources.stem() + "Consumer.java",
            PortSources.consumer(sources));
      }
      UpstreamPorts.Result inputs =
          UpstreamPorts.resolve(
              product, upstreams, javaPackage + ".upstream", runtimePackage, wording);
      for (PortSources.Port sources : inputs.ports()) {
        add(
            entries,
            contents,
            (javaPackage + ".upstream").replace('.', '/') + "/" + sources.stem() + "Consumer.java",
            PortSources.consumer(sources));
      }
      int ports = product.outputPorts().size();
      CodegenResult.Counts counts =
          new CodegenResult.Counts(types.size(), ports, ports, inputs.ports().size());
      return files.commit(javaPackage, entries, contents, counts, inputs.notes());
    } catch (RuntimeException | Error e) {
      files.abandon();
      throw e;
    }
  }

  /**
   * Every named type of every loaded schema file, each once (its first definition), in file order.
   */
  private static List<Schema> namedTypes(SchemaSet schemas) {
    Map<String, Schema> types = new LinkedHashMap<>();
    for (SchemaFile file : schemas.files()) {
      if (file.status() == SchemaFile.Status.LOADED) {
        for (String name : file.definedTypes()) {
          schemas.namedType(name).ifPresent(type -> types.putIfAbsent(name, type));
        }
      }
    }
    return new ArrayList<>(types.values());
  }

  private PortSources.Port port(
      DataProduct product,
      OutputPort port,
      SchemaSet schemas,
      String version,
      String javaPackage,
      String runtimePackage) {
    String what = "port \"" + port.name() + "\"";
    PortType key =
        port.key() == null
            ? null
            : PortType.of(resolve(port.key(), schemas, "the key of " + what), "the key of " + what);
    PortType value =
        PortType.of(resolve(port.value(), schemas, "the value of " + what), "the value of " + what);
    return new PortSources.Port(
        javaPackage,
        runtimePackage,
        product.qualifiedName(),
        product.title(),
        version,
        port.name(),
        null,
        port.description(),
        port.topic(),
        "confluent".equals(port.effectiveEncoding()),
        key,
        OutputPort.KEY_ENCODING_KAFKA.equals(port.effectiveKeyEncoding()),
        value);
  }

  private Schema resolve(TypeReference reference, SchemaSet schemas, String what) {
    if (reference != null && reference.schema() != null) {
      // The validator has reported any problem with the reference already.
      Optional<Schema> schema =
          schemas
              .resolveReference(
                  reference.schema(),
                  reference.node().positionOf("schema"),
                  Findings.withDefaults())
              .flatMap(
                  file ->
                      reference.name() == null ? file.schema() : file.namedType(reference.name()));
      return schema.orElseThrow(
          () ->
              new BuildError(
                  "Cannot generate a typed client for "
                      + what
                      + ": schema "
                      + reference.schema()
                      + (reference.name() == null ? "" : " type " + reference.name())
                      + " did not load; run "
                      + wording.goal("validate")
                      + " to see why"));
    }
    if (reference != null
        && reference.type() != null
        && PRIMITIVE_TYPES.contains(reference.type())) {
      return Schema.create(Schema.Type.valueOf(reference.type().toUpperCase(Locale.ROOT)));
    }
    throw new BuildError(
        "Cannot generate a typed client for "
            + what
            + ": it names neither a schema file nor a primitive type;"
            + " run "
            + wording.goal("validate")
            + " to see why");
  }

  private static void add(
      SortedMap<String, Entry> entries,
      Map<String, Supplier<byte[]>> contents,
      String path,
      String source) {
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    String hash = GeneratedFiles.sha256(bytes);
    if (entries.putIfAbsent(path, new Entry(hash, hash)) != null) {
      // One class would silently replace the other.
      throw new BuildError(
          "Two ports of the descriptor would both generate "
              + path
              + "; their names become the same Java class name, so rename one of them in dataproduct.yaml");
    }
    contents.put(path, () -> bytes);
  }
}
