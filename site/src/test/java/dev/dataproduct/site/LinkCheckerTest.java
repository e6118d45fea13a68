package dev.dataproduct.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

  @TempDir Path site;

  @Test
  void reportsMissingPagesAndAnchorsAndNothingElse() throws IOException {
    Files.createDirectories(site.resolve("rules"));
    Files.writeString(
        site.resolve("index.html"),
        """
        <h2 id="start">Start</h2>
        <a href="rules/A.html">fine</a> <a href="rules/A.html#why">fine anchor</a> <a href="#start">same page</a>
        <a href="https://example.com/missing">external, not followed</a> <a href="mailto:x@example.com">mail</a>
        <a href="rules/B.html">dead page</a> <a href="rules/A.html#nowhere">dead anchor</a>
        <link rel="stylesheet" href="style.css">
        """);
    Files.writeString(
        site.resolve("rules/A.html"),
        "<h2 id=\"why\">Why</h2><a href=\"../index.html#start\">back</a><img src=\"../logo.png\">");

    List<String> dead = LinkChecker.check(site);

    assertEquals(
        List.of(
            "index.html: link to rules/B.html: no such file",
            "index.html: link to rules/A.html#nowhere: no element with id \"nowhere\"",
            "index.html: link to style.css: no such file",
            "rules/A.html: link to ../logo.png: no such file"),
        dead);
  }
}
