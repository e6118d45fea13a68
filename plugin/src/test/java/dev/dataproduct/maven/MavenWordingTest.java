package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.Wording;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The core's fixtures and site pages assert the core tests' wording; it must be the plugin's, word
 * for word.
 */
class MavenWordingTest {

  @Test
  void theCoreFixturesAssertTheWordsThePluginPrints() throws Exception {
    for (Method phrase : Wording.class.getMethods()) {
      // The phrases that take a name (a goal) are compared for a real one.
      Object[] name = phrase.getParameterCount() == 0 ? new Object[0] : new Object[] {"validate"};
      assertEquals(
          phrase.invoke(TestWording.MAVEN_WORDS, name),
          phrase.invoke(MavenWording.INSTANCE, name),
          phrase.getName());
    }
  }
}
