package dev.dataproduct.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseVersionTest {

  private static ReleaseVersion v(String text) {
    return ReleaseVersion.parse(text).orElseThrow();
  }

  @Test
  void ordersByNumbersThenPutsQualifiedVersionsBeforeTheRelease() {
    List<String> ordered =
        List.of(
            "1.0.0-SNAPSHOT",
            "1.0.0",
            "1.0.1",
            "1.1.0-rc1",
            "1.1.0-SNAPSHOT",
            "1.1.0",
            "1.10.0",
            "2.0.0-SNAPSHOT",
            "2.0.0");
    for (int i = 1; i < ordered.size(); i++) {
      assertTrue(
          v(ordered.get(i - 1)).compareTo(v(ordered.get(i))) < 0,
          ordered.get(i - 1) + " < " + ordered.get(i));
    }
  }

  @Test
  void missingPartsCountAsZero() {
    assertEquals(0, v("2").compareTo(v("2.0.0")));
    assertEquals(2, v("2.1-SNAPSHOT").major());
    assertEquals(1, v("2.1-SNAPSHOT").minor());
  }

  @Test
  void aVersionThatDoesNotStartWithANumberIsNotParsed() {
    assertEquals(Optional.empty(), ReleaseVersion.parse("latest"));
    assertEquals(Optional.empty(), ReleaseVersion.parse(null));
  }
}
