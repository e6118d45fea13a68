// The generated project built green: every goal ran, the generated round-trip test ran and passed.
def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect '[INFO] Validated web-orders 0.1.0-SNAPSHOT: 1 port, 1 schema, 0 errors, 0 warnings'
expect 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0'
expect '[INFO] BUILD SUCCESS'
assert !log.contains('[WARNING]') : 'the generated project builds without warnings'
assert new File(basedir, 'target/generated-sources/dataproduct/dataproduct/onlinesales/weborders/WebOrdersEventsProducer.java').isFile()
assert new File(basedir, 'target/classes/META-INF/dataproduct/contract.json').isFile()
