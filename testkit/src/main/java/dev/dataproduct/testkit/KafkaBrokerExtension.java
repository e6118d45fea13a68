package dev.dataproduct.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
  public static final String DIRECTORY_PROPERTY = "dataproduct.testkit.directory";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root context's store lives as long as the run and closes what it holds (AutoCloseable) at
    // its end.
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            KafkaBroker.class, key -> KafkaBroker.start(newDirectory()), KafkaBroker.class);
  }

  private static Path newDirectory() {
    Path base = Paths.get(System.getProperty(DIRECTORY_PROPERTY, "target/dataproduct-testkit"));
    try {
      Files.createDirectories(base);
      return Files.createTempDirectory(base.toAbsolutePath(), "kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot make a folder for the Kafka broker under "
              + base.toAbsolutePath()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
