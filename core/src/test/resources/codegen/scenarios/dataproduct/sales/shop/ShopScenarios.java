package dataproduct.sales.shop;

import com.example.shop.Money;
import com.example.shop.OrderEvent;
import com.example.shop.OrderStatus;
import com.example.shop.Payment;
import dataproduct.sales.shop.runtime.PortRecord;
import dataproduct.sales.shop.runtime.SchemaRegistryClient;
import dataproduct.sales.shop.runtime.UndecodableRecord;
import dataproduct.sales.shop.runtime.UndecodableRecordHandler;
import dataproduct.sales.shop.runtime.WriterSchemas;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;

/**
 * Uses the generated classes of the shop fixture as an application would, compiled together with
 * them; {@code GeneratedClientsTest} calls these methods and checks what they return.
 */
public final class ShopScenarios {

  private ShopScenarios() {}

  public static OrderEvent order(String id, String status, int quantity, String amount, String note) {
    return OrderEvent.newBuilder()
        .setOrderId(id)
        .setStatus(OrderStatus.valueOf(status))
        .setQuantity(quantity)
        .setTotal(Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency("EUR").build())
        .setNote(note)
        .build();
  }

  /** {@code order} with a null where its schema allows none, deep enough that writing fails halfway through. */
  public static OrderEvent withoutCurrency(OrderEvent order) {
    order.getTotal().setCurrency(null);
    return order;
  }

  public static Payment payment(String orderId, String amount) {
    return Payment.newBuilder().setOrderId(orderId).setAmount(Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency("EUR").build()).build();
  }

  /** The Avro binary of {@code payment}, without a header, as any Avro serializer writes the body. */
  public static byte[] paymentBody(Payment payment) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.apache.avro.io.BinaryEncoder encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
    new org.apache.avro.specific.SpecificDatumWriter<>(Payment.class).write(payment, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  public static void sendOrder(MockProducer<byte[], byte[]> kafka, String key, OrderEvent value) throws Exception {
    try (OrderEventsProducer producer = OrderEventsProducer.wrap(kafka)) {
      producer.send(key, value).get();
    }
  }

  /** Sends {@code broken}, which fails, then {@code good} through the same producer; returns what the first send threw. */
  public static RuntimeException sendAfterAFailure(MockProducer<byte[], byte[]> kafka, OrderEvent broken, OrderEvent good) throws Exception {
    try (OrderEventsProducer producer = OrderEventsProducer.wrap(kafka)) {
      RuntimeException failure = null;
      try {
        producer.send(broken.getOrderId(), broken);
      } catch (RuntimeException e) {
        failure = e;
      }
      producer.send(good.getOrderId(), good).get();
      return failure;
    }
  }

  public static void sendPayment(MockProducer<byte[], byte[]> kafka, String registry, long key, Payment value) throws Exception {
    try (PaymentsProducer producer = PaymentsProducer.wrap(kafka, new SchemaRegistryClient(URI.create(registry), null))) {
      producer.send(key, value).get();
    }
  }

  /** {@link #sendPayment} with a registry client that only looks the schemas up, as {@code auto.register.schemas=false} makes it. */
  public static void sendPaymentWithoutRegistering(MockProducer<byte[], byte[]> kafka, String registry, long key, Payment value) throws Exception {
    try (PaymentsProducer producer = PaymentsProducer.wrap(kafka, new SchemaRegistryClient(URI.create(registry), null, false))) {
      producer.send(key, value).get();
    }
  }

  /** The registry client the Kafka client properties {@code properties} configure; whether it registers, by what it does. */
  public static SchemaRegistryClient registryClient(Map<String, ?> properties) {
    return SchemaRegistryClient.fromProperties(properties);
  }

  /** Creates a payments producer from {@code properties} and closes it. */
  public static void createPaymentsProducer(Map<String, ?> properties) {
    PaymentsProducer.create(properties).close();
  }

  /** {@link #registryClient} as a producer's {@code create} makes it. */
  public static SchemaRegistryClient producersRegistryClient(Map<String, ?> properties) {
    return SchemaRegistryClient.forProducer(properties);
  }

  /** Subscribes, hands the records to the mock, polls once; what cannot be decoded goes to {@code handled}. */
  public static List<PortRecord<String, OrderEvent>> pollOrders(
      MockConsumer<byte[], byte[]> kafka, Path schemaDirectory, List<ConsumerRecord<byte[], byte[]>> records, UndecodableRecordHandler handler) {
    WriterSchemas schemas = schemaDirectory == null
        ? WriterSchemas.classpath(ShopScenarios.class.getClassLoader())
        : WriterSchemas.directory(schemaDirectory);
    OrderEventsConsumer consumer = OrderEventsConsumer.wrap(kafka, schemas, handler);
    consumer.subscribe();
    feed(kafka, OrderEventsConsumer.TOPIC, records);
    return consumer.poll(Duration.ofMillis(10));
  }

  /** Polls again with a consumer on the same mock, as after {@link #pollOrders}. */
  public static List<PortRecord<String, OrderEvent>> pollOrdersAgain(MockConsumer<byte[], byte[]> kafka, List<UndecodableRecord> handled) {
    return OrderEventsConsumer.wrap(kafka, WriterSchemas.classpath(ShopScenarios.class.getClassLoader()), handled::add).poll(Duration.ofMillis(10));
  }

  public static List<PortRecord<Long, Payment>> pollPayments(
      MockConsumer<byte[], byte[]> kafka, String registry, List<ConsumerRecord<byte[], byte[]>> records, List<UndecodableRecord> handled) {
    PaymentsConsumer consumer = PaymentsConsumer.wrap(kafka, new SchemaRegistryClient(URI.create(registry), null), handled::add);
    consumer.subscribe();
    feed(kafka, PaymentsConsumer.TOPIC, records);
    return consumer.poll(Duration.ofMillis(10));
  }

  private static void feed(MockConsumer<byte[], byte[]> kafka, String topic, List<ConsumerRecord<byte[], byte[]>> records) {
    TopicPartition partition = new TopicPartition(topic, 0);
    kafka.rebalance(List.of(partition));
    kafka.updateBeginningOffsets(Map.of(partition, 0L));
    kafka.seek(partition, 0);
    records.forEach(kafka::addRecord);
  }
}
