// The same application class compiled against the Avro class that dataproduct:generate generated, next to the port's typed clients.
assert new File(basedir, 'target/classes/com/example/payments/Payment.class').isFile()
assert new File(basedir, 'target/classes/com/example/payments/PaymentSummary.class').isFile()
assert new File(basedir, 'target/classes/dataproduct/finance/payments/PaymentsProducer.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Validated payments 1.0.0: 1 output port, 1 schema, 0 errors, 0 warnings')
