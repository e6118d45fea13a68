package dev.dataproduct.infra.catalog;

/**
 * Escaping for the catalog's pages: every text in them comes from a descriptor, which is user data.
 */
final class Html {

  private Html() {}

  /**
   * {@code text} safe in element content and in double- or single-quoted attributes; {@code null}
   * is empty.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
