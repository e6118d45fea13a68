package dev.dataproduct.testkit.registry;

import dev.dataproduct.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SchemaRegistryExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SchemaRegistry.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root context's store lives as long as the run and closes what it holds at its end.
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SchemaRegistry.class,
            key -> SchemaRegistry.start(newDirectory()),
            SchemaRegistry.class);
  }

  private static Path newDirectory() {
    Path base =
        Paths.get(
            System.getProperty(
                KafkaBrokerExtension.DIRECTORY_PROPERTY, "target/dataproduct-testkit"));
    try {
      Files.createDirectories(base);
      return Files.createTempDirectory(base.toAbsolutePath(), "schema-registry-");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot make a folder for the schema registry under "
              + base.toAbsolutePath()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
