package dev.dataproduct.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders pages to HTML in the site's layout and writes them with the style sheet and the
 * descriptor's JSON Schema.
 */
final class SiteWriter {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), HeadingAnchorExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();

  /** The page shell; Mustache escapes every {@code {{value}}} (as the catalog's pages do). */
  private static final Mustache SHELL =
      new DefaultMustacheFactory("dev/dataproduct/site").compile("page.mustache");

  /** Copied as they are; the schema's path is the one the descriptor reference links to. */
  static final String STYLE = "style.css";

  static final String SCHEMA = "schema/dataproduct-v1.schema.json";

  private SiteWriter() {}

  static void write(List<Page> pages, Path output, String version) throws IOException {
    clean(output);
    for (Page page : pages) {
      Path file = output.resolve(page.slug() + ".html");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          layout(page, RENDERER.render(PARSER.parse(page.markdown())), version, pages),
          StandardCharsets.UTF_8);
    }
    copy("/dev/dataproduct/site/" + STYLE, output.resolve(STYLE));
    copy("/META-INF/dataproduct/schema/dataproduct-v1.schema.json", output.resolve(SCHEMA));
  }

  /** One item of the side bar. */
  record MenuItem(String slug, String label, boolean current) {}

  /** What page.mustache shows; every value but {@code body} is escaped. */
  record Shell(
      String title,
      String root,
      String style,
      String version,
      List<MenuItem> menu,
      String body,
      int pageCount) {}

  private static String layout(Page page, String body, String version, List<Page> pages) {
    String section =
        page.slug().contains("/")
            ? page.slug().substring(0, page.slug().indexOf('/')) + "/index"
            : page.slug();
    List<MenuItem> menu =
        Navigation.MENU.stream()
            .map(item -> new MenuItem(item[0], item[1], item[0].equals(section)))
            .toList();
    StringWriter out = new StringWriter();
    SHELL.execute(
        out, new Shell(page.title(), page.root(), STYLE, version, menu, body, pages.size()));
    return out.toString();
  }

  /**
   * A fresh output folder, so a page that is no longer generated does not linger (nor its links).
   */
  private static void clean(Path output) throws IOException {
    if (Files.exists(output)) {
      try (Stream<Path> walk = Files.walk(output)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = SiteWriter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      Files.createDirectories(target.getParent());
      Files.write(target, in.readAllBytes());
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
