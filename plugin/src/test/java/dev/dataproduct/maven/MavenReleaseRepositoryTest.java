package dev.dataproduct.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** What a failed lookup of earlier releases says of its cause. */
class MavenReleaseRepositoryTest {

  @Test
  void aCauseWithoutAMessageIsPassedOverForTheOneAboveIt() {
    // How Maven 4's JDK transport reports a closed port.
    ConnectException refused =
        new ConnectException("Connection to http://127.0.0.1:9/releases/ refused");
    refused.initCause(new ClosedChannelException());
    Exception transfer =
        new IOException("Could not transfer metadata from/to it-releases", refused);

    assertEquals(
        "Connection to http://127.0.0.1:9/releases/ refused",
        MavenReleaseRepository.rootMessage(transfer));
  }

  @Test
  void theInnermostMessageIsTheOneSaid() {
    // How Maven 3.9's Apache HttpClient transport reports it.
    Exception transfer =
        new IOException(
            "Could not transfer metadata from/to it-releases",
            new IOException(
                "Connect to 127.0.0.1:9 failed: Connection refused",
                new ConnectException("Connection refused")));

    assertEquals("Connection refused", MavenReleaseRepository.rootMessage(transfer));
  }

  @Test
  void onlyTheFirstLineOfAMessageIsSaid() {
    assertEquals(
        "Unauthorized",
        MavenReleaseRepository.rootMessage(new IOException("Unauthorized\n<html>...</html>")));
  }

  @Test
  void causesThatLoopEnd() {
    IOException first = new IOException("Connection refused");
    IOException second =
        new IOException("second") {
          @Override
          public synchronized Throwable getCause() {
            return first;
          }
        };
    first.initCause(second);

    assertEquals("second", MavenReleaseRepository.rootMessage(first));
  }

  @Test
  void withNoMessageAnywhereTheClassNameIsSaid() {
    assertEquals(
        "ClosedChannelException",
        MavenReleaseRepository.rootMessage(new IOException(new ClosedChannelException())));
  }
}
