package dev.dataproduct.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the documentation site: the hand-written pages under {@code src/pages} and the reference
 * pages generated from the plugin itself (descriptor reference from the JSON Schema, one page per
 * rule from the rule declarations, one page per goal from the plugin descriptor), then checks every
 * internal link and anchor. Any problem ends the build with one line per problem.
 *
 * <p>Arguments: the site module's directory, the output directory, the plugin descriptor that
 * maven-plugin-plugin writes ({@code plugin/target/plugin-enhanced.xml}), the project version.
 */
public final class SiteGenerator {

  private SiteGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: SiteGenerator <site module dir> <output dir> <plugin-enhanced.xml> <version>");
    }
    Path siteModule = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Path pluginDescriptor = Path.of(args[2]);
    String version = args[3];
    if (!Files.isRegularFile(pluginDescriptor)) {
      fail(
          List.of(
              pluginDescriptor
                  + " is missing: build the plugin module in the same run (./mvnw -B -pl site -am verify)"));
    }

    Sources sources = new Sources(siteModule, version);
    List<Page> pages = new ArrayList<>();
    for (String slug : Navigation.HAND_WRITTEN) {
      pages.add(Page.fromMarkdown(slug, sources.page(slug)));
    }
    pages.add(
        Page.fromMarkdown(
            Navigation.DESCRIPTOR,
            DescriptorReference.markdown(sources.descriptorSchema(), sources.exampleDescriptor())));
    pages.addAll(RulePages.pages(sources));
    pages.addAll(GoalPages.pages(pluginDescriptor));

    List<String> problems = new ArrayList<>(sources.problems());
    problems.addAll(GoalPages.problems(pluginDescriptor));
    problems.addAll(DescriptorReference.unknownRuleIds(sources.descriptorSchema()));
    if (problems.isEmpty()) {
      SiteWriter.write(pages, output, version);
      problems.addAll(LinkChecker.check(output));
    }
    if (!problems.isEmpty()) {
      fail(problems);
    }
    System.out.println(
        "[site] "
            + pages.size()
            + " pages written to "
            + output
            + ", every internal link resolves");
  }

  private static void fail(List<String> problems) {
    // exec:java turns an exception into a build error; the message is the whole story.
    throw new SiteProblem(
        problems.size() + " problem(s) in the site:\n  " + String.join("\n  ", problems));
  }

  /** A problem with the site's sources or links, reported without a stack trace worth reading. */
  static final class SiteProblem extends RuntimeException {
    SiteProblem(String message) {
      super(message, null, false, false);
    }
  }
}
