package dev.dataproduct.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompatibilityLevelTest {

  @Test
  void theSevenSchemaRegistryLevelsInTheirOrder() {
    assertEquals(
        List.of(
            "NONE",
            "BACKWARD",
            "BACKWARD_TRANSITIVE",
            "FORWARD",
            "FORWARD_TRANSITIVE",
            "FULL",
            "FULL_TRANSITIVE"),
        Arrays.stream(CompatibilityLevel.values()).map(Enum::name).toList());
  }

  @Test
  void eachLevelSaysWhatItChecks() {
    for (CompatibilityLevel level : CompatibilityLevel.values()) {
      String name = level.name();
      assertEquals(name.endsWith("_TRANSITIVE"), level.isTransitive(), name);
      assertEquals(
          name.startsWith("BACKWARD") || name.startsWith("FULL"), level.checksBackward(), name);
      assertEquals(
          name.startsWith("FORWARD") || name.startsWith("FULL"), level.checksForward(), name);
    }
  }

  @Test
  void parseIgnoresCaseAndBlanksAndRejectsAnythingElse() {
    assertEquals(
        Optional.of(CompatibilityLevel.FULL_TRANSITIVE),
        CompatibilityLevel.parse("full_transitive"));
    assertEquals(Optional.of(CompatibilityLevel.BACKWARD), CompatibilityLevel.parse(" Backward "));
    assertEquals(Optional.empty(), CompatibilityLevel.parse("FULLY"));
    assertEquals(Optional.empty(), CompatibilityLevel.parse(""));
    assertEquals(Optional.empty(), CompatibilityLevel.parse(null));
  }
}
