package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeReportTest {

  @Test
  void textFromTheUsersFilesCannotOpenACodeSpanOrSplitATableCell() {
    assertEquals(
        "a \\| b \\`x\\` \\*y\\* \\<b\\> \\[l\\] one line",
        ChangeReport.text("a | b `x` *y* <b> [l] one\nline"));
  }

  @Test
  void anUnderscoreInsideAWordStaysAsItIsAndOneThatCouldEmphasiseIsEscaped() {
    assertEquals(
        "BACKWARD_TRANSITIVE and \\_note\\_", ChangeReport.text("BACKWARD_TRANSITIVE and _note_"));
  }

  @Test
  void aCodeSpanFencesBackticksAndEscapesPipesForTables() {
    assertEquals("`orders`", ChangeReport.code("orders"));
    assertEquals("``a`b``", ChangeReport.code("a`b"));
    assertEquals("`` `x` ``", ChangeReport.code("`x`"));
    assertEquals("`null \\| string`", ChangeReport.code("null | string"));
  }
}
