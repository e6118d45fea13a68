package dev.dataproduct.maven;

import dev.dataproduct.registry.RegistryCredentials;
import dev.dataproduct.support.BuildError;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The schema registry's credentials, from a {@code <server>} in {@code settings.xml}: username
 * and password for basic auth, a password alone for a bearer token. Messages name the server,
 * never a secret.
 */
final class RegistryServers {

  private RegistryServers() {}

  static RegistryCredentials credentials(String serverId, MavenSession session, SettingsDecrypter decrypter) {
    if (serverId == null || serverId.isBlank()) {
      return RegistryCredentials.none();
    }
    Server server = session.getSettings().getServer(serverId.strip());
    if (server == null) {
      throw new BuildError("dataproduct.registry.serverId names the server \"" + serverId.strip()
          + "\", but settings.xml has no <server> with that <id>; add one with the registry's <username> and <password>");
    }
    SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : decrypted.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new BuildError("Cannot decrypt the password of <server> \"" + server.getId() + "\" in settings.xml: " + problem.getMessage()
            + "; check settings-security.xml, or encrypt the password again with mvn --encrypt-password");
      }
    }
    Server plain = decrypted.getServer();
    String username = blankToNull(plain.getUsername());
    String password = blankToNull(plain.getPassword());
    if (password == null) {
      throw new BuildError("The <server> \"" + server.getId() + "\" in settings.xml has no <password>; give <username> and <password> for basic auth, "
          + "or only <password> holding a bearer token");
    }
    if (username == null) {
      // A token goes into the Authorization header as it is; a line break there would end the request's headers.
      String token = password.strip();
      if (token.chars().anyMatch(Character::isISOControl)) {
        throw new BuildError("The <password> of <server> \"" + server.getId() + "\" in settings.xml holds a line break or another"
            + " control character, which cannot be sent as a bearer token; write the token on one line");
      }
      return RegistryCredentials.bearer(token);
    }
    return RegistryCredentials.basic(username, password);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
