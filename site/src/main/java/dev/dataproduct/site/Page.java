package dev.dataproduct.site;

/**
 * One page of the site: its slug ({@code rules/NAMING-KEBAB-CASE}), its title (the first heading)
 * and its body as Markdown, which may hold HTML.
 */
record Page(String slug, String title, String markdown) {

  static Page fromMarkdown(String slug, String markdown) {
    String title =
        markdown
            .lines()
            .filter(line -> line.startsWith("# "))
            .findFirst()
            .map(line -> line.substring(2).strip())
            .orElseThrow(
                () -> new IllegalArgumentException("page " + slug + " has no '# ' title line"));
    return new Page(slug, title, markdown);
  }

  /** How to reach the site's root from this page: {@code ""} or {@code "../"}. */
  String root() {
    return "../".repeat((int) slug.chars().filter(c -> c == '/').count());
  }
}
