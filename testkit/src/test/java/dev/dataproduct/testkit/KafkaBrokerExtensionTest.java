package dev.dataproduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The extension hands the same running broker to every method that asks, its files under target/.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerExtensionTest {

  private static KafkaBroker fromBeforeAll;

  @BeforeAll
  static void remember(KafkaBroker broker) {
    fromBeforeAll = broker;
  }

  @Test
  void aTestGetsARunningBrokerSharedWithTheLifecycleMethods(KafkaBroker broker) throws Exception {
    assertSame(fromBeforeAll, broker);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            broker.clientProperties(), new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("extension-test", "k", "through the extension's broker"))
          .get();
    }
    assertEquals(
        "through the extension's broker",
        KafkaBrokerTest.readOne(broker, "extension-test").value());
  }

  @Test
  void theBrokersFilesGoUnderTarget(KafkaBroker broker) {
    Path expected = Paths.get("target/dataproduct-testkit").toAbsolutePath();
    assertTrue(broker.log().startsWith(expected), broker.log() + " is under " + expected);
  }
}
