package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaTemplateTest {

  @Test
  void valuesFillTagsAndSectionsShowByTheirFlagTakingTheirLinesWithThem() {
    String template =
        "class {{name}} {\n{{#key}}\n  K key;\n{{/key}}\n{{^key}}\n  // no key\n{{/key}}\n  void send({{#key}}K key, {{/key}}V value) {}\n}\n";

    assertEquals(
        "class A {\n  K key;\n  void send(K key, V value) {}\n}\n",
        JavaTemplate.fill(template, Map.of("name", "A", "key", true)));
    assertEquals(
        "class B {\n  // no key\n  void send(V value) {}\n}\n",
        JavaTemplate.fill(template, Map.of("name", "B", "key", false)));
  }

  @Test
  void aValueIsTakenAsItIsDollarsAndBackslashesIncluded() {
    assertEquals(
        "String s = \"a$1\\\\b\";",
        JavaTemplate.fill("String s = {{literal}};", Map.of("literal", "\"a$1\\\\b\"")));
  }

  @Test
  void aTagWithoutAValueIsAnErrorNotAnEmptyString() {
    assertThrows(
        IllegalStateException.class, () -> JavaTemplate.fill("class {{name}} {}", Map.of()));
    assertThrows(
        IllegalStateException.class,
        () -> JavaTemplate.fill("{{#flag}}x{{/flag}}", Map.of("flag", "yes")));
  }

  @Test
  void everyRuntimeClassRendersWithItsPackageAndTheHeader() {
    for (String name : CodeGenerator.RUNTIME_CLASSES) {
      String source =
          JavaTemplate.render("runtime/" + name, Map.of("package", "com.example.runtime"));
      assertEquals(
          JavaTemplate.HEADER + "package com.example.runtime;",
          source.substring(0, source.indexOf('\n', JavaTemplate.HEADER.length())),
          name);
    }
  }
}
