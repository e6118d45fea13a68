package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataproduct.support.BuildError;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void defaultPackageKeepsLettersAndDigitsOfDomainAndName() {
    assertEquals("dataproduct.sales.webshop", JavaNames.defaultPackage("sales", "web-shop"));
    assertEquals("dataproduct._2fa.new_", JavaNames.defaultPackage("2fa", "new"));
  }

  @Test
  void portClassStemIsUpperCamelCase() {
    assertEquals("OrderEvents", JavaNames.portClassStem("order-events"));
    assertEquals("Port2faCodes", JavaNames.portClassStem("2fa-codes"));
  }

  @Test
  void aPackageOptionThatIsNoJavaPackageIsABuildError() {
    BuildError error =
        assertThrows(BuildError.class, () -> JavaNames.checkPackage("com.example.new"));
    assertEquals(
        "The Java package \"com.example.new\" for the generated producers and consumers is not a valid package name;"
            + " use dot-separated lower-case identifiers such as com.example.orders",
        error.getMessage());
  }

  @Test
  void descriptionsCannotBreakJavadoc() {
    assertEquals(
        "a &lt;b&gt; &amp; c *&#47; &#64;see", JavaNames.javadocText("  a <b>\n & c */ @see "));
  }
}
