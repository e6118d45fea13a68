package dev.dataproduct.maven;

import dev.dataproduct.infra.registry.RegistryCredentials;
import dev.dataproduct.support.BuildError;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The credentials of the schema registry and of Backstage, from a {@code <server>} in {@code
 * settings.xml}: username and password for basic auth, a password alone for a bearer token.
 * Messages name the server, never a secret.
 */
final class RegistryServers {

  private RegistryServers() {}

  static RegistryCredentials credentials(
      String serverId, MavenSession session, SettingsDecrypter decrypter) {
    if (serverId == null || serverId.isBlank()) {
      return RegistryCredentials.none();
    }
    Server plain =
        decrypted(
            serverId,
            "dataproduct.registry.serverId",
            "the registry's <username> and <password>",
            session,
            decrypter);
    String username = blankToNull(plain.getUsername());
    return username == null
        ? RegistryCredentials.bearer(token(plain))
        : RegistryCredentials.basic(username, plain.getPassword());
  }

  /**
   * The bearer token that the {@code <password>} of server {@code serverId} holds (its {@code
   * <username>} is not used), for a target that takes tokens only: Backstage.
   *
   * @param option the parameter that named the server, for messages
   */
  static String bearerToken(
      String serverId, String option, MavenSession session, SettingsDecrypter decrypter) {
    if (serverId == null || serverId.isBlank()) {
      throw new BuildError(
          option
              + " is not set; name the <server> in settings.xml whose <password> holds the token");
    }
    return token(decrypted(serverId, option, "the token as its <password>", session, decrypter));
  }

  /** The server {@code serverId} with its password decrypted; it must have one. */
  private static Server decrypted(
      String serverId,
      String option,
      String wanted,
      MavenSession session,
      SettingsDecrypter decrypter) {
    Server server = session.getSettings().getServer(serverId.strip());
    if (server == null) {
      throw new BuildError(
          option
              + " names the server \""
              + serverId.strip()
              + "\", but settings.xml has no <server> with that <id>; add one with "
              + wanted);
    }
    SettingsDecryptionResult decrypted =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : decrypted.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new BuildError(
            "Cannot decrypt the password of <server> \""
                + server.getId()
                + "\" in settings.xml: "
                + problem.getMessage()
                + "; check settings-security.xml, or encrypt the password again with mvn --encrypt-password");
      }
    }
    Server plain = decrypted.getServer();
    if (blankToNull(plain.getPassword()) == null) {
      throw new BuildError(
          "The <server> \""
              + server.getId()
              + "\" in settings.xml has no <password>; give <username> and <password> for basic auth, "
              + "or only <password> holding a bearer token");
    }
    return plain;
  }

  private static String token(Server plain) {
    // A token goes into the Authorization header as it is; a line break there would end the
    // request's headers.
    String token = plain.getPassword().strip();
    if (token.chars().anyMatch(Character::isISOControl)) {
      throw new BuildError(
          "The <password> of <server> \""
              + plain.getId()
              + "\" in settings.xml holds a line break or another"
              + " control character, which cannot be sent as a bearer token; write the token on one line");
    }
    return token;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
