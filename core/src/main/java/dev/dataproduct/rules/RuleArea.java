package dev.dataproduct.rules;

/** The areas rules are grouped by; each rule ID starts with its area's prefix. */
public enum RuleArea {
  DESCRIPTOR("DESCRIPTOR", "structure of dataproduct.yaml: required keys, types, allowed values"),
  NAMING("NAMING", "names of the product, its ports and topics"),
  OWNER("OWNER", "ownership and description"),
  PORT("PORT", "output and input ports: keys, levels, durations, SLOs"),
  SCHEMA("SCHEMA", "Avro schema files: references, parsing, named types"),
  GOVERNANCE("GOVERNANCE", "personal data, classification and documentation"),
  POLICY("POLICY", "the mesh-wide policy a platform team publishes"),
  WAIVER("WAIVER", "accepted findings and their justification"),
  CONTRACT("CONTRACT", "changes to the descriptor between releases"),
  COMPAT("COMPAT", "compatibility of schemas with earlier releases"),
  VERSION("VERSION", "semantic-version rules across releases"),
  IMPACT("IMPACT", "consumers a release affects, from the catalog"),
  CATALOG("CATALOG", "what the catalog already holds of the version being released"),
  REGISTRY("REGISTRY", "the schema registry's verdicts when the schemas are registered"),
  IMPORT("IMPORT", "what the import goal cannot map from an ODCS contract or a schema registry");

  private final String prefix;
  private final String purpose;

  RuleArea(String prefix, String purpose) {
    this.prefix = prefix;
    this.purpose = purpose;
  }

  public String prefix() {
    return prefix;
  }

  public String purpose() {
    return purpose;
  }
}
