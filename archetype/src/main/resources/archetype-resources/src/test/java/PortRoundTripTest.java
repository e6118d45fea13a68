#set( $portStem = "" )
#foreach( $word in $name.split("-") )
#set( $portStem = "${portStem}${word.substring(0,1).toUpperCase()}${word.substring(1)}" )
#end
#set( $portStem = "${portStem}Events" )
#set( $portPackage = "dataproduct.${domain.replace('-', '')}.${name.replace('-', '')}" )
package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${portPackage}.${portStem}Consumer;
import ${portPackage}.${portStem}Producer;
import ${portPackage}.runtime.PortRecord;
import ${portPackage}.runtime.UndecodableRecord;
import ${portPackage}.runtime.WriterSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Sends an event with the generated producer of port {@code ${name}-events} and reads it back with
 * the generated consumer, through Kafka's mock clients: no broker needed. The consumer finds the
 * writer's schema in the contract that {@code dataproduct:generate} put on the class path.
 */
class PortRoundTripTest {

  private final ${recordStem}Event created = ${recordStem}Event.newBuilder()
      .setId("42")
      .setType(${recordStem}EventType.CREATED)
      .setOccurredAt(Instant.parse("2026-01-01T12:00:00Z"))
      .setNote(null)
      .build();

  @Test
  void producerSendsToThePortsTopicWithTheProductsHeaders() throws Exception {
    MockProducer<byte[], byte[]> kafka = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

    try (${portStem}Producer producer = ${portStem}Producer.wrap(kafka)) {
      producer.send("42", created).get();
    }

    ProducerRecord<byte[], byte[]> sent = kafka.history().get(0);
    assertEquals("${domain}.${name}.${name}-events.v1", sent.topic());
    assertEquals("${domain}/${name}", new String(sent.headers().lastHeader("dataproduct.product").value()));
  }

  @Test
  void consumerReadsWhatTheProducerSent() throws Exception {
    MockProducer<byte[], byte[]> kafkaProducer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    try (${portStem}Producer producer = ${portStem}Producer.wrap(kafkaProducer)) {
      producer.send("42", created).get();
    }
    ProducerRecord<byte[], byte[]> sent = kafkaProducer.history().get(0);

    MockConsumer<byte[], byte[]> kafkaConsumer = new MockConsumer<>("earliest");
    List<UndecodableRecord> undecodable = new ArrayList<>();
    try (${portStem}Consumer consumer = ${portStem}Consumer.wrap(kafkaConsumer, WriterSchemas.classpath(getClass().getClassLoader()), undecodable::add)) {
      consumer.subscribe();
      TopicPartition partition = new TopicPartition(${portStem}Consumer.TOPIC, 0);
      kafkaConsumer.rebalance(List.of(partition));
      kafkaConsumer.updateBeginningOffsets(Map.of(partition, 0L));
      kafkaConsumer.addRecord(new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, sent.key().length, sent.value().length,
          sent.key(), sent.value(), sent.headers(), Optional.empty()));

      List<PortRecord<String, ${recordStem}Event>> records = consumer.poll(Duration.ofMillis(100));

      assertEquals(List.of(), undecodable);
      assertEquals(1, records.size());
      assertEquals("42", records.get(0).key());
      assertEquals(created, records.get(0).value());
    }
  }
}
