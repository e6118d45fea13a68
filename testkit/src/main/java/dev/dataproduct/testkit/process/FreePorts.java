package dev.dataproduct.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free TCP ports on 127.0.0.1, as the operating system hands them out. Not part of the kit's
 * supported API.
 */
public final class FreePorts {

  private FreePorts() {}

  public static int take() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1: " + e.getMessage(), e);
    }
  }
}
