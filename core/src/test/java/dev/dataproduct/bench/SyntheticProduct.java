package dev.dataproduct.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a product of any size for benchmarks: {@code ports} output ports and {@code schemas}
 * record schemas spread over folders, each with documented fields, a nested enum, and references to
 * types defined in other files (half of them in files that sort later).
 */
public final class SyntheticProduct {

  /** How the records refer to each other. */
  public enum Shape {
    /**
     * Record {@code i} refers to records {@code i-3} and {@code i-11}: one chain through the whole
     * product, so a port's schema embeds nearly every record before it (each generated class's
     * {@code SCHEMA$}, packed schema and export grows with the product, and all of them with its
     * square). The corpus the performance issue was measured on.
     */
    CHAIN,
    /**
     * The same references, only within families of 16 records: a port's schema embeds at most 15
     * others, nested a few levels deep, as in the schemas of real estates. Cost grows linearly.
     */
    FAMILIES
  }

  static final int FAMILY = 16;

  private SyntheticProduct() {}

  /**
   * {@code SyntheticProduct <dir> <ports> <schemas> [chain|families]}: writes a product for
   * whole-build timings (a chain by default).
   */
  public static void main(String[] args) throws IOException {
    Shape shape = args.length > 3 ? Shape.valueOf(args[3].toUpperCase()) : Shape.CHAIN;
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), shape);
  }

  public static Path write(Path dir, int ports, int schemas) throws IOException {
    return write(dir, ports, schemas, Shape.CHAIN);
  }

  public static Path write(Path dir, int ports, int schemas, Shape shape) throws IOException {
    Path avro = dir.resolve("src/main/avro");
    for (int i = 0; i < schemas; i++) {
      Path file = avro.resolve(relativePath(i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, schema(i, shape));
    }
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        "apiVersion: dataproduct.dev/v1\nkind: DataProduct\nname: synthetic\ndomain: bench\n");
    yaml.append("description: A product generated for benchmarks.\nclassification: confidential\n");
    yaml.append(
        "owner:\n  team: bench-team\n  email: bench@example.com\ntags: [bench]\noutputPorts:\n");
    for (int p = 0; p < ports; p++) {
      yaml.append("  - name: port-")
          .append(p)
          .append('\n')
          .append("    description: Port ")
          .append(p)
          .append(" of the synthetic product.\n")
          .append("    topic: bench.synthetic.port-")
          .append(p)
          .append(".v1\n")
          .append("    key: { type: string }\n")
          .append("    value: { schema: ")
          .append(relativePath(p * (schemas / ports)))
          .append(" }\n")
          .append("    compatibility: FULL_TRANSITIVE\n    partitions: 6\n    retention: P7D\n")
          .append("    slo: { freshness: PT5M, availability: 99.9 }\n");
    }
    Files.writeString(dir.resolve("dataproduct.yaml"), yaml.toString());
    return dir;
  }

  static String relativePath(int i) {
    return "com/example/bench/g" + (i % 10) + "/Record" + i + ".avsc";
  }

  private static String schema(int i, Shape shape) {
    StringBuilder fields = new StringBuilder();
    for (int f = 0; f < 10; f++) {
      fields
          .append("    {\"name\": \"field")
          .append(f)
          .append("\", \"type\": \"")
          .append(f % 3 == 0 ? "long" : "string")
          .append("\", \"doc\": \"Field ")
          .append(f)
          .append(".\"},\n");
    }
    fields.append(
        "    {\"name\": \"email\", \"type\": \"string\", \"tags\": [\"pii\"], \"doc\": \"Contact.\"},\n");
    fields
        .append("    {\"name\": \"state\", \"type\": {\"type\": \"enum\", \"name\": \"State")
        .append(i)
        .append(
            "\", \"symbols\": [\"A\", \"B\", \"C\"], \"default\": \"A\"}, \"doc\": \"State.\"}");
    // Refer to up to two records with lower numbers (so references form no cycle); their folders
    // make about half of them sort after this file, so file order cannot help.
    for (int ref : new int[] {i - 3, i - 11}) {
      if (ref >= 0 && (shape == Shape.CHAIN || ref / FAMILY == i / FAMILY)) {
        fields
            .append(",\n    {\"name\": \"ref")
            .append(ref)
            .append("\", \"type\": [\"null\", \"com.example.bench.g")
            .append(ref % 10)
            .append(".Record")
            .append(ref)
            .append("\"], \"default\": null, \"doc\": \"A related record.\"}");
      }
    }
    return "{\n  \"type\": \"record\",\n  \"name\": \"Record"
        + i
        + "\",\n  \"namespace\": \"com.example.bench.g"
        + (i % 10)
        + "\",\n  \"doc\": \"Record "
        + i
        + ".\",\n  \"fields\": [\n"
        + fields
        + "\n  ]\n}\n";
  }
}
