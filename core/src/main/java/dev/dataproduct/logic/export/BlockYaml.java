package dev.dataproduct.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The exports' YAML written directly, byte for byte as Jackson's YAML writer lays it out with
 * {@link ExportJson#YAML_FACTORY}, for documents whose every scalar is plain or double-quoted
 * without escapes (nearly every document). Jackson hands each scalar to SnakeYAML's emitter, which
 * analyses it character by character, event by event: the ODCS files were the largest part of
 * {@code generate}'s own time. A document with anything else (an escape, a single-quoted or
 * multi-line scalar, a sequence in a sequence) gets {@code null} from {@link #write}, and {@link
 * ExportJson} writes it with Jackson's writer. {@code BlockYamlTest} compares both writers on every
 * kind of text.
 *
 * <p>Which scalars Jackson quotes is Jackson's own decision ({@link StringQuotingChecker} and its
 * number pattern); which plain scalars SnakeYAML would still quote is decided by {@link #kind}, the
 * rules of SnakeYAML's {@code Emitter.analyzeScalar} for a block context.
 */
final class BlockYaml {

  /** Jackson's choice between plain and double-quoted scalars, as the factory configures it. */
  private static final StringQuotingChecker QUOTING = StringQuotingChecker.Default.instance();

  /**
   * Jackson's pattern for strings that read as numbers (quoted with {@code
   * ALWAYS_QUOTE_NUMBERS_AS_STRINGS}); {@code null} when this Jackson keeps it elsewhere, and then
   * every document goes to Jackson's writer.
   */
  private static final Pattern JACKSON_NUMBER = jacksonNumberPattern();

  /** Longer keys may not be simple keys in SnakeYAML (its limit is 128 characters with quotes). */
  private static final int LONGEST_KEY = 100;

  /** How texts are written, by text; {@link #LEFT_TO_JACKSON} for those Jackson must write. */
  private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  /** Bounds for what {@link #VALUES} and {@link #KEYS} remember: about a megabyte at most. */
  private static final int REMEMBERED = 20_000;

  private static final int LONGEST_REMEMBERED = 200;

  /** Compared by identity: no text is this instance. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String LEFT_TO_JACKSON = new String("");

  private final StringBuilder out = new StringBuilder(8192);
  private final Function<JsonNode, JsonNode> expand;
  private final Function<JsonNode, String> oneLine;

  private BlockYaml(Function<JsonNode, JsonNode> expand, Function<JsonNode, String> oneLine) {
    this.expand = expand;
    this.oneLine = oneLine;
  }

  /**
   * @param expand turns a node that stands for a tree (an Avro schema) into the tree
   * @param oneLine the one-line JSON of a container below {@link ExportJson#INDENTED_DEPTH}
   * @return the YAML, or {@code null} when the document needs Jackson's writer
   */
  static byte[] write(
      JsonNode document, Function<JsonNode, JsonNode> expand, Function<JsonNode, String> oneLine) {
    if (JACKSON_NUMBER == null || !document.isObject() || document.isEmpty()) {
      return null;
    }
    BlockYaml yaml = new BlockYaml(expand, oneLine);
    try {
      yaml.mapping(document, 0, 0, false);
    } catch (NotLaidOutHere e) {
      return null;
    }
    return yaml.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The entries of a non-empty mapping at {@code depth}, each on a line of its own indented by
   * {@code indent}; the first one where the line is already started (after a sequence's {@code -})
   * when {@code firstOnThisLine}.
   */
  private void mapping(JsonNode mapping, int indent, int depth, boolean firstOnThisLine) {
    boolean first = true;
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      if (!(first && firstOnThisLine)) {
        spaces(indent);
      }
      first = false;
      key(entry.getKey());
      out.append(':');
      value(entry.getValue(), indent, depth + 1);
    }
  }

  /** A mapping's value, after its key and colon. */
  private void value(JsonNode node, int keyIndent, int depth) {
    node = expand.apply(node);
    if (oneLine(node, depth)) {
      return;
    }
    if (node.isObject()) {
      out.append('\n');
      mapping(node, keyIndent + 2, depth, false);
    } else if (node.isArray()) {
      out.append('\n');
      sequence(node, keyIndent + 2, depth);
    } else {
      out.append(' ');
      scalar(node);
      out.append('\n');
    }
  }

  /** A non-empty sequence at {@code depth}, its dashes indented by {@code indent}. */
  private void sequence(JsonNode sequence, int indent, int depth) {
    for (JsonNode item : sequence) {
      spaces(indent);
      out.append('-');
      item = expand.apply(item);
      if (oneLine(item, depth + 1)) {
        continue;
      }
      if (item.isObject()) {
        out.append(' ');
        mapping(item, indent + 2, depth + 1, true);
      } else if (item.isArray()) {
        throw new NotLaidOutHere(); // a sequence in a sequence: rare, left to Jackson
      } else {
        out.append(' ');
        scalar(item);
        out.append('\n');
      }
    }
  }

  /**
   * Writes an empty container, or a container at or below {@link ExportJson#INDENTED_DEPTH}, on the
   * current line; false for the others.
   */
  private boolean oneLine(JsonNode node, int depth) {
    if (!node.isContainerNode()) {
      return false;
    }
    if (node.isEmpty()) {
      out.append(node.isArray() ? " []\n" : " {}\n");
      return true;
    }
    if (depth >= ExportJson.INDENTED_DEPTH) {
      out.append(' ').append(oneLine.apply(node)).append('\n');
      return true;
    }
    return false;
  }

  private void scalar(JsonNode node) {
    if (node instanceof TextNode text) {
      text(text.textValue());
    } else if (node instanceof IntNode
        || node instanceof LongNode
        || node instanceof ShortNode
        || node instanceof BigIntegerNode) {
      number(node.asText());
    } else if (node instanceof DecimalNode decimal) {
      number(decimal.decimalValue().toString()); // as Jackson's writeNumber(BigDecimal)
    } else if (node instanceof DoubleNode d) {
      number(String.valueOf(d.doubleValue()));
    } else if (node instanceof FloatNode f) {
      number(String.valueOf(f.floatValue()));
    } else if (node instanceof BooleanNode || node instanceof NullNode) {
      out.append(node.asText());
    } else {
      throw new NotLaidOutHere(); // binary or other values: Jackson knows them
    }
  }

  private void number(String text) {
    if (!plain(text)) {
      throw new NotLaidOutHere();
    }
    out.append(text);
  }

  private void text(String text) {
    out.append(rendered(text, VALUES, BlockYaml::renderValue));
  }

  private void key(String key) {
    out.append(rendered(key, KEYS, BlockYaml::renderKey));
  }

  /**
   * How {@code text} is written, decided once for the texts that repeat (the keys, the types, the
   * fields' descriptions of records that many ports share).
   */
  private static String rendered(
      String text, Map<String, String> decided, Function<String, String> render) {
    String rendered = decided.get(text);
    if (rendered == null) {
      rendered = render.apply(text);
      if (text.length() <= LONGEST_REMEMBERED && decided.size() < REMEMBERED) {
        decided.put(text, rendered);
      }
    }
    if (rendered == LEFT_TO_JACKSON) {
      throw new NotLaidOutHere();
    }
    return rendered;
  }

  /** A string value: double-quoted where Jackson asks for quotes, else plain. */
  private static String renderValue(String text) {
    if (text.isEmpty()) {
      return "\"\"";
    }
    int kind = kind(text);
    if (kind == SPECIAL) {
      return LEFT_TO_JACKSON;
    }
    if (QUOTING.needToQuoteValue(text) || looksLikeNumber(text)) {
      return '"' + text + '"';
    }
    // Else SnakeYAML would quote it after all, in single quotes.
    return kind == PLAIN ? text : LEFT_TO_JACKSON;
  }

  private static String renderKey(String key) {
    if (key.isEmpty() || key.length() > LONGEST_KEY) {
      return LEFT_TO_JACKSON; // not a simple key for SnakeYAML
    }
    int kind = kind(key);
    if (kind == SPECIAL) {
      return LEFT_TO_JACKSON;
    }
    if (QUOTING.needToQuoteName(key)) {
      return '"' + key + '"';
    }
    return kind == PLAIN ? key : LEFT_TO_JACKSON;
  }

  /** A text with a character that SnakeYAML escapes in double quotes, or that needs them. */
  private static final int SPECIAL = 0;

  /** A text that SnakeYAML writes as it is in double quotes, but not plain. */
  private static final int QUOTABLE = 1;

  /** A text that SnakeYAML writes plain in a block context, and as it is in double quotes. */
  private static final int PLAIN = 2;

  /**
   * What SnakeYAML makes of a non-empty text, in one pass. Written as it is: no control characters,
   * quotes, backslashes, line or paragraph separators, byte order marks, no-break spaces (escaped
   * as {@code \_}) or surrogates. Plain in a block context ({@code Emitter.analyzeScalar}): no
   * leading or trailing space, document marker, leading indicator, {@code ": "} or {@code " #"}.
   */
  private static int kind(String text) {
    int length = text.length();
    boolean plain =
        !(text.startsWith("---")
            || text.startsWith("...")
            || text.charAt(0) == ' '
            || text.charAt(length - 1) == ' ');
    char previous = ' ';
    for (int i = 0; i < length; i++) {
      char ch = text.charAt(i);
      boolean asItIs =
          (ch >= 0x20 && ch <= 0x7e && ch != '"' && ch != '\\')
              || (ch > 0xa0 && ch < 0xd800 && ch != 0x2028 && ch != 0x2029)
              || (ch >= 0xe000 && ch <= 0xfffd && ch != 0xfeff);
      if (!asItIs) {
        return SPECIAL;
      }
      if (plain) {
        boolean followedBySpace = i + 1 >= length || text.charAt(i + 1) == ' ';
        plain =
            i == 0
                ? "#,[]{}&*!|>'\"%@`".indexOf(ch) < 0
                    && !((ch == '?' || ch == ':' || ch == '-') && followedBySpace)
                : !((ch == ':' && followedBySpace) || (ch == '#' && previous == ' '));
      }
      previous = ch;
    }
    return plain ? PLAIN : QUOTABLE;
  }

  /** Jackson's {@code YAMLGenerator._looksLikeYAMLNumber}: quoted, so that it reads as text. */
  private static boolean looksLikeNumber(String text) {
    char first = text.charAt(0);
    boolean numberStart =
        first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9');
    return numberStart
        && text.indexOf(':') < 0
        && (JACKSON_NUMBER.matcher(text).matches()
            || Resolver.INT.matcher(text).matches()
            || Resolver.FLOAT.matcher(text).matches());
  }

  /** Whether a number's text is written plain (it has no characters that need more). */
  private static boolean plain(String text) {
    return !text.isEmpty() && kind(text) == PLAIN;
  }

  private void spaces(int count) {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }

  private static Pattern jacksonNumberPattern() {
    try {
      Field field = YAMLGenerator.class.getDeclaredField("PLAIN_NUMBER_P");
      field.setAccessible(true);
      return (Pattern) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another Jackson: its writer writes every document
    }
  }

  /** The document has something this writer does not lay out as Jackson's does. */
  private static final class NotLaidOutHere extends RuntimeException {
    NotLaidOutHere() {
      super(null, null, false, false);
    }
  }
}
