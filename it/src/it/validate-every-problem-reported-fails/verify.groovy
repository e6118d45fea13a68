// Every problem of a broken product is reported in one run, each at its position, then the build fails once.
evaluate(new File(verifyHelpers))

expect '[INFO] Validated Orders 1.0.0: 3 output ports, 1 input port, 3 schemas, 19 errors, 2 warnings'
[
  'dataproduct.yaml:3:7: ERROR [NAMING-KEBAB-CASE] The product name "Orders" is not lower-kebab-case',
  'dataproduct.yaml:5:14: ERROR [DESCRIPTOR-VALUE] description is empty',
  'dataproduct.yaml:8:10: ERROR [OWNER-EMAIL] "not-an-email" is not an email address',
  'dataproduct.yaml:9:17: ERROR [GOVERNANCE-PII-CLASSIFICATION] The product is classified internal but its schemas hold personal data: com.example.OrderEvent.email (src/main/avro/com/example/OrderEvent.avsc:8:14)',
  'dataproduct.yaml:11:5: WARNING [OWNER-PORT-DESCRIPTION] Output port "order-events" has no description',
  'dataproduct.yaml:12:12: ERROR [NAMING-TOPIC-LEGAL] Topic "sales.orders/events" contains characters Kafka does not allow',
  'dataproduct.yaml:13:18: ERROR [DESCRIPTOR-VALUE] outputPorts[0].key.type is "decimal", which is not an allowed value',
  'dataproduct.yaml:15:20: ERROR [DESCRIPTOR-VALUE] outputPorts[0].compatibility is "BACKWARDS", which is not an allowed value; did you mean "BACKWARD"?',
  'dataproduct.yaml:16:16: ERROR [PORT-DURATION] Retention "7 days" is not an ISO-8601 duration',
  'dataproduct.yaml:17:17: ERROR [DESCRIPTOR-VALUE] outputPorts[0].partitions is 0, but must be at least 1',
  'dataproduct.yaml:18:43: ERROR [DESCRIPTOR-VALUE] outputPorts[0].slo.availability is 120, but must be at most 100',
  'dataproduct.yaml:19:11: ERROR [NAMING-DUPLICATE-PORT] Port name "order-events" is already used at line 11',
  'dataproduct.yaml:22:22: ERROR [SCHEMA-PATH-ESCAPE] Schema reference "../outside/Total.avsc" uses ".."; schema references must stay inside src/main/avro',
  'dataproduct.yaml:26:22: ERROR [SCHEMA-FILE-MISSING] Schema file "com/example/Refund.avsc" does not exist under src/main/avro',
  'dataproduct.yaml:27:5: ERROR [DESCRIPTOR-UNKNOWN-KEY] Unknown key "encodng" in outputPorts[2]; did you mean "encoding"?',
  'dataproduct.yaml:30:14: ERROR [PORT-INPUT-REFERENCE] Input port "customers" names upstream product "customers", which is not <domain>/<name>',
  'dataproduct.yaml:33:11: ERROR [WAIVER-UNKNOWN-RULE] Waiver names rule "NAMING-KEBAB-CAS", which does not exist',
  'dataproduct.yaml:35:20: ERROR [DESCRIPTOR-VALUE] waivers[0].justification is empty',
  'src/main/avro/com/example/Broken.avsc:2:12: WARNING [GOVERNANCE-FIELD-DOC] Field "a" of record "Broken" has no doc',
  'src/main/avro/com/example/Broken.avsc:2:25: ERROR [SCHEMA-INVALID] Unknown type "strin"; did you mean "string"?',
  'src/main/avro/com/example/OrderEvent.avsc:9:31: ERROR [SCHEMA-UNDEFINED-NAME] Type "com.example.Mony" is not defined in any schema file under src/main/avro; did you mean "com.example.Money"?',
].each { expect it }
expect '    hint: Did you mean "NAMING-KEBAB-CASE"?'

// One failure for all of them, a contract failure (not a build error), and no stack trace.
assert log.count('Failed to execute goal') == 1
expect 'dataproduct:validate found 19 errors in the data product contract; see the lines above or '
expect 'MojoFailureException'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'

// The reports hold the same findings as the log.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dataproduct/validate-report.json'))
assert json.counts.error == 19
assert json.findings.size() == 21
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dataproduct/validate.sarif'))
assert sarif.runs[0].results.size() == 21
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dataproduct/TEST-dataproduct-validate.xml'))
assert junit.'**'.findAll { it.name() == 'failure' }.size() == 19
