package com.example.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.orders.Money;
import com.example.orders.OrderEvent;
import com.example.orders.OrderStatus;
import dataproduct.logistics.shipping.ShipmentEventsConsumer;
import dataproduct.logistics.shipping.ShipmentEventsProducer;
import dataproduct.logistics.shipping.runtime.PortRecord;
import dataproduct.logistics.shipping.runtime.UndecodableRecord;
import dataproduct.logistics.shipping.upstream.OrdersConsumer;
import dataproduct.sales.orders.OrderEventsProducer;
import dev.dataproduct.testkit.KafkaBroker;
import dev.dataproduct.testkit.KafkaBrokerExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two products over a real Kafka broker (from dataproduct-testkit): orders writes with the
 * producer in its own jar, shipping reads with the consumer generated for its input port and writes
 * its own port, which its generated consumer reads back.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ShipmentsFromPaidOrdersTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aShipmentIsPlannedForThePaidOrderOnly(KafkaBroker broker) throws Exception {
    broker.createTopic(OrderEventsProducer.TOPIC, 6);
    broker.createTopic(ShipmentEventsProducer.TOPIC, 6);
    try (OrderEventsProducer orders = OrderEventsProducer.create(broker.clientProperties())) {
      orders.send("o-1", order("o-1", OrderStatus.PLACED)).get();
      orders.send("o-2", order("o-2", OrderStatus.PAID)).get();
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    int planned = 0;
    try (OrdersConsumer orders = OrdersConsumer.create(broker.consumerProperties("shipping"), undecodable::add);
        ShipmentEventsProducer shipments = ShipmentEventsProducer.create(broker.clientProperties())) {
      orders.subscribe();
      ShipmentPlanner planner = new ShipmentPlanner(orders, shipments, Clock.fixed(NOW, ZoneOffset.UTC));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (planned == 0 && System.nanoTime() < deadline) {
        planned += planner.planOnce(Duration.ofMillis(500));
      }
    }
    assertEquals(List.of(), undecodable);
    assertEquals(1, planned, "one paid order, one shipment");

    List<PortRecord<String, ShipmentEvent>> read = new ArrayList<>();
    try (ShipmentEventsConsumer consumer = ShipmentEventsConsumer.create(broker.consumerProperties("shipment-readers"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read.isEmpty() && System.nanoTime() < deadline) {
        read.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }
    assertEquals(List.of(), undecodable);
    assertEquals(1, read.size());
    assertEquals("o-2", read.get(0).key());
    assertEquals(new ShipmentEvent("shp-o-2", "o-2", NOW), read.get(0).value());
  }

  private static OrderEvent order(String id, OrderStatus status) {
    return OrderEvent.newBuilder()
        .setOrderId(id)
        .setStatus(status)
        .setCustomerEmail("customer@example.com")
        .setTotal(new Money(new BigDecimal("19.90"), "EUR"))
        .setOccurredAt(NOW)
        .setChannel("web")
        .build();
  }
}
