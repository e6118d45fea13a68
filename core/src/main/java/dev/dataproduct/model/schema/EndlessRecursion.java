package dev.dataproduct.model.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Finds records that contain themselves with no way to end: every value would be infinitely deep,
 * so none can be written. A record can end when all its fields can; a union can end when one of its
 * branches can; arrays and maps can always end (they may be empty), as can every other type. This
 * is a least fixed point, computed in linear time by counting, per record, the fields that cannot
 * end yet.
 */
final class EndlessRecursion {

  /**
   * A record on an endless cycle.
   *
   * @param record the record's full name
   * @param field its first field that cannot end
   * @param cycle the cycle, e.g. {@code Node.next -> Node}
   */
  record Cycle(String record, String field, String cycle) {}

  private static final class Node {
    final Schema schema;
    final List<Node> users = new ArrayList<>();
    int pending;
    boolean canEnd;

    Node(Schema schema) {
      this.schema = schema;
    }
  }

  private final Map<Schema, Node> nodes = new IdentityHashMap<>();
  private final Deque<Node> ended = new ArrayDeque<>();

  private EndlessRecursion() {}

  /** The cycles among the records reachable from {@code roots}, one per record on a cycle. */
  static List<Cycle> find(Collection<Schema> roots) {
    EndlessRecursion analysis = new EndlessRecursion();
    for (Schema root : roots) {
      analysis.node(root);
    }
    analysis.propagate();
    List<Cycle> cycles = new ArrayList<>();
    for (Schema root : roots) {
      Node node = analysis.nodes.get(root);
      if (root.getType() == Schema.Type.RECORD && !node.canEnd) {
        analysis.cycleThrough(root).ifPresent(cycles::add);
      }
    }
    return cycles;
  }

  /** The node of a record or union (built once per schema object), or null for types that end. */
  private Node node(Schema schema) {
    Schema.Type type = schema.getType();
    if (type == Schema.Type.ARRAY) {
      node(schema.getElementType());
      return null;
    }
    if (type == Schema.Type.MAP) {
      node(schema.getValueType());
      return null;
    }
    if (type != Schema.Type.RECORD && type != Schema.Type.UNION) {
      return null;
    }
    Node existing = nodes.get(schema);
    if (existing != null) {
      return existing;
    }
    Node node = new Node(schema);
    nodes.put(schema, node);
    List<Schema> parts =
        type == Schema.Type.RECORD
            ? schema.getFields().stream().map(Schema.Field::schema).toList()
            : schema.getTypes();
    boolean anyBranchEnds = false;
    for (Schema part : parts) {
      Node partNode = node(part);
      if (partNode == null) {
        anyBranchEnds = true;
      } else {
        partNode.users.add(node);
        node.pending++;
      }
    }
    if (type == Schema.Type.RECORD ? node.pending == 0 : anyBranchEnds) {
      markEnds(node);
    } else if (type == Schema.Type.UNION) {
      node.pending = 1;
    }
    return node;
  }

  private void markEnds(Node node) {
    if (!node.canEnd) {
      node.canEnd = true;
      ended.add(node);
    }
  }

  private void propagate() {
    while (!ended.isEmpty()) {
      Node done = ended.poll();
      for (Node user : done.users) {
        if (!user.canEnd && --user.pending == 0) {
          markEnds(user);
        }
      }
    }
  }

  /** Follows the first field that cannot end from {@code record}; a cycle if it comes back. */
  private Optional<Cycle> cycleThrough(Schema record) {
    StringBuilder path = new StringBuilder();
    List<Schema> visited = new ArrayList<>();
    Schema current = record;
    String firstField = null;
    while (true) {
      visited.add(current);
      Schema.Field blocking = firstEndlessField(current);
      if (firstField == null) {
        firstField = blocking.name();
      }
      path.append(current.getName()).append('.').append(blocking.name()).append(" -> ");
      Schema next = endlessRecordIn(blocking.schema());
      if (next == record) {
        path.append(record.getName());
        return Optional.of(new Cycle(record.getFullName(), firstField, path.toString()));
      }
      if (next == null || visited.stream().anyMatch(seen -> seen == next)) {
        return Optional.empty();
      }
      current = next;
    }
  }

  private Schema.Field firstEndlessField(Schema record) {
    for (Schema.Field field : record.getFields()) {
      Node node = nodes.get(field.schema());
      if (node != null && !node.canEnd) {
        return field;
      }
    }
    throw new IllegalStateException(
        "record " + record.getFullName() + " cannot end but all its fields can");
  }

  private Schema endlessRecordIn(Schema schema) {
    if (schema.getType() == Schema.Type.RECORD) {
      return schema;
    }
    // A union that cannot end holds only records that cannot end, or nothing at all.
    return schema.getTypes().isEmpty() ? null : schema.getTypes().get(0);
  }
}
