package dev.dataproduct.infra.catalog;

import static dev.dataproduct.infra.catalog.LineageLayout.COLUMN;
import static dev.dataproduct.infra.catalog.LineageLayout.NODE_HEIGHT;
import static dev.dataproduct.infra.catalog.LineageLayout.NODE_WIDTH;
import static dev.dataproduct.infra.catalog.LineageLayout.ROW;
import static dev.dataproduct.infra.catalog.LineageLayout.TOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.infra.catalog.LineageLayout.Edge;
import dev.dataproduct.infra.catalog.LineageLayout.Layout;
import dev.dataproduct.infra.catalog.LineageLayout.Node;
import dev.dataproduct.infra.catalog.LineageLayout.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageLayoutTest {

  private static Edge edge(String from, String to) {
    return new Edge(from, to, List.of(from + " port"));
  }

  @Test
  void aProductSitsOneLayerRightOfTheFarthestProductItReads() {
    Layout layout =
        LineageLayout.of(
            List.of(), List.of(edge("a", "b"), edge("b", "c"), edge("a", "c"), edge("x", "c")));

    assertEquals(0, layout.node("a").layer());
    assertEquals(0, layout.node("x").layer());
    assertEquals(1, layout.node("b").layer());
    assertEquals(2, layout.node("c").layer(), "c reads a directly, but also through b");
    assertEquals(1 + 2 * COLUMN, layout.node("c").x());
  }

  @Test
  void productsWithoutEdgesStayInTheFirstLayerInNameOrder() {
    Layout layout = LineageLayout.of(List.of("m", "b", "k"), List.of());

    assertEquals(List.of("b", "k", "m"), layout.nodes().stream().map(Node::name).toList());
    assertEquals(List.of(0, 1, 2), layout.nodes().stream().map(Node::row).toList());
    assertEquals(
        List.of(1 + TOP, 1 + TOP + ROW, 1 + TOP + 2 * ROW),
        layout.nodes().stream().map(Node::y).toList());
    assertEquals(NODE_WIDTH + 2, layout.width());
    assertEquals(TOP + 3 * ROW + 2, layout.height());
  }

  @Test
  void aLayerIsOrderedByTheMeanRowOfItsUpstreamsSoEdgesDoNotCross() {
    // By name, "a-reads-z" would sit above "b-reads-a" and the two edges would cross.
    Layout layout =
        LineageLayout.of(List.of(), List.of(edge("a", "b-reads-a"), edge("z", "a-reads-z")));

    assertEquals(0, layout.node("a").row());
    assertEquals(1, layout.node("z").row());
    assertEquals(0, layout.node("b-reads-a").row());
    assertEquals(1, layout.node("a-reads-z").row());
  }

  @Test
  void aSmallerLayerIsCentredAgainstTheTallestOne() {
    Layout layout =
        LineageLayout.of(List.of(), List.of(edge("a", "d"), edge("b", "d"), edge("c", "d")));

    assertEquals(
        layout.node("b").y(),
        layout.node("d").y(),
        "one node beside three sits level with the middle one");
  }

  @Test
  void anEdgeRunsFromTheRightSideOfItsSourceToTheLeftSideOfItsTargetWithItsLabelBetween() {
    Layout layout = LineageLayout.of(List.of(), List.of(edge("a", "b")));
    Path path = layout.edges().get(0);

    assertFalse(path.back());
    assertEquals(1 + NODE_WIDTH, path.x1());
    assertEquals(1 + TOP + NODE_HEIGHT / 2, path.y1());
    assertEquals(1 + COLUMN, path.x2());
    assertEquals(1 + TOP + NODE_HEIGHT / 2, path.y2());
    int mid = (1 + NODE_WIDTH + 1 + COLUMN) / 2;
    int y = 1 + TOP + NODE_HEIGHT / 2;
    assertEquals(
        "M 221 " + y + " C " + mid + " " + y + ", " + mid + " " + y + ", " + (1 + COLUMN) + " " + y,
        path.d());
    assertEquals(mid, path.labelX());
    assertTrue(path.labelY() < path.y1(), "the label sits above the line");
    assertEquals(List.of("a port"), path.edge().labels());
  }

  @Test
  void theLabelOfAnEdgeThatSkipsALayerSitsInTheGapBeforeItsTargetClearOfTheNodesBetween() {
    Layout layout =
        LineageLayout.of(List.of(), List.of(edge("a", "b"), edge("b", "c"), edge("a", "c")));
    Path skip = layout.edges().get(2);
    Node b = layout.node("b");

    assertTrue(
        skip.labelX() > b.x() + NODE_WIDTH && skip.labelX() < layout.node("c").x(),
        "between b and c, not over b");
    assertTrue(
        skip.labelY() >= skip.y2() - 6, "at the target's height, or below a label already there");
  }

  @Test
  void labelsThatWouldOverlapAreStackedOneBelowTheOther() {
    // a -> c skips b and is labelled before c; b -> c is labelled mid-gap: the same place.
    Layout layout =
        LineageLayout.of(List.of(), List.of(edge("a", "b"), edge("b", "c"), edge("a", "c")));
    Path first = layout.edges().get(1);
    Path second = layout.edges().get(2);

    assertTrue(Math.abs(first.labelX() - second.labelX()) < LineageLayout.LABEL_WIDTH);
    assertTrue(second.labelTop() >= first.labelY(), "the later label starts below the earlier one");
  }

  @Test
  void aCycleIsCutAndItsBackEdgeRunsBelowTheNodes() {
    Layout layout = LineageLayout.of(List.of(), List.of(edge("a", "b"), edge("b", "a")));

    // Walking from "a", the cycle is cut at the revisit of "a": "b" counts as a source.
    assertEquals(0, layout.node("b").layer());
    assertEquals(1, layout.node("a").layer());
    assertFalse(layout.edges().get(1).back());
    Path back = layout.edges().get(0);
    assertTrue(back.back());
    assertEquals(1 + COLUMN + NODE_WIDTH / 2, back.x1());
    assertEquals(1 + TOP + NODE_HEIGHT, back.y1());
    assertEquals(1 + NODE_WIDTH / 2, back.x2());
    assertTrue(layout.height() > ROW + 2, "room below the nodes for the back edge");
  }
}
