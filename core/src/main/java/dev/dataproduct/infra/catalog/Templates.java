package dev.dataproduct.infra.catalog;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The catalog's page templates ({@code dev/dataproduct/infra/catalog/templates/*.mustache}). Every
 * {@code {{value}}} is escaped with {@link Html#escape}, for element content and attributes alike;
 * a template writes unescaped text only with {@code {{{value}}}}, and none does.
 */
final class Templates {

  private static final DefaultMustacheFactory FACTORY =
      new DefaultMustacheFactory("dev/dataproduct/infra/catalog/templates") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(Html.escape(value));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private Templates() {}

  /** {@code name}.mustache rendered with {@code view}'s accessors. */
  static String render(String name, Object view) {
    Mustache template = FACTORY.compile(name + ".mustache");
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }
}
