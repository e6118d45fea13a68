package dev.dataproduct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's Chromium opens pages from the file system, with a fragment its scripts read. */
class HeadlessChromiumTest {

  /** Writes what the fragment held when the page's script ran, as the catalog's pages read it. */
  private static final String PAGE =
      "<!DOCTYPE html><html><body><p id='seen'></p><script>"
          + "document.getElementById('seen').textContent ="
          + " decodeURIComponent(location.hash.substring(1));"
          + "</script></body></html>";

  @Test
  void aPageOpenedWithAFragmentReadsItWhenItLoadsEveryTime(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, PAGE);
    String url = page.toUri().toString();
    try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium"))) {
      chromium.open(url + "#focus=analytics%2Forder-stats");
      assertEquals("focus=analytics/order-stats", seen(chromium));

      // The same page with another fragment loads afresh, so its script sees the new one.
      chromium.open(url + "#focus=sales%2Forders");
      assertEquals("focus=sales/orders", seen(chromium));

      chromium.open(url);
      assertEquals("", seen(chromium));
    }
  }

  private static Object seen(HeadlessChromium chromium) {
    return chromium.evaluate("document.getElementById('seen').textContent");
  }
}
