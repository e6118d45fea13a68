package com.example.shipping;

import com.example.orders.OrderEvent;
import com.example.orders.OrderStatus;
import dataproduct.logistics.shipping.ShipmentEventsProducer;
import dataproduct.logistics.shipping.runtime.PortRecord;
import dataproduct.logistics.shipping.upstream.OrdersConsumer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Plans a shipment for every paid order: reads port {@code order-events} of {@code sales/orders}
 * through input port {@code orders} (the consumer generated from the orders jar's contract, reading
 * into the orders jar's Avro classes) and writes port {@code shipment-events}.
 */
public final class ShipmentPlanner {

  private final OrdersConsumer orders;
  private final ShipmentEventsProducer shipments;
  private final Clock clock;

  public ShipmentPlanner(OrdersConsumer orders, ShipmentEventsProducer shipments, Clock clock) {
    this.orders = orders;
    this.shipments = shipments;
    this.clock = clock;
  }

  /** The shipment for an order that was just paid; none for any other change of an order. */
  public Optional<ShipmentEvent> plan(OrderEvent order) {
    if (order.getStatus() != OrderStatus.PAID) {
      return Optional.empty();
    }
    return Optional.of(ShipmentEvent.newBuilder()
        .setShipmentId("shp-" + order.getOrderId())
        .setOrderId(order.getOrderId())
        .setPlannedAt(clock.instant())
        .build());
  }

  /** Reads what the orders port has within {@code timeout} and sends a shipment for each paid order; returns how many it sent. */
  public int planOnce(Duration timeout) throws Exception {
    int sent = 0;
    for (PortRecord<String, OrderEvent> record : orders.poll(timeout)) {
      Optional<ShipmentEvent> shipment = plan(record.value());
      if (shipment.isPresent()) {
        shipments.send(record.key(), shipment.get()).get();
        sent++;
      }
    }
    orders.commitSync();
    return sent;
  }
}
