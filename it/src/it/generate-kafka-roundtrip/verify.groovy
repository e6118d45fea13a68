// The generated classes of a product, compiled with -Xlint:all -Werror, used by its own tests against a real Kafka broker.
evaluate(new File(verifyHelpers))

expect '[INFO] Generated orders 1.0.0 into target/generated-sources/dataproduct: 2 Avro classes, 3 producers, 3 consumers ('
// The second build, with nothing changed, stopped before reading anything: it says so, and no generated file is newer than the end of the first build.
expect ' 1.0.0 are current: no input changed since the last build (target/generated-sources/dataproduct)'
def firstBuildEnd = java.time.OffsetDateTime.parse((log =~ /Finished at: (\S+)/)[0][1]).toInstant().toEpochMilli()
def generated = []
new File(basedir, 'target/generated-sources/dataproduct').eachFileRecurse(groovy.io.FileType.FILES) { generated << it }
new File(basedir, 'target/classes/META-INF/dataproduct').eachFileRecurse(groovy.io.FileType.FILES) { generated << it }
assert generated.size() > 20
generated.each { assert it.lastModified() <= firstBuildEnd : "${it} was written again by the second build" }
// Both tests ran and passed: exact values round trip; bad records reach the handler and the partition moves on.
def passed = { String testClass ->
  assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in ${java.util.regex.Pattern.quote(testClass)}/ : testClass + " did not pass both tests"
}
passed 'com.example.orders.OrderEventsThroughKafkaTest'
// Keys as Kafka's own StringSerializer and LongSerializer write them: same partition as a plain producer
// on six partitions, and each side reads the other's keys.
passed 'com.example.orders.KeysLikeKafkasOwnSerializersTest'
assert !log.contains('[WARNING] /') : 'javac warned about generated code'

// The jar carries the generated classes beside the contract.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/generate-kafka-roundtrip-1.0.0.jar'))
['com/example/orders/OrderEvent.class', 'dataproduct/sales/orders/OrderEventsProducer.class', 'dataproduct/sales/orders/runtime/SingleObjectCodec.class',
 'dataproduct/sales/orders/runtime/KafkaCodec.class',
 'META-INF/dataproduct/contract.json'].each {
  assert jar.getEntry(it) != null : "the jar lacks " + it
}
// The packed contract records how each port's keys are written.
def contract = new groovy.json.JsonSlurper().parse(jar.getInputStream(jar.getEntry('META-INF/dataproduct/contract.json')))
assert ['order-events', 'order-lookups', 'customer-orders'].collect { contract.ports[it].keyEncoding } == ['kafka', 'kafka', 'kafka']
true
