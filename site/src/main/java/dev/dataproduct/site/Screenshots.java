package dev.dataproduct.site;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Opens pages of the built site in headless Chromium and keeps a screenshot of each: every page
 * of the menu, plus one rule page and one goal page. A screenshot that Chromium did not write, or
 * that is one flat colour (a page that did not render), fails the build.
 *
 * <p>Arguments: the Chromium executable, the site directory, the screenshot directory.
 */
public final class Screenshots {

  private static final List<String> EXTRA_PAGES = List.of("rules/COMPAT-WIRE", "goals/check");

  private Screenshots() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path chromium = Path.of(args[0]);
    Path site = Path.of(args[1]).toAbsolutePath();
    Path screenshots = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(screenshots);
    List<String> slugs = new ArrayList<>();
    for (String[] item : Navigation.MENU) {
      slugs.add(item[0]);
    }
    slugs.addAll(EXTRA_PAGES);
    List<String> problems = new ArrayList<>();
    for (String slug : slugs) {
      Path png = screenshots.resolve(slug.replace('/', '-') + ".png");
      Files.deleteIfExists(png);
      String problem = screenshot(chromium, site.resolve(slug + ".html"), png);
      if (problem != null) {
        problems.add(slug + ": " + problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new SiteGenerator.SiteProblem("Chromium did not render " + problems.size() + " page(s):\n  " + String.join("\n  ", problems));
    }
    System.out.println("[site] " + slugs.size() + " screenshots from " + chromium + " in " + screenshots);
  }

  private static String screenshot(Path chromium, Path page, Path png) throws IOException, InterruptedException {
    // A fresh profile per run, inside target/, so no state leaks between pages or builds.
    Path profile = Files.createTempDirectory(png.getParent().getParent(), "chromium-profile-");
    Process process = new ProcessBuilder(
        chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=1280,2000", "--screenshot=" + png, page.toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(png.resolveSibling(png.getFileName() + ".log").toFile())
        .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "Chromium took more than 60 s";
    }
    if (!Files.isRegularFile(png)) {
      return "no screenshot written (exit code " + process.exitValue() + "; see " + png.getFileName() + ".log)";
    }
    BufferedImage image = ImageIO.read(png.toFile());
    return image == null ? "the screenshot is not a PNG" : colours(image) < 8 ? "the screenshot is blank" : null;
  }

  /** Distinct colours on a grid of sample points: a page with text and a menu has many. */
  private static int colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
