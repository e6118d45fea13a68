package dev.dataproduct.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorReferenceTest {

  private static final String SCHEMA =
      """
      {"$id": "https://example.com/s.json", "description": "A product.", "type": "object", "required": ["owner"],
       "properties": {
         "owner": {"description": "Who owns it.", "type": "object", "required": ["team"],
                   "properties": {"team": {"description": "The team, see HTTP-STYLE names.", "type": "string"}}},
         "status": {"description": "Lifecycle.", "type": "string", "enum": ["active", "retired"], "default": "active"},
         "waivers": {"type": "array", "items": {"$ref": "#/$defs/waiver"}}},
       "$defs": {"waiver": {"title": "Waiver", "description": "An accepted finding.", "type": "object",
                 "properties": {"rule": {"description": "e.g. COMPAT-WIRE or COMPAT-FIELD-GONE.", "type": "string"}}}}}
      """;

  @Test
  void everyObjectGetsATableAndNestedObjectsAreLinked() {
    String page = DescriptorReference.markdown(SCHEMA, "");

    assertTrue(page.contains("| `owner` | [object](#owner) | yes |"), page);
    assertTrue(
        page.contains("| `status` | string |  | `active` | `active`, `retired` | Lifecycle. |"),
        page);
    assertTrue(page.contains("| `waivers` | [list of waiver](#waivers) |"), page);
    assertTrue(
        page.contains("<h2 id=\"owner\">owner</h2>") && page.contains("| `team` | string | yes |"),
        page);
    assertTrue(
        page.contains("<h2 id=\"waivers\">waivers[]</h2>") && page.contains("| `rule` | string |"),
        page);
  }

  @Test
  void aRuleIdThatNoRuleDeclaresIsAProblem() {
    assertEquals(
        List.of("the descriptor's JSON Schema names rule COMPAT-FIELD-GONE, which does not exist"),
        DescriptorReference.unknownRuleIds(SCHEMA));
  }
}
