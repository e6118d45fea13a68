// A valid product passes; its one warning is printed with its position, and the reports are written.
evaluate(new File(verifyHelpers))

expect '[INFO] Validated orders 1.0.0: 1 output port, 2 schemas, 0 errors, 1 warning'
expect '[WARNING] src/main/avro/com/example/OrderEvent.avsc:10:14: WARNING [GOVERNANCE-FIELD-DOC] Field "channel" of record "com.example.OrderEvent" has no doc'
expect '[INFO] BUILD SUCCESS'

def reports = new File(basedir, 'target/dataproduct')
['validate-report.json', 'TEST-dataproduct-validate.xml', 'validate.sarif'].each {
  assert new File(reports, it).isFile() : "missing report " + it
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'validate-report.json'))
assert json.counts.error == 0
assert json.counts.warning == 1
assert json.findings[0].ruleId == 'GOVERNANCE-FIELD-DOC'
assert json.findings[0].line == 10
