package dev.dataproduct.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Free TCP ports on 127.0.0.1, as the operating system hands them out. Not part of the kit's
 * supported API.
 */
public final class FreePorts {

  private FreePorts() {}

  /** The ports handed out in this JVM: the operating system may offer a just-closed port again. */
  private static final Set<Integer> TAKEN = new HashSet<>();

  /**
   * A free port, never one this JVM handed out before (a broker asks for two in a row, and two
   * listeners on one port fail).
   */
  public static synchronized int take() {
    while (true) {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        socket.setReuseAddress(true);
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("No free port on 127.0.0.1: " + e.getMessage(), e);
      }
      if (TAKEN.add(port)) {
        return port;
      }
    }
  }

  /**
   * Starts a server with {@code start}, given the attempt's number from 1, and starts it again (at
   * most three times in all) when it failed because another process took its port between {@link
   * #take()} and the server's bind: parallel builds start their services at the same time. Any
   * other failure is thrown at once.
   */
  public static <T> T startRetryingOnPortClash(IntFunction<T> start) {
    IllegalStateException clash = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return start.apply(attempt);
      } catch (IllegalStateException e) {
        // Quarkus says "Port N seems to be in use", Kafka "Address already in use", Node's
        // servers (Backstage) "EADDRINUSE".
        String message = e.getMessage();
        if (message == null || !(message.contains("in use") || message.contains("EADDRINUSE"))) {
          throw e;
        }
        clash = e;
      }
    }
    throw clash;
  }
}
