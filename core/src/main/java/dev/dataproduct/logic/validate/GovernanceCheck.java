package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.schema.PiiField;
import dev.dataproduct.model.schema.SchemaSet;
import dev.dataproduct.rules.GovernanceRules;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal data in the schemas against the product's classification; documented fields (those the
 * field scope holds).
 */
final class GovernanceCheck {

  /** Classifications that may hold personal data. */
  static final Set<String> PII_CLASSIFICATIONS = Set.of("confidential", "restricted");

  private static final int FIELDS_NAMED = 3;

  private final SchemaSet schemas;
  private final FieldScope fieldScope;

  GovernanceCheck(SchemaSet schemas, FieldScope fieldScope) {
    this.schemas = schemas;
    this.fieldScope = fieldScope;
  }

  void check(DataProduct product, Findings findings) {
    List<PiiField> pii = schemas.piiFields();
    String classification = product.effectiveClassification();
    if (!pii.isEmpty() && !PII_CLASSIFICATIONS.contains(classification)) {
      String named =
          pii.stream()
              .limit(FIELDS_NAMED)
              .map(f -> f.recordFullName() + "." + f.fieldName() + " (" + f.position() + ")")
              .collect(Collectors.joining(", "));
      String more =
          pii.size() > FIELDS_NAMED ? " and " + (pii.size() - FIELDS_NAMED) + " more" : "";
      findings.add(
          Finding.of(
                  GovernanceRules.PII_CLASSIFICATION,
                  product.node().has("classification")
                      ? product.node().positionOf("classification")
                      : product.node().position(),
                  "The product is classified "
                      + classification
                      + " but its schemas hold personal data: "
                      + named
                      + more)
              .withHint(
                  "Set classification: confidential (or restricted), or remove the pii tag from fields that are not personal data.")
              .withTarget("product"));
    }
    schemas.checkFieldDocs(findings, (record, field) -> fieldScope.holds(schemas, record, field));
  }
}
