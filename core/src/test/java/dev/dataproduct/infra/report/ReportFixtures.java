package dev.dataproduct.infra.report;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.rules.DescriptorRules;
import dev.dataproduct.rules.GovernanceRules;
import dev.dataproduct.rules.NamingRules;
import dev.dataproduct.rules.SchemaRules;
import dev.dataproduct.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs shared by the report tests. */
final class ReportFixtures {

  /**
   * Markup, quotes, non-ASCII (two bytes, three bytes, a surrogate pair) and control characters.
   */
  static final String TRICKY = "a <b> & \"c\" 'd' ]]> é 漢 😀 \u0007bell \u0000nul";

  static final Finding UNKNOWN_KEY =
      Finding.of(
              DescriptorRules.UNKNOWN_KEY,
              new SourcePosition("dataproduct.yaml", 4, 3),
              "Unknown key \"ownr\" in the product")
          .withHint("Did you mean \"owner\"?");

  static final Finding WAIVED_COLLISION =
      Finding.of(
              NamingRules.TOPIC_COLLISION,
              new SourcePosition("dataproduct.yaml", 20, 12),
              "Topic sales.orders_v1 mixes '.' and '_'")
          .withTarget("outputPorts/order-events")
          .waived("Consumers migrated to order-events-v2 on 2026-10-01");

  static final Finding MISSING_SCHEMA =
      Finding.of(
              SchemaRules.FILE_MISSING,
              SourcePosition.file("src/main/avro/Missing.avsc"),
              "Schema file src/main/avro/Missing.avsc does not exist")
          .withTarget("outputPorts/order-events");

  static final Finding FIELD_DOC =
      Finding.of(
          GovernanceRules.FIELD_DOC,
          new SourcePosition("src/main/avro/com/example/OrderEvent.avsc", 12, 7),
          "Field \"qty\" of record \"OrderEvent\" has no doc");

  /** Deliberately out of order; reports sort them. */
  static final List<Finding> FINDINGS =
      List.of(FIELD_DOC, MISSING_SCHEMA, WAIVED_COLLISION, UNKNOWN_KEY);

  private ReportFixtures() {}

  /**
   * Four findings: an error with a hint, a waived finding (INFO), an error without line or column,
   * and a warning. The rules run are a subset, so the reports must add the rules of
   * NAMING-TOPIC-COLLISION and SCHEMA-FILE-MISSING themselves.
   */
  static ReportInput mixed() {
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("policy", "mesh-policy.yaml");
    summary.put("baseline", "2.0.0");
    return new ReportInput(
        "validate",
        "orders",
        "2.1.0",
        "0.1.0",
        FINDINGS,
        List.of(DescriptorRules.UNKNOWN_KEY, GovernanceRules.FIELD_DOC, DescriptorRules.REQUIRED),
        summary);
  }

  static ReportInput empty() {
    return new ReportInput(
        "check",
        "orders",
        "2.1.0",
        "0.1.0",
        List.of(),
        List.of(DescriptorRules.REQUIRED),
        Map.of());
  }

  /** One error whose message, hint, target, justification and path are all {@link #TRICKY}. */
  static ReportInput tricky() {
    Finding finding =
        new Finding(
            DescriptorRules.VALUE,
            Severity.ERROR,
            new SourcePosition("src/main/avro/my schema/Ördnung.avsc", 2, 5),
            TRICKY,
            TRICKY,
            TRICKY,
            null);
    Finding waived =
        Finding.of(DescriptorRules.TYPE, new SourcePosition("dataproduct.yaml", 1, 1), "typed")
            .waived(TRICKY);
    return new ReportInput(
        "validate",
        TRICKY,
        "1.0.0",
        "0.1.0",
        List.of(finding, waived),
        List.of(),
        Map.of("note", TRICKY));
  }

  @FunctionalInterface
  interface Renderer {
    void write(ReportInput input, OutputStream out) throws IOException;
  }

  static byte[] render(Renderer renderer, ReportInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.write(input, out);
    return out.toByteArray();
  }

  static String renderText(Renderer renderer, ReportInput input) throws IOException {
    return new String(render(renderer, input), StandardCharsets.UTF_8);
  }
}
