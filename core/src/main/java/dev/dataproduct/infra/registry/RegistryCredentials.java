package dev.dataproduct.infra.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the plugin authenticates to a schema registry: not at all, with HTTP basic auth, or with a
 * bearer token. The secret never leaves this class except as the {@code Authorization} header;
 * {@link #toString()} names the kind only, so it is safe in any message.
 */
public final class RegistryCredentials {

  private static final RegistryCredentials NONE = new RegistryCredentials("none", null);

  private final String kind;
  private final String authorization;

  private RegistryCredentials(String kind, String authorization) {
    this.kind = kind;
    this.authorization = authorization;
  }

  public static RegistryCredentials none() {
    return NONE;
  }

  public static RegistryCredentials basic(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    String pair = username + ":" + password;
    return new RegistryCredentials(
        "basic auth",
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  public static RegistryCredentials bearer(String token) {
    Objects.requireNonNull(token, "token");
    return new RegistryCredentials("bearer token", "Bearer " + token);
  }

  /** The {@code Authorization} header's value, or empty without credentials. */
  Optional<String> authorization() {
    return Optional.ofNullable(authorization);
  }

  /** {@code none}, {@code basic auth} or {@code bearer token}: never the secret. */
  @Override
  public String toString() {
    return kind;
  }
}
