package dev.dataproduct.testkit.process;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Whether a service started in the background answers yet: its readiness check over HTTP. */
public final class HttpProbe {

  private HttpProbe() {}

  /**
   * Whether {@code request} is answered with 200; a refused or failed connection is "not yet". An
   * interrupt is kept for the caller's wait to see.
   */
  public static boolean answersOk(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
