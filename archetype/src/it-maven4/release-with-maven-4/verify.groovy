// Maven 4 ran every goal of the plugin on the generated project, and the generated test passed.
// Invoker writes the log of both invocations (generate, then build the generated project) to build.log.
def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect 'Apache Maven 4.0.0-rc-6'
expect '[INFO] Validated orders 1.0.0: 1 output port, 1 schema, 0 errors, 0 warnings'
expect 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'
expect 'PortThroughKafkaTest'
expect 'this is the first release'
expect '[INFO] Published sales/orders 1.0.0 to '
expect '[INFO] BUILD SUCCESS'
assert new File(basedir, 'orders/target/catalog/products/sales/orders/1.0.0/entry.json').isFile()
