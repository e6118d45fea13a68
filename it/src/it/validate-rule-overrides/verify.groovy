// <rules> switches GOVERNANCE-FIELD-DOC off and lowers GOVERNANCE-PII-CLASSIFICATION to a warning.
evaluate(new File(verifyHelpers))
// The switched-off rule reports nothing; the summary says how much it left unreported.
expect '[INFO] Validated orders 1.0.0: 1 output port, 2 schemas, 0 errors, 1 warning; not reported, their rules switched off: GOVERNANCE-FIELD-DOC (1 finding)'
expect '[WARNING] dataproduct.yaml:9:17: WARNING [GOVERNANCE-PII-CLASSIFICATION] The product is classified internal but its schemas hold personal data'
assert !log.contains('[GOVERNANCE-FIELD-DOC]') : 'a rule switched off still reported'
// The reports agree: the rule is not among those that ran, and the summary says what it dropped.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dataproduct/validate-report.json'))
assert json.summary['switched off: GOVERNANCE-FIELD-DOC'] == '1 finding not reported' : json.summary
def sarifRules = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dataproduct/validate.sarif')).runs[0].tool.driver.rules*.id
assert sarifRules.contains('GOVERNANCE-PII-CLASSIFICATION') && !sarifRules.contains('GOVERNANCE-FIELD-DOC') : sarifRules
expect 'BUILD SUCCESS'
