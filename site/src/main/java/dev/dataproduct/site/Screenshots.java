package dev.dataproduct.site;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Opens pages of the built site in headless Chromium and keeps a screenshot of each: every page of
 * the menu, plus one rule page and one goal page. A screenshot that Chromium did not write, or that
 * is one flat colour (a page that did not render), fails the build.
 *
 * <p>Arguments: the Chromium executable, the site directory, the screenshot directory.
 */
public final class Screenshots {

  private static final List<String> EXTRA_PAGES = List.of("rules/COMPAT-WIRE", "goals/check");

  private Screenshots() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3) {
      throw new SiteGenerator.SiteProblem(
          "Usage: Screenshots <chromium executable> <site directory> <screenshot directory>");
    }
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
      throw new SiteGenerator.SiteProblem(
          "Chromium did not render "
              + problems.size()
              + " page(s):\n  "
              + String.join("\n  ", problems));
    }
    System.out.println(
        "[site] " + slugs.size() + " screenshots from " + chromium + " in " + screenshots);
  }

  private static String screenshot(Path chromium, Path page, Path png)
      throws IOException, InterruptedException {
    // A fresh profile per run, inside target/, so no state leaks between pages or builds.
    Path profile = Files.createTempDirectory(png.getParent().getParent(), "chromium-profile-");
    try {
      return render(chromium, page, png, profile);
    } finally {
      deleteTree(profile);
    }
  }

  private static String render(Path chromium, Path page, Path png, Path profile)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=1280,2000",
                "--screenshot=" + png,
                page.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(png.resolveSibling(png.getFileName() + ".log").toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "Chromium took more than 60 s";
    }
    if (!Files.isRegularFile(png)) {
      return "no screenshot written (exit code "
          + process.exitValue()
          + "; see "
          + png.getFileName()
          + ".log)";
    }
    BufferedImage image = ImageIO.read(png.toFile());
    return image == null
        ? "the screenshot is not a PNG"
        : colours(image) < 8 ? "the screenshot is blank" : null;
  }

  /**
   * Best effort: a Chromium helper process still ending may hold a file; what stays is under
   * target/.
   */
  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.out.println("[site] could not remove " + root + ": " + e.getMessage());
    }
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
