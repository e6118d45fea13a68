package dev.dataproduct.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalPagesTest {

  @TempDir Path temp;

  @Test
  void javadocThatMavenPluginToolsCutAtABraceIsAProblem() throws IOException {
    Path descriptor = temp.resolve("plugin-enhanced.xml");
    Files.writeString(
        descriptor,
        """
        <plugin><mojos><mojo>
          <goal>validate</goal><description>Validates.</description>
          <parameters>
            <parameter><name>descriptor</name><type>java.io.File</type><editable>true</editable>
              <description>The descriptor. &lt;pre&gt;&lt;code&gt;&amp;lt;descriptor&amp;gt;${project.basedir&lt;/code&gt;/x.yaml}&lt;/pre&gt;</description></parameter>
            <parameter><name>skip</name><type>boolean</type><editable>true</editable>
              <description>Skips. &lt;pre&gt;&amp;lt;skip&amp;gt;${dataproduct.skip}&amp;lt;/skip&amp;gt;&lt;/pre&gt;</description></parameter>
            <parameter><name>project</name><type>MavenProject</type><editable>false</editable><description></description></parameter>
          </parameters>
          <configuration><skip default-value="false">${dataproduct.skip}</skip></configuration>
        </mojo></mojos></plugin>
        """);

    assertEquals(1, GoalPages.problems(descriptor).size());
    assertEquals(
        true,
        GoalPages.problems(descriptor)
            .get(0)
            .startsWith(
                "the Javadoc of parameter descriptor of goal validate has a ${...} inside {@code ...}"));
    GoalPages.Parameter skip = GoalPages.goals(descriptor).get(0).parameters().get(1);
    assertEquals(
        new GoalPages.Parameter(
            "skip", "boolean", false, "dataproduct.skip", "false", "", skip.description()),
        skip);
  }
}
