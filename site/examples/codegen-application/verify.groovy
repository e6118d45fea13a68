// The application compiled against the generated clients of both ports (single-object and confluent encodings).
assert new File(basedir, 'target/classes/com/example/shipping/ShipmentService.class').isFile()
['ShipmentEventsProducer', 'ShipmentEventsConsumer', 'TrackingProducer', 'TrackingConsumer'].each {
  assert new File(basedir, "target/classes/dataproduct/logistics/shipments/${it}.class").isFile() : "no class ${it}"
}
