package dev.dataproduct.model.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataproduct.model.contract.ContractLayout.Part;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.support.StableJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code contract.json}: what the contract holds and which file holds each schema.
 *
 * @param ports by name, sorted
 */
record ContractIndex(
    String product,
    String domain,
    String version,
    String descriptor,
    Map<String, PortEntry> ports) {

  /**
   * A port's files; {@code key} and {@code keyEncoding} are {@code null} when records have no key.
   * A contract packed before keys had an encoding has no {@code keyEncoding} member: those plugin
   * versions wrote every key in the port's Avro encoding, so it reads as {@code avro}. {@code
   * transitiveFrom} is the release where its transitive history starts again, {@code null} when it
   * does not.
   */
  record PortEntry(
      String key,
      String keyEncoding,
      String value,
      List<HistoryEntry> keyHistory,
      List<HistoryEntry> valueHistory,
      String transitiveFrom) {}

  /**
   * What a key without a recorded encoding was written with: the only way before encodings were
   * recorded.
   */
  static final String UNRECORDED_KEY_ENCODING = OutputPort.KEY_ENCODING_AVRO;

  private static final Set<String> KEY_ENCODINGS =
      Set.of(OutputPort.KEY_ENCODING_KAFKA, OutputPort.KEY_ENCODING_AVRO);

  /**
   * One earlier release's schema file; {@code origin} is {@code null} but for history from before
   * the plugin.
   */
  record HistoryEntry(String version, String file, String origin) {}

  private static final JsonMapper MAPPER = StableJson.MAPPER;

  /** The index of {@code contract}, with the file names of the layout. */
  static ContractIndex of(Contract contract) {
    Map<String, PortEntry> ports = new TreeMap<>();
    contract
        .ports()
        .forEach(
            (name, port) ->
                ports.put(
                    name,
                    new PortEntry(
                        port.key() == null ? null : ContractLayout.currentSchema(name, Part.KEY),
                        port.key() == null ? null : port.keyEncoding(),
                        ContractLayout.currentSchema(name, Part.VALUE),
                        history(name, Part.KEY, port.keyHistory()),
                        history(name, Part.VALUE, port.valueHistory()),
                        port.transitiveFrom())));
    return new ContractIndex(
        contract.descriptor().name(),
        contract.descriptor().domain(),
        contract.version(),
        ContractLayout.DESCRIPTOR,
        ports);
  }

  private static List<HistoryEntry> history(String port, Part part, List<ReleasedSchema> released) {
    return released.stream()
        .map(
            r ->
                new HistoryEntry(
                    r.version(), ContractLayout.historySchema(port, part, r.version()), r.origin()))
        .toList();
  }

  /** The JSON text, deterministic: members in a fixed order, ports sorted, {@code \n} line ends. */
  byte[] toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", ContractLayout.FORMAT);
    root.put("product", product);
    root.put("domain", domain);
    root.put("version", version);
    root.put("descriptor", descriptor);
    ObjectNode portsNode = root.putObject("ports");
    ports.forEach(
        (name, port) -> {
          ObjectNode p = portsNode.putObject(name);
          if (port.key() != null) {
            p.put("key", port.key());
            p.put("keyEncoding", port.keyEncoding());
          }
          p.put("value", port.value());
          historyJson(p.putArray("keyHistory"), port.keyHistory());
          historyJson(p.putArray("valueHistory"), port.valueHistory());
          // Only when set: contracts without a restart keep the bytes they had before the member
          // existed.
          if (port.transitiveFrom() != null) {
            p.put("transitiveFrom", port.transitiveFrom());
          }
        });
    return StableJson.bytes(root);
  }

  private static void historyJson(ArrayNode array, List<HistoryEntry> history) {
    for (HistoryEntry entry : history) {
      ObjectNode item = array.addObject().put("version", entry.version()).put("file", entry.file());
      if (entry.origin() != null) {
        item.put(
            "origin",
            entry.origin()); // history adopted from a registry or .avsc folder: where it came from
      }
    }
  }

  /** Every schema file the index names, port by port: current ones, then the histories. */
  List<String> schemaFiles() {
    List<String> files = new ArrayList<>();
    ports
        .values()
        .forEach(
            p -> {
              if (p.key() != null) {
                files.add(p.key());
              }
              files.add(p.value());
              p.keyHistory().forEach(h -> files.add(h.file()));
              p.valueHistory().forEach(h -> files.add(h.file()));
            });
    return files;
  }

  /**
   * Reads {@code contract.json}. Members it does not know are ignored, so format v1 can grow
   * without breaking older readers.
   *
   * @throws MalformedContract when it is not a v1 index whose file names stay inside the contract
   */
  static ContractIndex parse(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new MalformedContract(
          "not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new MalformedContract("not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MalformedContract("not a JSON object");
    }
    String format = text(root, "format", "");
    if (!format.equals(ContractLayout.FORMAT)) {
      if (format.startsWith("dataproduct-contract/")) {
        throw MalformedContract.unsupportedFormat(format);
      }
      throw new MalformedContract(
          "\"format\" is \"" + format + "\", not \"" + ContractLayout.FORMAT + "\"");
    }
    String version = text(root, "version", "");
    if (!ContractLayout.isSafeName(version)) {
      throw new MalformedContract("\"version\" is \"" + version + "\", not a version");
    }
    JsonNode portsNode = root.get("ports");
    if (portsNode == null || !portsNode.isObject()) {
      throw new MalformedContract("\"ports\" is missing or not an object");
    }
    Map<String, PortEntry> ports = new TreeMap<>();
    for (Map.Entry<String, JsonNode> port : portsNode.properties()) {
      ports.put(port.getKey(), port(port.getKey(), port.getValue(), version));
    }
    return new ContractIndex(
        required(root, "product"),
        required(root, "domain"),
        version,
        file(root, "descriptor", "descriptor"),
        ports);
  }

  private static PortEntry port(String name, JsonNode node, String version) {
    String where = "ports." + name;
    if (!ContractLayout.isSafeName(name)) {
      throw new MalformedContract("port name \"" + name + "\" is not a port name");
    }
    if (!node.isObject()) {
      throw new MalformedContract("\"" + where + "\" is not an object");
    }
    String key = node.has("key") ? file(node, "key", where + ".key") : null;
    List<HistoryEntry> keyHistory = historyOf(node, "keyHistory", where);
    List<HistoryEntry> valueHistory = historyOf(node, "valueHistory", where);
    return new PortEntry(
        key,
        key == null ? null : keyEncoding(node, where),
        file(node, "value", where + ".value"),
        keyHistory,
        valueHistory,
        transitiveFrom(node, where, valueHistory, version));
  }

  /**
   * The optional {@code transitiveFrom}: this release or one in the value history. Contracts packed
   * before it existed lack it; the reader works it out from their history.
   */
  private static String transitiveFrom(
      JsonNode node, String where, List<HistoryEntry> valueHistory, String version) {
    JsonNode value = node.get("transitiveFrom");
    if (value == null) {
      return null;
    }
    String from = value.isTextual() ? value.asText() : "";
    int at = from.equals(version) ? valueHistory.size() : -1;
    for (int i = 0; at < 0 && i < valueHistory.size(); i++) {
      at = valueHistory.get(i).version().equals(from) ? i : -1;
    }
    if (at < 0) {
      throw new MalformedContract(
          "\""
              + where
              + ".transitiveFrom\" is \""
              + from
              + "\", which is neither "
              + version
              + " nor a release in its valueHistory");
    }
    // A history starts again only where a new major broke the port (HistoryRestart.carry): a
    // restart anywhere else would let a transitive level skip releases the port still reads.
    String before = at == 0 ? null : valueHistory.get(at - 1).version();
    if (before != null && !HistoryRestart.newMajor(before, from)) {
      throw new MalformedContract(
          "\""
              + where
              + ".transitiveFrom\" is \""
              + from
              + "\", which is no new major after "
              + before
              + "; a history starts again only at a new major version");
    }
    return from;
  }

  private static List<HistoryEntry> historyOf(JsonNode port, String member, String where) {
    JsonNode array = port.get(member);
    String path = where + "." + member;
    if (array == null || !array.isArray()) {
      throw new MalformedContract("\"" + path + "\" is missing or not an array");
    }
    List<HistoryEntry> history = new ArrayList<>();
    Set<String> versions = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String at = path + "[" + i + "]";
      if (!entry.isObject()) {
        throw new MalformedContract("\"" + at + "\" is not an object");
      }
      String version = text(entry, "version", "");
      if (!ContractLayout.isSafeName(version)) {
        throw new MalformedContract("\"" + at + ".version\" is \"" + version + "\", not a version");
      }
      if (!versions.add(version)) {
        throw new MalformedContract("\"" + path + "\" lists version " + version + " twice");
      }
      JsonNode origin = entry.get("origin");
      history.add(
          new HistoryEntry(
              version,
              file(entry, "file", at + ".file"),
              origin != null && origin.isTextual() ? origin.asText() : null));
    }
    return List.copyOf(history);
  }

  private static String keyEncoding(JsonNode port, String where) {
    JsonNode value = port.get("keyEncoding");
    if (value == null) {
      return UNRECORDED_KEY_ENCODING;
    }
    if (!value.isTextual() || !KEY_ENCODINGS.contains(value.asText())) {
      throw new MalformedContract(
          "\"" + where + ".keyEncoding\" is " + value + ", not \"kafka\" or \"avro\"");
    }
    return value.asText();
  }

  /** A file name member that must stay inside the contract directory. */
  private static String file(JsonNode node, String member, String path) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual()) {
      throw new MalformedContract("\"" + path + "\" is missing or not a string");
    }
    if (!ContractLayout.isSafePath(value.asText())) {
      throw new MalformedContract(
          "\""
              + path
              + "\" is \""
              + value.asText()
              + "\", not a file inside "
              + ContractLayout.DIRECTORY);
    }
    return value.asText();
  }

  private static String required(JsonNode node, String member) {
    String value = text(node, member, "");
    if (value.isBlank()) {
      throw new MalformedContract("\"" + member + "\" is missing or not a string");
    }
    return value;
  }

  private static String text(JsonNode node, String member, String absent) {
    JsonNode value = node.get(member);
    return value != null && value.isTextual() ? value.asText() : absent;
  }
}
