// The application class compiled against the Avro class that avro-maven-plugin generated.
assert new File(basedir, 'target/classes/com/example/payments/Payment.class').isFile()
assert new File(basedir, 'target/classes/com/example/payments/PaymentSummary.class').isFile()
