// The first release went from the archetype into the catalog: every goal ran, the round-trip test passed, publish wrote the version.
// basedir is the test's folder; the generated project is under project/<artifactId>.
def project = new File(basedir, 'project/web-orders-product')
def log = new File(project, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect '[INFO] Validated web-orders 1.0.0: 1 output port, 1 schema, 0 errors, 0 warnings'
expect 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'
expect 'PortThroughKafkaTest'
expect '[INFO] BUILD SUCCESS'
assert new File(project, 'target/generated-sources/dataproduct/dataproduct/onlinesales/weborders/WebOrdersEventsProducer.java').isFile()
def version = new File(project, 'target/catalog/products/online-sales/web-orders/1.0.0')
assert new File(version, 'entry.json').isFile() : 'the release is not in the catalog'
assert new File(version, 'contract/dataproduct.yaml').isFile()
assert new File(project, 'target/catalog/index.html').isFile()
