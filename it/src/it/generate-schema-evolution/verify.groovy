// A FULL_TRANSITIVE port across two releases, in both directions, against a real Kafka broker.
evaluate(new File(verifyHelpers))

// 1.1.0 carries the 1.0.0 schema as history and is compatible with it.
expect '; packed the contract into META-INF/dataproduct: 1 output port, schema history carried from 1.0.0 ('
expect '[INFO] Compared shop 1.1.0 with 1.0.0: 1 output port, 0 breaking changes, 0 warnings'
// analytics gets a consumer for its input port, on the shop's classes (not generated again).
expect '[INFO] Generated analytics 1.0.0 into target/generated-sources/dataproduct: 1 Avro class, 1 producer, 1 consumer, 1 upstream consumer ('
def generated = new File(basedir, 'analytics/target/generated-sources/dataproduct')
assert new File(generated, 'dataproduct/sales/analytics/upstream/ShopOrdersConsumer.java').isFile()
assert !new File(generated, 'com/example/shop').exists() : 'the upstream classes were generated again'
// Both directions ran and passed.
expect 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed'
expect '-- in com.example.analytics.EvolutionAcrossReleasesTest'
true
