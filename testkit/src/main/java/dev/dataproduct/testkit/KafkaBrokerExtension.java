package dev.dataproduct.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: hands a real {@link KafkaBroker} to every test method, constructor or lifecycle method
 * that takes one. The first test that asks starts it; all test classes of the run share it, and it
 * stops when the run ends. Tests that share it keep apart by topic or consumer group.
 *
 * <pre>{@code
 * @ExtendWith(KafkaBrokerExtension.class)
 * class OrdersThroughKafkaTest {
 *   @Test
 *   void consumerReadsWhatTheProducerSent(KafkaBroker broker) { ... broker.clientProperties() ... }
 * }
 * }</pre>
 *
 * The broker's files and its log ({@code kafka.log}) go to a new folder under {@code
 * target/dataproduct-testkit} of the test's working directory, or under the folder the system
 * property {@value #DIRECTORY_PROPERTY} names.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

  /** The system property naming the folder the brokers' files go under. */
  public static final String DIRECTORY_PROPERTY = RunScopedService.DIRECTORY_PROPERTY;

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return RunScopedService.get(
        context, KafkaBroker.class, "kafka-", "Kafka broker", KafkaBroker::start);
  }
}
