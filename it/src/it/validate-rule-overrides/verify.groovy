// <rules> switches GOVERNANCE-FIELD-DOC off and lowers GOVERNANCE-PII-CLASSIFICATION to a warning.
evaluate(new File(verifyHelpers))
// The switched-off rule reports nothing; the summary says how much it left unreported.
expect '[INFO] Validated orders 1.0.0: 1 output port, 2 schemas, 0 errors, 1 warning; not reported, their rules switched off: GOVERNANCE-FIELD-DOC (1 finding)'
expect '[WARNING] dataproduct.yaml:9:17: WARNING [GOVERNANCE-PII-CLASSIFICATION] The product is classified internal but its schemas hold personal data'
assert !log.contains('[GOVERNANCE-FIELD-DOC]') : 'a rule switched off still reported'
expect 'BUILD SUCCESS'
