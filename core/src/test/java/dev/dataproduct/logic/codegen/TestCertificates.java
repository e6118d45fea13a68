package dev.dataproduct.logic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates for TLS tests, made by the JDK's own {@code keytool} in a test's folder: nothing
 * checked in that could expire.
 */
final class TestCertificates {

  private TestCertificates() {}

  /** A PKCS12 key store {@code <name>.p12} with a self-signed certificate for 127.0.0.1. */
  static String selfSigned(Path dir, String name, String password) throws Exception {
    String store = dir.resolve(name + ".p12").toString();
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-keystore",
        store,
        "-storetype",
        "PKCS12",
        "-storepass",
        password);
    keytool(
        "-exportcert",
        "-alias",
        name,
        "-keystore",
        store,
        "-storepass",
        password,
        "-file",
        dir.resolve(name + ".crt").toString());
    return store;
  }

  /**
   * A PKCS12 trust store {@code file} holding the certificate {@link #selfSigned} made for {@code
   * name}.
   */
  static String trusting(Path dir, String name, String file, String password) throws Exception {
    String store = dir.resolve(file).toString();
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        name,
        "-file",
        dir.resolve(name + ".crt").toString(),
        "-keystore",
        store,
        "-storetype",
        "PKCS12",
        "-storepass",
        password);
    return store;
  }

  /** The registry's side: its key, and the client certificates it accepts. */
  static SSLContext serverTls(
      String keyStore, String keyPassword, String trustStore, String trustPassword)
      throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(keyStore, keyPassword), keyPassword.toCharArray());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(load(trustStore, trustPassword));
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(String file, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(Path.of(file))) {
      store.load(in, password.toCharArray());
    }
    return store;
  }

  /** Runs the JDK's keytool with {@code args}, failing the test when it fails. */
  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
  }
}
