package dev.dataproduct.logic.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What the exports say about the environment, which the descriptor does not hold. Every member is
 * optional ({@code null}): without a bootstrap the documents name no server.
 *
 * @param bootstrapServers the Kafka bootstrap servers ({@code host:port[,host:port]}), for ODCS
 *     {@code servers}, AsyncAPI {@code servers} and the OpenLineage dataset namespace
 * @param registryUrl the schema registry's base URL, for the AsyncAPI server binding
 * @param registryVendor the schema registry's vendor ({@code confluent}, {@code apicurio}), for the
 *     AsyncAPI server binding
 * @param eventTime the OpenLineage event's time, ISO-8601; a fixed time keeps the packed contract
 *     byte for byte the same across builds ({@link #EPOCH} when {@code null})
 */
public record ExportSettings(
    String bootstrapServers, String registryUrl, String registryVendor, String eventTime) {

  /** The event time of a build that names none: the same bytes on every build. */
  public static final String EPOCH = "1970-01-01T00:00:00Z";

  /** No environment known. */
  public static final ExportSettings NONE = new ExportSettings(null, null, null, null);

  public ExportSettings {
    bootstrapServers = blankToNull(bootstrapServers);
    registryUrl = withoutCredentials(blankToNull(registryUrl));
    registryVendor = blankToNull(registryVendor);
    eventTime = blankToNull(eventTime) == null ? EPOCH : eventTime.strip();
  }

  /**
   * The OpenLineage namespace of Kafka datasets: {@code kafka://<first bootstrap server>}, or
   * {@code kafka://unknown}.
   */
  public String kafkaNamespace() {
    return "kafka://"
        + (bootstrapServers == null ? "unknown" : bootstrapServers.split(",")[0].strip());
  }

  /**
   * The event time a reproducible build's timestamp gives: ISO-8601 as is, seconds since the epoch
   * converted; {@code null} (so {@link #EPOCH}) for none or for one that is neither.
   */
  public static String eventTimeOf(String buildTimestamp) {
    if (buildTimestamp == null || buildTimestamp.isBlank()) {
      return null;
    }
    String t = buildTimestamp.strip();
    try {
      return t.chars().allMatch(Character::isDigit)
          ? Instant.ofEpochSecond(Long.parseLong(t)).toString()
          : OffsetDateTime.parse(t).toInstant().toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The URL without {@code user:password@}: the exports are packed into a jar and published, never
   * a secret.
   */
  private static String withoutCredentials(String url) {
    return url == null ? null : url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
