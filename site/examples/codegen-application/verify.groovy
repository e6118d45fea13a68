// The application compiled against the generated clients of both ports (single-object and confluent encodings).
assert new File(basedir, 'target/classes/com/example/shipping/ShipmentService.class').isFile()
for (String client : ['ShipmentEventsProducer', 'ShipmentEventsConsumer', 'TrackingProducer', 'TrackingConsumer']) {
  assert new File(basedir, "target/classes/dataproduct/logistics/shipments/${client}.class").isFile() : "no class ${client}"
}
