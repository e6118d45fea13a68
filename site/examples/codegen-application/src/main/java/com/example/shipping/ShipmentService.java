package com.example.shipping;

import dataproduct.logistics.shipments.ShipmentEventsConsumer;
import dataproduct.logistics.shipments.ShipmentEventsProducer;
import dataproduct.logistics.shipments.TrackingProducer;
import dataproduct.logistics.shipments.runtime.PortRecord;
import dataproduct.logistics.shipments.runtime.UndecodableRecordHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** How an application uses the generated clients: typed records in, typed records out. */
public final class ShipmentService implements AutoCloseable {

  private final ShipmentEventsProducer events;
  private final TrackingProducer tracking;

  public ShipmentService(String bootstrapServers, String schemaRegistryUrl) {
    // Key and value serializers are set by the generated classes; only connection settings are needed.
    this.events = ShipmentEventsProducer.create(Map.of("bootstrap.servers", bootstrapServers));
    // The confluent encoding registers and looks up schema ids in the registry.
    this.tracking = TrackingProducer.create(Map.of("bootstrap.servers", bootstrapServers, "schema.registry.url", schemaRegistryUrl));
  }

  public void shipped(String shipmentId, String orderId) {
    events.send(shipmentId, ShipmentEvent.newBuilder().setShipmentId(shipmentId).setOrderId(orderId).setState(ShipmentState.SHIPPED).build());
  }

  public void scanned(String shipmentId, String location) {
    tracking.send(shipmentId, TrackingScan.newBuilder().setShipmentId(shipmentId).setLocation(location).setScannedAt(Instant.now()).build());
  }

  /** A consumer loop: records that cannot be decoded are logged and skipped, never block the partition. */
  public static void printShipments(String bootstrapServers, String group) {
    try (ShipmentEventsConsumer consumer = ShipmentEventsConsumer.create(
        Map.of("bootstrap.servers", bootstrapServers, "group.id", group), UndecodableRecordHandler.logAndSkip())) {
      consumer.subscribe();
      while (!Thread.currentThread().isInterrupted()) {
        for (PortRecord<String, ShipmentEvent> record : consumer.poll(Duration.ofSeconds(1))) {
          System.out.println(record.key() + " is " + record.value().getState());
        }
        consumer.commitSync();
      }
    }
  }

  @Override
  public void close() {
    events.close();
    tracking.close();
  }
}
