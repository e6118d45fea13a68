package dev.dataproduct.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks every internal link of a built site: each {@code href} and {@code src} that is not an
 * absolute URL must name a file of the site, and its {@code #fragment} an {@code id} in that file.
 * External links are not followed (the build has no network beyond Maven Central).
 */
final class LinkChecker {

  private static final Pattern LINK = Pattern.compile("\\b(?:href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

  private LinkChecker() {}

  /** One line per dead link: {@code page: link to target: what is wrong}. */
  static List<String> check(Path site) {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Path, Set<String>> ids = new HashMap<>();
    for (Path page : pages) {
      ids.put(page.toAbsolutePath().normalize(), matches(ID, Sources.read(page)));
    }
    List<String> dead = new ArrayList<>();
    for (Path page : pages) {
      for (String link : matchList(LINK, Sources.read(page))) {
        if (EXTERNAL.matcher(link).matches()) {
          continue;
        }
        String problem = problem(page, link, ids);
        if (problem != null) {
          dead.add(site.relativize(page) + ": link to " + link + ": " + problem);
        }
      }
    }
    return dead;
  }

  private static String problem(Path page, String link, Map<Path, Set<String>> ids) {
    int hash = link.indexOf('#');
    String path = hash < 0 ? link : link.substring(0, hash);
    String fragment =
        hash < 0 ? null : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
    Path target =
        path.isEmpty()
            ? page
            : page.resolveSibling(URLDecoder.decode(path, StandardCharsets.UTF_8));
    target = target.toAbsolutePath().normalize();
    if (!Files.isRegularFile(target)) {
      return "no such file";
    }
    if (fragment != null
        && !fragment.isEmpty()
        && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
      return "no element with id \"" + fragment + "\"";
    }
    return null;
  }

  private static Set<String> matches(Pattern pattern, String html) {
    return new HashSet<>(matchList(pattern, html));
  }

  private static List<String> matchList(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1).replace("&amp;", "&"));
    }
    return found;
  }
}
