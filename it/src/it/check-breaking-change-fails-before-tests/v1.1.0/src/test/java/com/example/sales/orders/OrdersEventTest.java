package com.example.sales.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The product's own test, written for 1.0.0: it builds an event as the product's code does. */
class OrdersEventTest {

  @Test
  void buildsACreatedEvent() {
    OrdersEvent created = OrdersEvent.newBuilder()
        .setId("42")
        .setType(OrdersEventType.CREATED)
        .setOccurredAt(Instant.parse("2026-01-01T12:00:00Z"))
        .build();
    assertEquals("42", created.getId());
  }
}
