// The generated project built green: every goal ran, the generated round-trip test ran and passed.
// basedir is the test's folder; the generated project is under project/<artifactId>.
def project = new File(basedir, 'project/orders')
def log = new File(project, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect '[INFO] Validated orders 1.0.0-SNAPSHOT: 1 output port, 1 schema, 0 errors, 0 warnings'
expect 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'
expect 'PortThroughKafkaTest'
expect '[INFO] BUILD SUCCESS'
assert !log.contains('[WARNING]') : 'the generated project builds without warnings'
assert !log.contains('] WARN ') : 'the tests against the real broker log no warnings'
assert new File(project, 'target/generated-sources/dataproduct/dataproduct/sales/orders/OrdersEventsProducer.java').isFile()
assert new File(project, 'target/classes/META-INF/dataproduct/contract.json').isFile()
// The wrapper came along and runs as ./mvnw (the archetype plugin drops file modes; the post-generate script restores it).
assert new File(project, 'mvnw').canExecute() : 'mvnw is executable'
assert new File(project, '.mvn/wrapper/maven-wrapper.properties').text.contains('apache-maven-3.9.16-bin.zip')
