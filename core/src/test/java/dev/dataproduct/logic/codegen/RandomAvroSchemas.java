package dev.dataproduct.logic.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random Avro schemas, as JSON, for comparing generated classes: records nested in records, arrays,
 * maps and unions; enums with and without defaults; fixed; every logical type; defaults of every
 * type; docs with the characters that need escaping in Javadoc and Java strings; names that are
 * Java keywords or clash with what the generated class declares; aliases and custom properties. The
 * same seed gives the same schemas.
 */
final class RandomAvroSchemas {

  /** Field names, many of them Java keywords or names the generated code also uses. */
  private static final String[] FIELD_NAMES = {
    "id",
    "name",
    "amount",
    "fooBar",
    "foo_bar",
    "Foo",
    "FOO",
    "a1",
    "_x",
    "x_",
    "value",
    "other",
    "e",
    "in",
    "out",
    "size0",
    "e0",
    "v0",
    "record",
    "result",
    "fieldOrder",
    "conversions",
    "data",
    "class",
    "int",
    "public",
    "enum",
    "default",
    "goto",
    "const",
    "var",
    "yield",
    "record_",
    "schema",
    "Schema",
    "SCHEMA",
    "builder",
    "Builder",
    "new",
    "this",
    "super",
    "null",
    "true",
    "instanceof",
    "switch",
    "package",
    "import",
    "cause",
    "Value",
    "getValue",
    "hasValue",
    "isNew",
    "ENCODER",
    "MODEL",
    "i",
    "field",
    "specificData",
    "conversion",
    "serialVersionUID",
    "clear",
    "abstract",
    "throws",
    "transient",
    "volatile",
    "strictfp",
    "native",
    "_",
    "__",
    "x$"
  };

  private static final String[] TYPE_NAMES = {
    "Order",
    "Line",
    "Item",
    "Address",
    "Money",
    "Status",
    "Kind",
    "Hash",
    "Builder",
    "Record",
    "Schema",
    "Class",
    "Object",
    "String",
    "Integer",
    "List",
    "Map",
    "Override",
    "Optional",
    "Deprecated",
    "Enum",
    "Error",
    "Exception",
    "Utf8",
    "SpecificData",
    "Thread",
    "int",
    "record",
    "var",
    "foo_bar",
    "Foo$",
    "_Under",
    "Z"
  };

  private static final String[] NAMESPACES = {
    null,
    "",
    "com.example",
    "com.example.orders.v1",
    "org.test",
    "int.record",
    "com.class.foo",
    "a",
    "x.y_z.Q"
  };

  private static final String[] DOCS = {
    null,
    "",
    "A plain doc.",
    "Ends a comment */ early",
    "/* opens one",
    "back\\slash and \\u0041 and \\n",
    "unicode: é ☃ 𝄞 Ω",
    "dollar $ and $schema and ${x}",
    "hash # and ## and #if ($x) #end",
    "\"quoted\" and 'single'",
    "multi\nline\n  indented",
    "<b>html</b> & entities &amp; @param x {@link Foo}",
    "tab\tand\rcarriage",
    "   ",
    "*/"
  };

  private static final String[] SYMBOLS = {
    "A", "B", "C", "RED", "GREEN", "class", "int", "public", "_", "UNKNOWN", "Value", "x1", "null_"
  };

  private final Random random;
  private final Set<String> usedFullNames = new HashSet<>();
  private final List<String> definedNames = new ArrayList<>();
  private final List<String> defaultsOfDefined = new ArrayList<>();
  private int counter;

  RandomAvroSchemas(long seed) {
    this.random = new Random(seed);
  }

  /** A top-level record (sometimes an error, an enum or a fixed) with its named types inline. */
  String next() {
    usedFullNames.clear();
    definedNames.clear();
    defaultsOfDefined.clear();
    int kind = random.nextInt(20);
    if (kind == 0) {
      return enumType(namespace())[0];
    }
    if (kind == 1) {
      return fixedType(namespace(), 16)[0];
    }
    return record(namespace(), 0, kind == 2)[0];
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String namespace() {
    return pick(NAMESPACES);
  }

  /** A new name not yet used in this schema, with its namespace resolved as Avro would. */
  private String[] newName(String namespace) {
    while (true) {
      String name = pick(TYPE_NAMES) + (chance(60) ? Integer.toString(counter++) : "");
      String full = namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
      if (usedFullNames.add(full)) {
        return new String[] {name, full};
      }
    }
  }

  /**
   * {@code text} as a JSON string: a Java string literal is one (its escapes of characters outside
   * ASCII read back in JSON as the same text).
   */
  private static String quote(String text) {
    return JavaNames.literal(text);
  }

  /** The common attributes of a named type or field: doc, aliases, custom properties. */
  private String extras(boolean named) {
    StringBuilder out = new StringBuilder();
    String doc = pick(DOCS);
    if (doc != null) {
      out.append(",\"doc\":").append(quote(doc));
    }
    if (chance(15)) {
      out.append(named ? ",\"aliases\":[\"Old" : ",\"aliases\":[\"old_")
          .append(counter++)
          .append("\"]");
    }
    if (chance(15)) {
      out.append(",\"x-custom\":").append(chance(50) ? "\"prop $ # */\"" : "{\"n\":[1,2]}");
    }
    if (chance(8)) {
      out.append(
          chance(50)
              ? ",\"javaAnnotation\":\"Deprecated\""
              : ",\"javaAnnotation\":[\"SuppressWarnings(\\\"unchecked\\\")\",\"Deprecated\"]");
    }
    return out.toString();
  }

  /** {json, a default value for it} */
  private String[] record(String namespace, int depth, boolean isError) {
    String ns = chance(30) ? pick(NAMESPACES) : namespace;
    String[] name = newName(ns);
    StringBuilder json = new StringBuilder("{\"type\":\"").append(isError ? "error" : "record");
    json.append("\",\"name\":").append(quote(name[0]));
    if (ns != null && (ns != namespace || chance(50))) {
      json.append(",\"namespace\":").append(quote(ns));
    }
    json.append(extras(true));
    json.append(",\"fields\":[");
    int count = chance(5) ? 0 : 1 + random.nextInt(depth == 0 ? 9 : 4);
    Set<String> fieldNames = new HashSet<>();
    StringBuilder value = new StringBuilder("{");
    String own = ns == null || ns.isEmpty() ? name[0] : ns + "." + name[0];
    for (int i = 0; i < count; i++) {
      String field = pick(FIELD_NAMES);
      if (!fieldNames.add(field)) {
        continue;
      }
      String[] type;
      if (depth > 0 && chance(4)) {
        // a recursive reference, through a union with null or an array
        type =
            chance(50)
                ? new String[] {"[\"null\"," + quote(own) + "]", "null"}
                : new String[] {"{\"type\":\"array\",\"items\":" + quote(own) + "}", "[]"};
      } else {
        type = type(ns, depth + 1);
      }
      if (!fieldNames.isEmpty() && fieldNames.size() > 1) {
        json.append(',');
        value.append(',');
      }
      json.append("{\"name\":").append(quote(field)).append(",\"type\":").append(type[0]);
      json.append(extras(false));
      if (chance(40)) {
        json.append(",\"default\":").append(type[1]);
      }
      if (chance(5)) {
        json.append(",\"order\":\"").append(chance(50) ? "descending" : "ignore").append('"');
      }
      json.append('}');
      value.append(quote(field)).append(':').append(type[1]);
    }
    json.append("]}");
    value.append('}');
    return new String[] {json.toString(), value.toString()};
  }

  private String[] enumType(String namespace) {
    String[] name = newName(namespace);
    StringBuilder json = new StringBuilder("{\"type\":\"enum\",\"name\":").append(quote(name[0]));
    if (namespace != null && chance(50)) {
      json.append(",\"namespace\":").append(quote(namespace));
    }
    json.append(extras(true)).append(",\"symbols\":[");
    List<String> symbols = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      String symbol = pick(SYMBOLS);
      if (!symbols.contains(symbol)) {
        symbols.add(symbol);
      }
    }
    for (int i = 0; i < symbols.size(); i++) {
      json.append(i > 0 ? "," : "").append(quote(symbols.get(i)));
    }
    json.append(']');
    if (chance(40)) {
      json.append(",\"default\":").append(quote(symbols.get(symbols.size() - 1)));
    }
    json.append('}');
    return remember(name[1], json.toString(), quote(symbols.get(0)));
  }

  private String[] fixedType(String namespace, int size) {
    String[] name = newName(namespace);
    StringBuilder json = new StringBuilder("{\"type\":\"fixed\",\"name\":").append(quote(name[0]));
    if (namespace != null && chance(50)) {
      json.append(",\"namespace\":").append(quote(namespace));
    }
    json.append(extras(true)).append(",\"size\":").append(size).append('}');
    return remember(name[1], json.toString(), quote("\u00ff".repeat(size)));
  }

  private String[] remember(String fullName, String json, String defaultValue) {
    definedNames.add(fullName);
    defaultsOfDefined.add(defaultValue);
    return new String[] {json, defaultValue};
  }

  /** {json, a default value for it} of a field's type. */
  private String[] type(String namespace, int depth) {
    int kind = random.nextInt(depth > 3 ? 12 : 22);
    return switch (kind) {
      case 0 -> new String[] {"\"null\"", "null"};
      case 1 -> new String[] {"\"boolean\"", chance(50) ? "true" : "false"};
      case 2 -> new String[] {"\"int\"", Integer.toString(random.nextInt())};
      case 3 -> new String[] {"\"long\"", Long.toString(random.nextLong())};
      case 4 -> new String[] {"\"float\"", "1.5"};
      case 5 -> new String[] {"\"double\"", "-2.25e10"};
      case 6 -> new String[] {"\"bytes\"", quote("\u0000\u00ff a")};
      case 7 -> new String[] {stringType(), quote(pick(new String[] {"", "x", "*/ $ # \\ é"}))};
      case 8, 9 -> logicalType(namespace);
      case 10 -> {
        if (!definedNames.isEmpty() && chance(70)) {
          int i = random.nextInt(definedNames.size());
          yield new String[] {quote(definedNames.get(i)), defaultsOfDefined.get(i)};
        }
        yield enumType(namespace);
      }
      case 11 -> fixedType(namespace, 1 + random.nextInt(20));
      case 12, 13, 14 -> record(namespace, depth, chance(5));
      case 15, 16 -> {
        String[] items = type(namespace, depth + 1);
        yield new String[] {
          "{\"type\":\"array\",\"items\":" + items[0] + extras(false) + "}",
          chance(50) ? "[]" : "[" + items[1] + "]"
        };
      }
      case 17 -> {
        String[] values = type(namespace, depth + 1);
        String keys = chance(20) ? ",\"avro.java.string\":\"String\"" : "";
        if (chance(10)) {
          keys += ",\"java-key-class\":\"java.math.BigInteger\"";
        }
        yield new String[] {
          "{\"type\":\"map\",\"values\":" + values[0] + keys + "}",
          chance(50) ? "{}" : "{\"k\":" + values[1] + "}"
        };
      }
      default -> union(namespace, depth);
    };
  }

  private String stringType() {
    return switch (random.nextInt(10)) {
      case 0 -> "{\"type\":\"string\",\"avro.java.string\":\"String\"}";
      case 1 -> "{\"type\":\"string\",\"avro.java.string\":\"CharSequence\"}";
      case 2 -> "{\"type\":\"string\",\"avro.java.string\":\"Utf8\"}";
      case 3 ->
          "{\"type\":\"string\",\"java-class\":\""
              + pick(new String[] {"java.net.URI", "java.net.URL", "java.math.BigDecimal"})
              + "\"}";
      default -> "\"string\"";
    };
  }

  private String[] logicalType(String namespace) {
    int precision = 1 + random.nextInt(30);
    int scale = random.nextInt(precision + 1);
    return switch (random.nextInt(14)) {
      case 0 ->
          new String[] {
            "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":"
                + precision
                + ",\"scale\":"
                + scale
                + "}",
            quote("\u0001")
          };
      case 1 -> {
        String[] name = newName(namespace);
        yield new String[] {
          "{\"type\":\"fixed\",\"name\":"
              + quote(name[0])
              + ",\"size\":16,\"logicalType\":\"decimal\",\"precision\":"
              + precision
              + ",\"scale\":"
              + scale
              + "}",
          quote("\u0000".repeat(16))
        };
      }
      case 2 -> new String[] {"{\"type\":\"string\",\"logicalType\":\"uuid\"}", quote("u")};
      case 3 -> new String[] {"{\"type\":\"int\",\"logicalType\":\"date\"}", "0"};
      case 4 -> new String[] {"{\"type\":\"int\",\"logicalType\":\"time-millis\"}", "1"};
      case 5 -> new String[] {"{\"type\":\"long\",\"logicalType\":\"time-micros\"}", "2"};
      case 6 -> new String[] {"{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}", "3"};
      case 7 -> new String[] {"{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}", "4"};
      case 8 ->
          new String[] {"{\"type\":\"long\",\"logicalType\":\"local-timestamp-millis\"}", "5"};
      case 9 ->
          new String[] {"{\"type\":\"long\",\"logicalType\":\"local-timestamp-micros\"}", "6"};
      case 10 -> new String[] {"{\"type\":\"long\",\"logicalType\":\"timestamp-nanos\"}", "7"};
      case 11 -> new String[] {"{\"type\":\"bytes\",\"logicalType\":\"big-decimal\"}", quote("")};
      case 12 -> {
        String[] name = newName(namespace);
        yield new String[] {
          "{\"type\":\"fixed\",\"name\":"
              + quote(name[0])
              + ",\"size\":12,\"logicalType\":\"duration\"}",
          quote("\u0000".repeat(12))
        };
      }
      // an unknown logical type, which Avro ignores
      default -> new String[] {"{\"type\":\"string\",\"logicalType\":\"custom-thing\"}", "\"c\""};
    };
  }

  /** What a union may hold once: the type's name, or a named type's whole definition. */
  private static String kind(String json) {
    if (json.startsWith("{\"type\":\"")) {
      String type = json.substring(9, json.indexOf('"', 9));
      return List.of("record", "error", "enum", "fixed").contains(type) ? json : type;
    }
    return json.replace("\"", "");
  }

  /** A union: null and one type (either order), or several types. */
  private String[] union(String namespace, int depth) {
    int shape = random.nextInt(4);
    List<String[]> branches = new ArrayList<>();
    Supplier<String[]> branch =
        () -> {
          String[] type;
          do {
            type = type(namespace, depth + 1);
          } while (type[0].startsWith("[") || type[0].equals("\"null\""));
          return type;
        };
    if (shape <= 1) {
      branches.add(new String[] {"\"null\"", "null"});
      branches.add(branch.get());
      if (shape == 1) {
        java.util.Collections.reverse(branches);
      }
    } else {
      Set<String> kinds = new HashSet<>();
      int count = 2 + random.nextInt(3);
      if (shape == 2) {
        branches.add(new String[] {"\"null\"", "null"});
      }
      for (int i = 0; i < count; i++) {
        String[] type = branch.get();
        // a union holds one type of each kind (one array, one map, one string...), named ones
        // apart
        if (kinds.add(kind(type[0]))) {
          branches.add(type);
        }
      }
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < branches.size(); i++) {
      json.append(i > 0 ? "," : "").append(branches.get(i)[0]);
    }
    return new String[] {json.append(']').toString(), branches.get(0)[1]};
  }
}
