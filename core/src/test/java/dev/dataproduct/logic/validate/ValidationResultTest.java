package dev.dataproduct.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Counts;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.RuleSettings.Level;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationResultTest {

  @TempDir Path project;

  private ValidationResult validate(String ports) throws IOException {
    return validate(ports, RuleSettings.defaults());
  }

  private ValidationResult validate(String ports, RuleSettings settings) throws IOException {
    Files.writeString(
        project.resolve("dataproduct.yaml"),
        """
        apiVersion: dataproduct.dev/v1
        kind: DataProduct
        name: orders
        domain: sales
        description: Orders of the web shop.
        owner: { team: sales-orders }
        """
            + ports);
    Files.createDirectories(project.resolve("src/main/avro"));
    Files.writeString(
        project.resolve("src/main/avro/Event.avsc"),
        "{\"type\": \"record\", \"name\": \"Event\", \"doc\": \"An event.\", \"fields\": [{\"name\": \"id\", \"type\": \"string\", \"doc\": \"Its id.\"}]}");
    return new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
        .validate(
            new ValidationRequest(
                project,
                project.resolve("dataproduct.yaml"),
                project.resolve("src/main/avro"),
                "1.0.0",
                Policy.NONE,
                settings,
                List.of(),
                FieldScope.ALL,
                null,
                List.of()));
  }

  @Test
  void theSummaryCountsOutputAndInputPortsApart() throws IOException {
    ValidationResult result =
        validate(
            """
        outputPorts:
          - name: order-events
            topic: sales.orders.order-events.v1
            value: { schema: Event.avsc }
          - name: order-totals
            topic: sales.orders.order-totals.v1
            value: { schema: Event.avsc }
        inputPorts:
          - name: customers
            product: customers
            port: customer-updates
        """);
    assertEquals(
        "Validated orders 1.0.0: 2 output ports, 1 input port, 1 schema, " + counts(result),
        result.summaryLine("1.0.0"));
  }

  @Test
  void theSummaryLeavesOutInputPortsWhenThereAreNone() throws IOException {
    ValidationResult result =
        validate(
            """
        outputPorts:
          - name: order-events
            topic: sales.orders.order-events.v1
            value: { schema: Event.avsc }
        """);
    assertEquals(
        "Validated orders 1.0.0: 1 output port, 1 schema, " + counts(result),
        result.summaryLine("1.0.0"));
  }

  @Test
  void theSummarySaysHowManyFindingsRulesSwitchedOffLeftUnreported() throws IOException {
    String ports =
        """
        outputPorts:
          - name: order-events
            topic: sales.orders.order-events.v1
            value: { schema: Event.avsc }
          - name: order-totals
            topic: sales.orders.order-events.v1
            value: { schema: Missing.avsc }
        """;
    ValidationResult reported = validate(ports);
    long collisions = count(reported, "NAMING-DUPLICATE-TOPIC");
    long missing = count(reported, "SCHEMA-FILE-MISSING");
    assertTrue(collisions > 0 && missing > 0, reported.findings().toString());

    ValidationResult result =
        validate(
            ports,
            RuleSettings.defaults()
                .with("NAMING-DUPLICATE-TOPIC", Level.OFF)
                .with("SCHEMA-FILE-MISSING", Level.OFF));

    assertEquals(0, count(result, "NAMING-DUPLICATE-TOPIC") + count(result, "SCHEMA-FILE-MISSING"));
    assertEquals(
        "Validated orders 1.0.0: 2 output ports, 1 schema, "
            + counts(result)
            + "; not reported, their rules switched off: NAMING-DUPLICATE-TOPIC ("
            + Counts.plural(collisions, "finding")
            + "), SCHEMA-FILE-MISSING ("
            + Counts.plural(missing, "finding")
            + ")",
        result.summaryLine("1.0.0"));
  }

  private static long count(ValidationResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).count();
  }

  // The findings of these small products are not what is tested here; their counts close the line.
  private static String counts(ValidationResult result) {
    return Counts.errorsAndWarnings(result.findings());
  }
}
