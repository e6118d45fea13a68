package dev.dataproduct.support;

/**
 * The core tests' front end speaks the Maven plugin's words ({@link MavenWording}), so that
 * fixtures, their site pages and the it/ builds assert one text. {@code SecondFrontEndWordingTest}
 * drives the core with other words.
 */
public final class TestWording {

  public static final Wording MAVEN_WORDS = MavenWording.INSTANCE;

  private TestWording() {}
}
