package dev.dataproduct.logic.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.model.contract.ContractBuilder;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.rules.GovernanceRules;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With fieldRules=changed, the field documentation rule holds only fields that are new or changed
 * since the baseline: legacy fields that are the same as in the baseline are left alone.
 */
class FieldScopeTest {

  private static final String DESCRIPTOR =
      """
      apiVersion: dataproduct.dev/v1
      kind: DataProduct
      name: orders
      domain: sales
      description: Orders.
      owner:
        team: sales-orders
      outputPorts:
        - name: order-events
          description: Order events.
          topic: sales.orders.order-events.v1
          value: { schema: Order.avsc }
      """;

  private static final String BEFORE =
      """
      {"type": "record", "name": "Order", "namespace": "com.example", "doc": "An order.", "fields": [
        {"name": "id", "type": "string"},
        {"name": "quantity", "type": "int"},
        {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
          {"name": "name", "type": "string"}
        ]}}
      ]}""";

  // id and customer are unchanged (Customer's new field is Customer's change), quantity changed
  // type, note is new.
  private static final String NOW =
      """
      {"type": "record", "name": "Order", "namespace": "com.example", "doc": "An order.", "fields": [
        {"name": "id", "type": "string"},
        {"name": "quantity", "type": "long"},
        {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
          {"name": "name", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null}
        ]}},
        {"name": "note", "type": ["null", "string"], "default": null}
      ]}""";

  @TempDir Path temp;

  @Test
  void onlyFieldsNewOrChangedSinceTheBaselineAreHeldToTheDocumentationRule() throws IOException {
    ValidationResult before = validate(project("before", BEFORE), FieldScope.ALL);
    Contract baseline = ContractBuilder.build(before.product(), before.schemas(), "1.0.0", null);

    List<String> changed =
        fieldDocs(validate(project("now", NOW), FieldScope.changedSince(baseline)));

    assertEquals(
        List.of(
            "src/main/avro/Order.avsc:3:12: Field \"quantity\" of record \"com.example.Order\" has no doc",
            "src/main/avro/Order.avsc:6:14: Field \"email\" of record \"com.example.Customer\" has no doc",
            "src/main/avro/Order.avsc:8:12: Field \"note\" of record \"com.example.Order\" has no doc"),
        changed);
  }

  @Test
  void everyFieldIsHeldByDefaultAndWithoutABaseline() throws IOException {
    Path now = project("now", NOW);

    assertEquals(6, fieldDocs(validate(now, FieldScope.ALL)).size());
    assertEquals(6, fieldDocs(validate(now, FieldScope.changedSince(null))).size());
  }

  private static List<String> fieldDocs(ValidationResult result) {
    return result.findings().stream()
        .filter(f -> f.rule() == GovernanceRules.FIELD_DOC)
        .map(f -> f.position() + ": " + f.message())
        .toList();
  }

  private Path project(String name, String schema) throws IOException {
    Path dir = temp.resolve(name);
    Files.createDirectories(dir.resolve("src/main/avro"));
    Files.writeString(dir.resolve("dataproduct.yaml"), DESCRIPTOR);
    Files.writeString(dir.resolve("src/main/avro/Order.avsc"), schema);
    return dir;
  }

  private static ValidationResult validate(Path dir, FieldScope scope) {
    return new ProductValidator(BuildLog.silent(), TestWording.MAVEN_WORDS)
        .validate(
            new ValidationRequest(
                dir,
                dir.resolve("dataproduct.yaml"),
                dir.resolve("src/main/avro"),
                "1.0.0",
                Policy.NONE,
                RuleSettings.defaults(),
                List.<Finding>of(),
                scope,
                null,
                List.of()));
  }
}
