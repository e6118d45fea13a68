package dev.dataproduct.testkit;

import dev.dataproduct.testkit.process.ChildJvm;
import dev.dataproduct.testkit.process.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka broker (KRaft mode, broker and controller in one node) in its own JVM, listening on
 * a free port of 127.0.0.1; no Docker. Its classes come from the test's classpath ({@code
 * kafka_2.13}, which this kit brings), so a product's test can start one directly:
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start(Path.of("target/kafka"))) {
 *   try (OrdersEventsProducer producer = OrdersEventsProducer.create(broker.clientProperties())) { ... }
 * }
 * }</pre>
 *
 * or take one from {@link KafkaBrokerExtension}, which starts a single broker for the whole test
 * run. Formatting the storage takes about 1.5 s and the start about 2.5 s on a 2-core machine; the
 * broker's JVM takes up to 512 MB of heap. {@link #close()} stops it (SIGTERM); so does the end of
 * the test JVM.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final ChildJvm jvm;
  private final int port;

  private KafkaBroker(ChildJvm jvm, int port) {
    this.jvm = jvm;
    this.port = port;
  }

  /**
   * Formats a new log directory under {@code directory}, starts the broker and waits until it is
   * ready. Its output goes to {@code directory/kafka.log}.
   */
  public static KafkaBroker start(Path directory) {
    return FreePorts.startRetryingOnPortClash(attempt -> startOnce(directory, attempt));
  }

  /** One start on new ports; a retry formats a log directory of its own. */
  private static KafkaBroker startOnce(Path directory, int attempt) {
    int port = FreePorts.take();
    int controllerPort = FreePorts.take();
    Path config = directory.resolve("server.properties");
    Path log = directory.resolve("kafka.log");
    write(
        config,
        serverProperties(
            port,
            controllerPort,
            directory.resolve(attempt == 1 ? "kafka-logs" : "kafka-logs-" + attempt)));

    List<String> classpath = List.of("-cp", System.getProperty("java.class.path"));
    ChildJvm.of(
            "kafka-storage format",
            log,
            concat(
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c",
                config.toString()))
        .runToCompletion(FORMAT_TIMEOUT);

    ChildJvm broker =
        ChildJvm.of(
                "Kafka broker on 127.0.0.1:" + port,
                log,
                concat(
                    List.of("-Xmx512m", "-cp", System.getProperty("java.class.path")),
                    "kafka.Kafka",
                    config.toString()))
            .start();
    KafkaBroker started = new KafkaBroker(broker, port);
    broker.awaitReady(started::answersMetadataRequests, START_TIMEOUT);
    return started;
  }

  /**
   * Ready means a client gets the cluster's nodes. Asked over the wire rather than read from the
   * broker's log, because its log lines depend on which SLF4J binding the test's classpath carries.
   * The port is probed first, so the admin client does not log a warning for every refused
   * connection.
   */
  private boolean answersMetadataRequests() {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
    } catch (IOException e) {
      return false;
    }
    try (Admin admin = admin(2000)) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Creates topic {@code name} with {@code partitions} partitions, unless it is there already, and
   * waits until it is. The broker would create a topic on first use with one partition, and the
   * producer would log a warning while it did; a test that wants the port's partitions, or a quiet
   * log, creates it first.
   */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin(30_000)) {
      admin
          .createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(
            "Cannot create topic " + name + " on " + bootstrapServers() + ": " + e.getCause(),
            e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Topic "
              + name
              + " was not created within 30 s on "
              + bootstrapServers()
              + "; the broker's log is "
              + log(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topic " + name, e);
    }
  }

  private Admin admin(int apiTimeoutMillis) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(apiTimeoutMillis, 10_000),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, apiTimeoutMillis));
  }

  /** The value for the clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /**
   * What any client needs to reach this broker: {@code bootstrap.servers}. A new, modifiable map.
   */
  public Map<String, Object> clientProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("bootstrap.servers", bootstrapServers());
    return properties;
  }

  /**
   * A consumer's properties in group {@code groupId} that reads a topic from its beginning ({@code
   * auto.offset.reset=earliest}), so records sent before it subscribed are read. A new, modifiable
   * map.
   */
  public Map<String, Object> consumerProperties(String groupId) {
    Map<String, Object> properties = clientProperties();
    properties.put("group.id", groupId);
    properties.put("auto.offset.reset", "earliest");
    return properties;
  }

  /** The broker's output (its SLF4J log), for a failing test's diagnosis. */
  public Path log() {
    return jvm.log();
  }

  @Override
  public void close() {
    jvm.stop();
  }

  private static String serverProperties(int port, int controllerPort, Path logDirectory) {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + logDirectory,
        "num.partitions=1",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private static List<String> concat(List<String> head, String... tail) {
    return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
