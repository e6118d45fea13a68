package com.example.payments;

import java.math.BigDecimal;

/** Application code written against the generated Avro class; it compiles unchanged after the migration. */
public final class PaymentSummary {

  private PaymentSummary() {}

  public static Payment paid(String orderId, BigDecimal amount) {
    return Payment.newBuilder().setOrderId(orderId).setAmount(amount).setMethod(null).build();
  }

  public static String describe(Payment payment) {
    return payment.getOrderId() + " paid " + payment.getAmount().toPlainString();
  }
}
