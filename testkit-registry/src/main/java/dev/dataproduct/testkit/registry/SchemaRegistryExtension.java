package dev.dataproduct.testkit.registry;

import dev.dataproduct.testkit.KafkaBrokerExtension;
import dev.dataproduct.testkit.RunScopedService;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: hands a real {@link SchemaRegistry} to every test method, constructor or lifecycle
 * method that takes one. The first test that asks starts it; all test classes of the run share it,
 * and it stops when the run ends. Tests that share it keep apart by subject (by topic, with the
 * topic-name strategy). Used with {@link KafkaBrokerExtension} for a port with {@code encoding:
 * confluent}:
 *
 * <pre>{@code
 * @ExtendWith({KafkaBrokerExtension.class, SchemaRegistryExtension.class})
 * class PaymentsThroughKafkaTest {
 *   @Test
 *   void consumerReadsWhatTheProducerSent(KafkaBroker broker, SchemaRegistry registry) { ... }
 * }
 * }</pre>
 *
 * The registry's log ({@code schema-registry.log}) goes to a new folder under {@code
 * target/dataproduct-testkit} of the test's working directory, or under the folder the system
 * property {@value KafkaBrokerExtension#DIRECTORY_PROPERTY} names, as the broker's does.
 */
public final class SchemaRegistryExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SchemaRegistry.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return RunScopedService.get(
        context,
        SchemaRegistry.class,
        "schema-registry-",
        "schema registry",
        SchemaRegistry::start);
  }
}
