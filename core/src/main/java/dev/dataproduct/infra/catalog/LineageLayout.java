package dev.dataproduct.infra.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places a lineage graph left to right: each product in a layer by its longest distance from a
 * product that reads nothing (so every edge points right, cycles cut at a revisit), products in a
 * layer ordered by the mean row of what they read (fewer crossings), layers centred vertically.
 * Pure geometry: the templates draw it. catalog.js ({@code layOut}) places what a filter or the
 * lineage page's focus leaves shown by the same rules, with these sizes from the page; a change
 * here goes there too (the it/ build publish-catalog-on-deploy compares the two).
 */
final class LineageLayout {

  static final int NODE_WIDTH = 220;
  static final int NODE_HEIGHT = 46;
  static final int ROW = 66;

  /** Room between layers for an edge's label. */
  static final int COLUMN = 480;

  /** Room above the first row for the labels of the edges between top rows. */
  static final int TOP = 18;

  /** A label line's height, and the width a label may take (labels are shortened to fit). */
  static final int LINE = 14;

  static final int LABEL_WIDTH = COLUMN - NODE_WIDTH - 20;

  /**
   * An edge {@code from -> to}, with what it carries ({@code order-events 1.1.0 BACKWARD}),
   * possibly several ports.
   */
  record Edge(String from, String to, List<String> labels) {

    Edge {
      labels = List.copyOf(labels);
    }
  }

  /** A placed node: its top-left corner, layer and row in the layer. */
  record Node(String name, int layer, int row, int x, int y) {}

  /**
   * A placed edge: a cubic curve from {@code (x1, y1)} to {@code (x2, y2)}, right side to left
   * side, or bottom to top for a back edge (a cycle), which would otherwise run under the nodes.
   */
  record Path(
      Edge edge, int x1, int y1, int x2, int y2, boolean back, int span, int labelX, int labelY) {

    /** The SVG path data. */
    String d() {
      if (back) {
        int dip = Math.max(y1, y2) + ROW / 2;
        return "M " + x1 + " " + y1 + " C " + x1 + " " + dip + ", " + x2 + " " + dip + ", " + x2
            + " " + y2;
      }
      int mid = (x1 + x2) / 2;
      return "M " + x1 + " " + y1 + " C " + mid + " " + y1 + ", " + mid + " " + y2 + ", " + x2 + " "
          + y2;
    }

    /** The top of the label's first line (they stack upwards from {@link #labelY}). */
    int labelTop() {
      return labelY - edge.labels().size() * LINE;
    }

    Path movedDown(int by) {
      return new Path(edge, x1, y1, x2, y2, back, span, labelX, labelY + by);
    }

    /**
     * Where the label's last line sits: a little above the curve's midpoint; for an edge that skips
     * layers, in the gap before its target, where the curve has reached the target's height and no
     * node is in the way.
     */
    static Path of(Edge edge, int x1, int y1, int x2, int y2, boolean back, int span) {
      int labelX = back || span == 1 ? (x1 + x2) / 2 : x2 - (COLUMN - NODE_WIDTH) / 2;
      int labelY = back ? Math.max(y1, y2) + ROW / 2 - 4 : span == 1 ? (y1 + y2) / 2 - 6 : y2 - 6;
      return new Path(edge, x1, y1, x2, y2, back, span, labelX, labelY);
    }
  }

  /** The whole picture. */
  record Layout(int width, int height, List<Node> nodes, List<Path> edges) {

    Node node(String name) {
      return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
  }

  private LineageLayout() {}

  /**
   * Lays out {@code names} and the ends of {@code edges}; an edge's ends need not be among {@code
   * names}.
   */
  static Layout of(Collection<String> names, List<Edge> edges) {
    TreeSet<String> all = new TreeSet<>(names);
    edges.forEach(
        e -> {
          all.add(e.from());
          all.add(e.to());
        });
    Map<String, Integer> layer = layers(all, edges);
    List<List<String>> layers = new ArrayList<>();
    layer.forEach(
        (name, l) -> {
          while (layers.size() <= l) {
            layers.add(new ArrayList<>());
          }
          layers.get(l).add(name);
        });
    Map<String, Integer> row = order(layers, edges);
    int rows = layers.stream().mapToInt(List::size).max().orElse(1);
    Map<String, Node> placed = new LinkedHashMap<>();
    for (int l = 0; l < layers.size(); l++) {
      List<String> inLayer = layers.get(l);
      int top = (rows - inLayer.size()) * ROW / 2;
      for (String name : inLayer) {
        int r = row.get(name);
        placed.put(name, new Node(name, l, r, 1 + l * COLUMN, 1 + TOP + top + r * ROW));
      }
    }
    List<Path> paths = new ArrayList<>();
    for (Edge edge : edges) {
      Node from = placed.get(edge.from());
      Node to = placed.get(edge.to());
      if (to.layer() > from.layer()) {
        paths.add(
            Path.of(
                edge,
                from.x() + NODE_WIDTH,
                from.y() + NODE_HEIGHT / 2,
                to.x(),
                to.y() + NODE_HEIGHT / 2,
                false,
                to.layer() - from.layer()));
      } else {
        paths.add(
            Path.of(
                edge,
                from.x() + NODE_WIDTH / 2,
                from.y() + NODE_HEIGHT,
                to.x() + NODE_WIDTH / 2,
                to.y() + NODE_HEIGHT,
                true,
                to.layer() - from.layer()));
      }
    }
    separateLabels(paths);
    boolean anyBack = paths.stream().anyMatch(Path::back);
    int width = Math.max(1, layers.size()) * COLUMN - (COLUMN - NODE_WIDTH) + 2;
    int height =
        Math.max(
            TOP + Math.max(1, rows) * ROW + 2 + (anyBack ? ROW / 2 : 0),
            paths.stream().mapToInt(p -> p.labelY() + 6).max().orElse(0));
    return new Layout(width, height, List.copyOf(placed.values()), List.copyOf(paths));
  }

  /**
   * Moves a label down below any earlier label it would overlap, such as two edges' into one
   * target.
   */
  private static void separateLabels(List<Path> paths) {
    for (int i = 0; i < paths.size(); i++) {
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int j = 0; j < i; j++) {
          Path mine = paths.get(i);
          Path other = paths.get(j);
          boolean sideBySide = Math.abs(mine.labelX() - other.labelX()) < LABEL_WIDTH;
          boolean stacked = mine.labelTop() < other.labelY() && other.labelTop() < mine.labelY();
          if (sideBySide && stacked) {
            paths.set(i, mine.movedDown(other.labelY() - mine.labelTop() + 2));
            moved = true;
          }
        }
      }
    }
  }

  /**
   * Each node's layer: its longest distance from a node without upstreams; a cycle is cut where it
   * revisits.
   */
  private static Map<String, Integer> layers(TreeSet<String> names, List<Edge> edges) {
    Map<String, List<String>> upstreams = new TreeMap<>();
    edges.forEach(
        edge -> upstreams.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from()));
    Map<String, Integer> layer = new TreeMap<>();
    for (String name : names) {
      depth(name, upstreams, layer, new TreeSet<>());
    }
    return layer;
  }

  private static int depth(
      String name,
      Map<String, List<String>> upstreams,
      Map<String, Integer> layer,
      TreeSet<String> path) {
    Integer known = layer.get(name);
    if (known != null) {
      return known;
    }
    path.add(name);
    int d = 0;
    for (String upstream : upstreams.getOrDefault(name, List.of())) {
      if (!path.contains(upstream)) {
        d = Math.max(d, depth(upstream, upstreams, layer, path) + 1);
      }
    }
    path.remove(name);
    layer.put(name, d);
    return d;
  }

  /**
   * Rows within each layer: the first layer by name, each later one by the mean row of its
   * upstreams in earlier layers (the barycenter heuristic), ties and nodes without one by name.
   */
  private static Map<String, Integer> order(List<List<String>> layers, List<Edge> edges) {
    Map<String, Integer> row = new HashMap<>();
    for (List<String> inLayer : layers) {
      Map<String, Double> weight = new HashMap<>();
      for (String name : inLayer) {
        double sum = 0;
        int count = 0;
        for (Edge edge : edges) {
          if (edge.to().equals(name) && row.containsKey(edge.from())) {
            sum += row.get(edge.from());
            count++;
          }
        }
        weight.put(name, count == 0 ? Double.MAX_VALUE : sum / count);
      }
      inLayer.sort(
          Comparator.comparing((String n) -> weight.get(n))
              .thenComparing(Comparator.naturalOrder()));
      for (int i = 0; i < inLayer.size(); i++) {
        row.put(inLayer.get(i), i);
      }
    }
    return row;
  }
}
