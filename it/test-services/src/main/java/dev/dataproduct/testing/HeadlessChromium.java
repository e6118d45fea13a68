package dev.dataproduct.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium (the machine's own, Debian's {@code chromium} package; nothing is
 * downloaded), driven over the DevTools protocol with {@code java.net.http}'s WebSocket: open a
 * page, run JavaScript in it, type into it as a user does, take a screenshot.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start(workDir)) {
 *   chromium.open(catalog.resolve("index.html").toUri().toString());
 *   chromium.typeInto("#search", "orders");
 *   Object names = chromium.evaluate("[...document.querySelectorAll('.product-card')].filter(c => !c.hidden).length");
 *   chromium.screenshot(workDir.resolve("search.png"));
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

  /**
   * The system property or environment variable ({@code DATAPRODUCT_IT_CHROMIUM}) that names the
   * browser; default {@code /usr/bin/chromium}.
   */
  public static final String BINARY_PROPERTY = "dataproduct.it.chromium";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern DEVTOOLS =
      Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /**
   * Starts the browser with a fresh profile under {@code workDir}, its output in {@code
   * workDir/chromium.log}.
   */
  public static HeadlessChromium start(Path workDir) {
    try {
      Files.createDirectories(workDir);
      Process process =
          new ProcessBuilder(
                  List.of(
                      binary(),
                      "--headless",
                      "--no-sandbox",
                      "--disable-gpu",
                      "--disable-background-networking",
                      "--disable-component-update",
                      "--disable-sync",
                      "--no-first-run",
                      "--hide-scrollbars",
                      "--window-size=1280,900",
                      "--user-data-dir=" + workDir.resolve("profile"),
                      "--remote-debugging-address=127.0.0.1",
                      "--remote-debugging-port=0",
                      "about:blank"))
              .redirectErrorStream(true)
              .start();
      try {
        int port = awaitDevTools(process, workDir.resolve("chromium.log"));
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets =
            JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/json/list"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        String page = null;
        for (JsonNode target : targets) {
          if ("page".equals(target.path("type").asText())) {
            page = target.path("webSocketDebuggerUrl").asText();
            break;
          }
        }
        if (page == null) {
          throw new IllegalStateException("Chromium has no page to drive: " + targets);
        }
        Listener listener = new Listener();
        WebSocket socket =
            http.newWebSocketBuilder()
                .buildAsync(URI.create(page), listener)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        HeadlessChromium chromium = new HeadlessChromium(process, socket);
        listener.owner = chromium;
        chromium.send("Page.enable", JSON.createObjectNode());
        chromium.send("Runtime.enable", JSON.createObjectNode());
        return chromium;
      } catch (RuntimeException
          | IOException
          | InterruptedException
          | ExecutionException
          | TimeoutException e) {
        process.destroyForcibly();
        throw e instanceof RuntimeException r
            ? r
            : new IllegalStateException("Cannot drive Chromium: " + e, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start " + binary() + " (install Debian's chromium package)", e);
    }
  }

  /**
   * Opens {@code url}, which may carry a query and a {@code #fragment}, and waits until the page
   * and its scripts have loaded. The page always loads afresh, as in a new tab, so that its scripts
   * see the fragment when they start: the browser would only scroll for a URL that differs from the
   * open one by its fragment.
   */
  public void open(String url) {
    URI target = URI.create(url);
    String expected = asTheBrowserWritesIt(target);
    String document = expected.split("#", 2)[0];
    if (document.equals(evaluate("location.href.split('#')[0]"))) {
      awaitLocation("about:blank", url);
    }
    awaitLocation(expected, url);
  }

  /**
   * The browser writes file:/x as file:///x, and keeps the query and the fragment as they were
   * written (still percent-encoded).
   */
  private static String asTheBrowserWritesIt(URI target) {
    if (!"file".equals(target.getScheme())) {
      return target.toString();
    }
    return "file://"
        + target.getRawPath()
        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
        + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
  }

  /** Navigates to {@code expected} and waits until the browser shows it, fully loaded. */
  private void awaitLocation(String expected, String url) {
    send("Page.navigate", JSON.createObjectNode().put("url", expected));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!expected.equals(evaluate("document.location.href"))
        || !"complete".equals(evaluate("document.readyState"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Chromium did not load " + url + " within " + TIMEOUT);
      }
      pause(50);
    }
  }

  /**
   * The value of a JavaScript expression in the page: a String, Number, Boolean, List, Map or
   * {@code null}.
   */
  public Object evaluate(String expression) {
    JsonNode result =
        send(
            "Runtime.evaluate",
            JSON.createObjectNode()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "JavaScript failed: " + expression + ": " + result.get("exceptionDetails"));
    }
    return JSON.convertValue(result.path("result").path("value"), Object.class);
  }

  /**
   * Focuses the element {@code selector} finds and types {@code text} into it, as a keyboard would.
   */
  public void typeInto(String selector, String text) {
    Object found =
        evaluate(
            "(function () { var e = document.querySelector("
                + quote(selector)
                + "); if (!e) return false; e.focus(); return true; })()");
    if (!Boolean.TRUE.equals(found)) {
      throw new IllegalStateException("No element " + selector + " to type into");
    }
    send("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /** Saves a PNG of the page as it is rendered, the full page's height. */
  public Path screenshot(Path png) {
    ObjectNode params =
        JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    JsonNode shot = send("Page.captureScreenshot", params);
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is stopped below either way.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private JsonNode send(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    try {
      socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (response.has("error")) {
        throw new IllegalStateException(method + " failed: " + response.get("error"));
      }
      return response.path("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer from Chromium: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Reads the browser's output into the log until it says where DevTools listens; returns the port.
   */
  private static int awaitDevTools(Process process, Path logFile)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                  Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  log.write(line + "\n");
                  log.flush();
                  Matcher m = DEVTOOLS.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(2)));
                  }
                }
                port.completeExceptionally(
                    new IllegalStateException(
                        "Chromium exited before DevTools listened; see " + logFile));
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
            },
            "chromium-output");
    reader.setDaemon(true);
    reader.start();
    return port.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  private static String binary() {
    String configured =
        System.getProperty(BINARY_PROPERTY, System.getenv("DATAPRODUCT_IT_CHROMIUM"));
    return configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured;
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private void answer(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> waiting = pending.get(message.get("id").asInt());
        if (waiting != null) {
          waiting.complete(message);
        }
      }
    } catch (IOException e) {
      // Not JSON: nothing the protocol sends; ignore it.
    }
  }

  /** Gathers the protocol's messages, which may arrive in parts, and hands each whole one on. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();
    private volatile HeadlessChromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String message = parts.toString();
        parts.setLength(0);
        if (owner != null) {
          owner.answer(message);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
