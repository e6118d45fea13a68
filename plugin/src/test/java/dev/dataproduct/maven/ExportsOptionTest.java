package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.support.BuildError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When generate packs the exports in the open standards: in every build that may package the jar or
 * publish it, and in none that surely packages nothing.
 */
class ExportsOptionTest {

  @Test
  void buildsWhosePhasesAllEndBeforePackageLeaveTheExportsOut() {
    for (List<String> tasks :
        List.of(
            List.of("generate-sources"),
            List.of("compile"),
            List.of("clean", "test"),
            List.of("process-test-classes"))) {
      assertFalse(CoreOptions.packExports("package", tasks), tasks.toString());
    }
  }

  @Test
  void buildsThatMayPackageOrPublishPackTheExports() {
    for (List<String> tasks :
        List.of(
            List.of("prepare-package"),
            List.of("package"),
            List.of("clean", "verify"),
            List.of("deploy"),
            // a goal by name may read the packed contract (publish does)
            List.of("compile", "dataproduct:publish"),
            List.of("test", "org.example:some-plugin:1.0:goal"))) {
      assertTrue(CoreOptions.packExports("package", tasks), tasks.toString());
    }
  }

  @Test
  void aBuildGivenNoTaskPacksTheExports() {
    // An IDE runs the goal without a phase: nothing says it packages nothing.
    assertTrue(CoreOptions.packExports("package", List.of()));
    assertTrue(CoreOptions.packExports(null, null));
  }

  @Test
  void alwaysPacksTheExportsInEveryBuild() {
    assertTrue(CoreOptions.packExports("always", List.of("compile")));
    assertTrue(CoreOptions.packExports(" Always ", List.of("test")));
  }

  @Test
  void anUnknownValueIsABuildErrorListingTheChoices() {
    BuildError error =
        assertThrows(BuildError.class, () -> CoreOptions.packExports("never", List.of("compile")));

    assertEquals(
        "dataproduct.exports is \"never\": give package (pack the exports in the open standards in"
            + " builds that package the jar, the default) or always (in every build)",
        error.getMessage());
  }
}
