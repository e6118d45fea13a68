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
import ${portPackage}.runtime.DataProductHeaders;
import ${portPackage}.runtime.PortRecord;
import ${portPackage}.runtime.UndecodableRecord;
import dev.dataproduct.testkit.KafkaBroker;
import dev.dataproduct.testkit.KafkaBrokerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends an event with the generated producer of port {@code ${name}-events} to a real Kafka broker
 * and reads it back with the generated consumer. The broker comes from dataproduct-testkit: a KRaft
 * broker in a child JVM on a free port of 127.0.0.1, no Docker, started once for all the tests of
 * the run. Its log is under {@code target/dataproduct-testkit/}.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PortThroughKafkaTest {

  private final ${recordStem}Event created = ${recordStem}Event.newBuilder()
      .setId("42")
      .setType(${recordStem}EventType.CREATED)
      .setOccurredAt(Instant.parse("2026-01-01T12:00:00Z"))
      .setNote("through a real broker")
      .build();

  @Test
  void consumerReadsWhatTheProducerSentThroughARealBroker(KafkaBroker broker) throws Exception {
    // With the port's partitions (dataproduct.yaml); created on first use it would have one.
    broker.createTopic(${portStem}Producer.TOPIC, 3);
    try (${portStem}Producer producer = ${portStem}Producer.create(broker.clientProperties())) {
      producer.send("42", created).get();
    }

    List<UndecodableRecord> undecodable = new ArrayList<>();
    List<PortRecord<String, ${recordStem}Event>> received = new ArrayList<>();
    try (${portStem}Consumer consumer = ${portStem}Consumer.create(broker.consumerProperties("port-through-kafka-test"), undecodable::add)) {
      consumer.subscribe();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.isEmpty() && System.nanoTime() < deadline) {
        received.addAll(consumer.poll(Duration.ofMillis(500)));
      }
    }

    assertEquals(List.of(), undecodable);
    assertEquals(1, received.size(), "one record came back within 60 s");
    assertEquals("42", received.get(0).key());
    assertEquals(created, received.get(0).value());
    assertEquals("${domain}/${name}", DataProductHeaders.text(received.get(0).headers(), DataProductHeaders.PRODUCT));
  }
}
