package dev.dataproduct.logic.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small pieces of wording and waiver targets shared by the check's comparisons. */
final class Texts {

  /** The way from a breaking change to a compatible one, as every breaking finding suggests it. */
  static final String WAY_OUT =
      "add a new port on a new topic in a minor release, deprecate the old port, and remove it in the next major";

  private Texts() {}

  /** {@code "1.0.0"}, {@code "1.0.0 and 1.1.0"}, {@code "1.0.0, 1.1.0 and 1.2.0"}. */
  static String and(Collection<String> words) {
    List<String> list = new ArrayList<>(words);
    if (list.size() <= 1) {
      return String.join("", list);
    }
    return String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1);
  }

  /** What a waiver names to accept a finding about a port. */
  static String target(String portName) {
    return "outputPorts/" + portName;
  }

  /** What a waiver names to accept a finding about a port's key or value. */
  static String target(String portName, PortPart part) {
    return target(portName) + "/" + part.word();
  }

  /** What a waiver names to accept a finding about one field of a port's key or value. */
  static String target(String portName, PortPart part, String recordFullName, String fieldName) {
    return target(portName, part) + "/" + recordFullName + "#" + fieldName;
  }
}
