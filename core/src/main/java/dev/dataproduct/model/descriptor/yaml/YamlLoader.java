package dev.dataproduct.model.descriptor.yaml;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.Rule;
import dev.dataproduct.support.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads a YAML file into a {@link YamlMap} that remembers positions, turning every kind of bad
 * input into a finding with a position and a hint. Scalars are resolved the way SnakeYAML resolves
 * YAML 1.1 (a quoted scalar is always a string, {@code yes} is a boolean).
 *
 * <p>Input is untrusted: the file size, the number of aliases, how far aliases expand and how deep
 * collections nest are all bounded, so a hostile file is rejected quickly in bounded memory.
 * Aliases are allowed within those limits; the tree shares an aliased node instead of copying it.
 * Merge keys ({@code <<}) are not supported.
 */
public final class YamlLoader {

  /** Descriptors are a few kilobytes; a mebibyte leaves room for anything honest. */
  public static final long DEFAULT_MAX_BYTES = 1024L * 1024;

  /** The most aliases ({@code *name}) a file may use. */
  public static final int MAX_ALIASES = 50;

  /** The most nodes that aliases may add to the document when it is expanded. */
  public static final int MAX_ALIAS_EXPANSION = 10_000;

  /** The deepest nesting of mappings and lists; a descriptor needs about five levels. */
  public static final int MAX_NESTING_DEPTH = 50;

  /** A minimal descriptor, shown in hints where a file is missing or empty. */
  static final String MINIMAL_DESCRIPTOR =
      """
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      name: orders
      domain: sales
      description: Every order placed in the web shop.
      owner:
        team: sales-orders
      outputPorts:
        - name: order-events
          topic: sales.orders.order-events.v1
          value: { schema: com/example/orders/OrderEvent.avsc }
      """;

  private static final String SYNTAX_HINT =
      "Check the indentation (spaces, aligned with the sibling keys) and quote values that contain \": \""
          + " or start with a special character such as @, `, *, &, !, { or [.";

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  private final long maxBytes;

  /** A loader with the {@link #DEFAULT_MAX_BYTES default size limit}. */
  public YamlLoader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A loader that rejects files larger than {@code maxBytes}. */
  public YamlLoader(long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Loads {@code file}. A missing file is a finding, not an exception.
   *
   * @param file the file to read
   * @param displayPath the path findings name, relative to the project base directory
   * @param wording how the front end names its options, for the hint of a missing file
   * @throws IOException when an existing file cannot be read (permissions, I/O errors): a build
   *     error, not a problem of the descriptor
   */
  public YamlLoadResult load(Path file, String displayPath, Wording wording) throws IOException {
    if (Files.isDirectory(file)) {
      return YamlLoadResult.failed(
          missing(displayPath, displayPath + " is a directory, not a file", wording));
    }
    if (!Files.exists(file)) {
      return YamlLoadResult.failed(
          missing(displayPath, "Descriptor " + displayPath + " does not exist", wording));
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      return YamlLoadResult.failed(tooLarge(displayPath, size));
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes((int) maxBytes + 1); // +1: the file may have grown since size()
    } catch (NoSuchFileException e) {
      return YamlLoadResult.failed(
          missing(displayPath, "Descriptor " + displayPath + " does not exist", wording));
    }
    return parse(content, displayPath);
  }

  /**
   * Loads YAML from bytes already read, e.g. a descriptor inside a released jar.
   *
   * @param content the file's bytes, UTF-8 with or without a byte order mark
   * @param displayPath the path findings name
   */
  public YamlLoadResult parse(byte[] content, String displayPath) {
    try {
      if (content.length > maxBytes) {
        throw new Rejected(tooLarge(displayPath, content.length));
      }
      YamlLoadResult composed = compose(decode(content, displayPath), displayPath);
      return new YamlLoadResult(composed.document(), composed.findings(), content);
    } catch (Rejected rejected) {
      return new YamlLoadResult(Optional.empty(), List.of(rejected.finding), content);
    }
  }

  private Finding missing(String displayPath, String message, Wording wording) {
    return Finding.of(DescriptorRules.MISSING, SourcePosition.file(displayPath), message)
        .withHint(
            exampleHint(displayPath, "Create")
                + System.lineSeparator()
                + "    or "
                + wording.otherDescriptor()
                + ".");
  }

  private static String exampleHint(String displayPath, String verb) {
    String indented = MINIMAL_DESCRIPTOR.strip().replace("\n", System.lineSeparator() + "      ");
    return verb
        + " "
        + displayPath
        + ", starting from:"
        + System.lineSeparator()
        + "      "
        + indented;
  }

  private Finding tooLarge(String displayPath, long size) {
    return Finding.of(
            DescriptorRules.SIZE,
            SourcePosition.file(displayPath),
            displayPath + " is " + size + " bytes, more than the limit of " + maxBytes + " bytes")
        .withHint(
            "A descriptor is a few kilobytes; check that the descriptor path points at dataproduct.yaml.");
  }

  /** The text of {@code content}; rejects it at the first byte that is not UTF-8. */
  private static String decode(byte[] content, String displayPath) {
    if (startsWith(content, UTF16BE_BOM) || startsWith(content, UTF16LE_BOM)) {
      throw new Rejected(
          Finding.of(
                  DescriptorRules.ENCODING,
                  new SourcePosition(displayPath, 1, 1),
                  displayPath + " starts with a UTF-16 byte order mark, but descriptors are UTF-8")
              .withHint("Save the file as UTF-8."));
    }
    int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0; // a UTF-8 BOM is harmless
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out =
        CharBuffer.allocate(content.length - start); // UTF-8 never yields more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int offset = in.position();
      throw new Rejected(
          Finding.of(
                  DescriptorRules.ENCODING,
                  positionAtEnd(out, displayPath),
                  String.format(
                      "%s is not UTF-8: byte 0x%02X at offset %d does not belong to a UTF-8 character",
                      displayPath, content[offset] & 0xFF, offset))
              .withHint(
                  "Save the file as UTF-8; files saved as Latin-1 or Windows-1252 fail here when they contain"
                      + " characters such as é or ü."));
    }
    return out.toString();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The position just after {@code text}: its line count and the column after its last line. */
  private static SourcePosition positionAtEnd(CharSequence text, String displayPath) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1 + Character.codePointCount(text, lineStart, text.length());
    return new SourcePosition(displayPath, line, column);
  }

  private YamlLoadResult compose(String text, String displayPath) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported below, naming both lines
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(
        MAX_NESTING_DEPTH + 1); // WatchingParser trips first, with a position
    options.setCodePointLimit((int) maxBytes);
    options.setProcessComments(false);
    WatchingParser parser =
        new WatchingParser(new ParserImpl(new StreamReader(text), options), displayPath);
    Composer composer = new Composer(parser, new Resolver(), options);
    try {
      if (!composer.checkNode()) {
        throw new Rejected(empty(displayPath));
      }
      Node root = composer.getNode();
      if (composer.checkNode()) {
        throw new Rejected(
            Finding.of(
                    DescriptorRules.SHAPE,
                    at(displayPath, parser.peekEvent().getStartMark()),
                    displayPath + " holds more than one YAML document; a second one starts here")
                .withHint(
                    "A descriptor is a single document: remove this \"---\" and everything after it,"
                        + " or merge it into the first document."));
      }
      return new TreeBuilder(displayPath).build(root);
    } catch (MarkedYAMLException e) {
      return YamlLoadResult.failed(syntaxError(e, displayPath));
    } catch (ReaderException e) {
      return YamlLoadResult.failed(
          Finding.of(
                  DescriptorRules.SYNTAX,
                  positionOfCodePoint(text, e.getPosition(), displayPath),
                  String.format("Character U+%04X is not allowed in YAML", e.getCodePoint()))
              .withHint(
                  "Remove the control character; YAML allows only printable characters, tabs and line breaks."));
    } catch (YAMLException e) {
      return YamlLoadResult.failed(
          Finding.of(
                  DescriptorRules.SYNTAX,
                  parser.lastPosition(),
                  "Not valid YAML: " + oneLine(e.getMessage()))
              .withHint(SYNTAX_HINT));
    } catch (IllegalArgumentException e) {
      // SnakeYAML's Tag rejects some tags it parsed (found by fuzzing: "!%0b", a tag that decodes
      // to a control character).
      return YamlLoadResult.failed(
          Finding.of(
                  DescriptorRules.SYNTAX,
                  parser.lastPosition(),
                  "Not valid YAML: " + oneLine(e.getMessage()))
              .withHint(
                  "Remove the tag (the word starting with \"!\"); a descriptor needs no YAML tags."));
    }
  }

  private static Finding empty(String displayPath) {
    return Finding.of(
            DescriptorRules.SHAPE, new SourcePosition(displayPath, 1, 1), displayPath + " is empty")
        .withHint(exampleHint(displayPath, "Fill"));
  }

  private static Finding syntaxError(MarkedYAMLException e, String displayPath) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePosition at = mark != null ? at(displayPath, mark) : SourcePosition.file(displayPath);
    String problem = e.getProblem() != null ? oneLine(e.getProblem()) : oneLine(e.getMessage());
    String context = "";
    if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != mark) {
      context =
          " ("
              + oneLine(e.getContext())
              + " that starts at line "
              + (e.getContextMark().getLine() + 1)
              + ")";
    }
    String hint;
    if (problem.contains("TAB")) {
      hint = "Indent with spaces; YAML does not allow tabs for indentation.";
    } else if (problem.startsWith("found undefined alias")) {
      hint =
          "Define the anchor (&name) before the alias (*name) that uses it, or write the value out.";
    } else {
      hint = SYNTAX_HINT;
    }
    return Finding.of(DescriptorRules.SYNTAX, at, "Not valid YAML: " + problem + context)
        .withHint(hint);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static SourcePosition positionOfCodePoint(
      String text, int codePointIndex, String displayPath) {
    int end =
        text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    return positionAtEnd(text.subSequence(0, end), displayPath);
  }

  private static SourcePosition at(String displayPath, Mark mark) {
    return new SourcePosition(displayPath, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** A finding that ends loading; thrown inside SnakeYAML's call stack and caught by the loader. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    Rejected(Finding finding) {
      super(finding.message(), null, false, false);
      this.finding = finding;
    }
  }

  /**
   * Sees every event SnakeYAML composes, so aliases and nesting are limited at the exact place the
   * limit is crossed, and any other SnakeYAML error can still be located.
   */
  private static final class WatchingParser implements Parser {
    private final Parser delegate;
    private final String displayPath;
    private int aliases;
    private int depth;
    private Mark lastMark;

    WatchingParser(Parser delegate, String displayPath) {
      this.delegate = delegate;
      this.displayPath = displayPath;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = delegate.getEvent();
      lastMark = event.getStartMark();
      switch (event.getEventId()) {
        case Alias -> {
          if (++aliases > MAX_ALIASES) {
            throw new Rejected(
                Finding.of(
                        DescriptorRules.ALIASES,
                        at(displayPath, lastMark),
                        displayPath + " uses more than " + MAX_ALIASES + " YAML aliases")
                    .withHint("A descriptor needs few aliases, if any; write the values out."));
          }
        }
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_NESTING_DEPTH) {
            throw new Rejected(
                Finding.of(
                        DescriptorRules.SIZE,
                        at(displayPath, lastMark),
                        displayPath
                            + " nests mappings and lists more than "
                            + MAX_NESTING_DEPTH
                            + " levels deep")
                    .withHint(
                        "A descriptor nests about five levels; check the brackets and the indentation."));
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {
          // other events need no watching
        }
      }
      return event;
    }

    SourcePosition lastPosition() {
      return lastMark == null ? SourcePosition.file(displayPath) : at(displayPath, lastMark);
    }
  }

  /**
   * Turns SnakeYAML's node graph into the position-keeping tree. An aliased node is converted once
   * and shared; what the aliases would add when expanded is counted, and bounded, without expanding
   * anything.
   */
  private static final class TreeBuilder {
    private final String displayPath;
    private final Map<Node, YamlNode> built = new IdentityHashMap<>();
    private final Map<Node, Long> expandedSize = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Finding> findings = new ArrayList<>();
    private long aliasExpansion;

    TreeBuilder(String displayPath) {
      this.displayPath = displayPath;
    }

    YamlLoadResult build(Node root) {
      SourcePosition at = at(displayPath, root.getStartMark());
      if (root instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
        throw new Rejected(empty(displayPath));
      }
      if (root instanceof SequenceNode) {
        throw new Rejected(
            Finding.of(
                    DescriptorRules.SHAPE,
                    at,
                    displayPath + " holds a list, but a descriptor is a mapping")
                .withHint(
                    "Write the keys at the top level without a leading \"- \": apiVersion: dataproduct.dev/v1, kind: DataProduct, ..."));
      }
      if (root instanceof ScalarNode scalar) {
        throw new Rejected(
            Finding.of(
                    DescriptorRules.SHAPE,
                    at,
                    displayPath
                        + " holds a single value (\""
                        + abbreviate(scalar.getValue())
                        + "\"), but a descriptor is a mapping")
                .withHint(
                    "Write the descriptor as keys and values: apiVersion: dataproduct.dev/v1, kind: DataProduct, ..."));
      }
      YamlMap document = (YamlMap) convert(root);
      return new YamlLoadResult(Optional.of(document), findings, null); // parse adds the bytes
    }

    private YamlNode convert(Node node) {
      YamlNode done = built.get(node);
      if (done != null) {
        aliasExpansion += expandedSize.get(node);
        if (aliasExpansion > MAX_ALIAS_EXPANSION) {
          throw new Rejected(
              Finding.of(
                      DescriptorRules.ALIASES,
                      at(displayPath, node.getStartMark()),
                      displayPath
                          + " expands by more than "
                          + MAX_ALIAS_EXPANSION
                          + " nodes through aliases; the last alias expanded refers to the node here")
                  .withHint("A descriptor needs few aliases, if any; write the values out."));
        }
        return done;
      }
      if (!inProgress.add(node)) {
        throw new Rejected(
            Finding.of(
                    DescriptorRules.ALIASES,
                    at(displayPath, node.getStartMark()),
                    "The anchor &"
                        + node.getAnchor()
                        + " here is used by an alias inside itself, which never ends")
                .withHint(
                    "Remove the alias *" + node.getAnchor() + " from inside the anchored value."));
      }
      long size = 1;
      YamlNode result;
      if (node instanceof MappingNode mapping) {
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          convert(tuple.getKeyNode());
          YamlNode value = convert(tuple.getValueNode());
          size += expandedSize.get(tuple.getKeyNode()) + expandedSize.get(tuple.getValueNode());
          addEntry(entries, tuple.getKeyNode(), value);
        }
        result = new YamlMap(entries, at(displayPath, node.getStartMark()));
      } else if (node instanceof SequenceNode sequence) {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          items.add(convert(item));
          size += expandedSize.get(item);
        }
        result = new YamlList(items, at(displayPath, node.getStartMark()));
      } else {
        result = scalar((ScalarNode) node);
      }
      inProgress.remove(node);
      built.put(node, result);
      expandedSize.put(node, size);
      return result;
    }

    private void addEntry(Map<String, YamlMap.Entry> entries, Node keyNode, YamlNode value) {
      SourcePosition keyAt = at(displayPath, keyNode.getStartMark());
      if (Tag.MERGE.equals(keyNode.getTag())) {
        report(
            DescriptorRules.ALIASES,
            keyAt,
            "YAML merge keys (<<) are not supported in a descriptor",
            "Write the keys out instead of merging them in.");
        return;
      }
      if (!(keyNode instanceof ScalarNode scalarKey) || !Tag.STR.equals(keyNode.getTag())) {
        String what =
            keyNode instanceof ScalarNode scalarKey
                ? "\""
                    + abbreviate(scalarKey.getValue())
                    + "\" resolves to "
                    + article(scalar(scalarKey).typeName())
                : "is " + (keyNode instanceof MappingNode ? "a mapping" : "a list");
        report(
            DescriptorRules.TYPE,
            keyAt,
            "Key " + what + ", but descriptor keys are names",
            "Use a key of the format, such as name or topic; quote a key that must stay as written.");
        return;
      }
      String key = scalarKey.getValue();
      YamlMap.Entry first = entries.get(key);
      if (first != null) {
        report(
            DescriptorRules.DUPLICATE_KEY,
            keyAt,
            "Key \""
                + key
                + "\" appears twice in this mapping; the first is at line "
                + first.keyPosition().line(),
            "Remove one of them; YAML tools disagree on which one wins.");
        return;
      }
      entries.put(key, new YamlMap.Entry(key, keyAt, value));
    }

    private YamlScalar scalar(ScalarNode node) {
      Tag tag = node.getTag();
      YamlScalar.Kind kind;
      if (Tag.NULL.equals(tag)) {
        kind = YamlScalar.Kind.NULL;
      } else if (Tag.BOOL.equals(tag)) {
        kind = YamlScalar.Kind.BOOLEAN;
      } else if (Tag.INT.equals(tag)) {
        kind = YamlScalar.Kind.INTEGER;
      } else if (Tag.FLOAT.equals(tag)) {
        kind = YamlScalar.Kind.FLOAT;
      } else {
        kind =
            YamlScalar.Kind
                .STRING; // str, and timestamps and custom tags, which a descriptor reads as text
      }
      return new YamlScalar(
          kind == YamlScalar.Kind.NULL ? null : node.getValue(),
          kind,
          at(displayPath, node.getStartMark()));
    }

    private void report(Rule rule, SourcePosition at, String message, String hint) {
      findings.add(Finding.of(rule, at, message).withHint(hint));
    }
  }

  private static String article(String typeName) {
    return (typeName.startsWith("i") ? "an " : "a ") + typeName;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
