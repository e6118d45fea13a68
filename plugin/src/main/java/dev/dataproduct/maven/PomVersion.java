package dev.dataproduct.maven;

import dev.dataproduct.finding.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where a POM gives the project's version, so a finding about a version the descriptor does not
 * write points at the line to edit: the project's own {@code <version>}, else the inherited one in
 * {@code <parent>}, else the file.
 */
final class PomVersion {

  private PomVersion() {}

  /**
   * @param pom the project's POM file
   * @param path the POM's path as findings print it, e.g. {@code pom.xml}
   * @return the position of the version's text, or the file when the POM cannot be read or has none
   */
  static SourcePosition position(Path pom, String path) {
    SourcePosition parents = null;
    // The JDK's own StAX parser, whatever else is on the plugin's class path: its locations are
    // known.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(pom)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        String parent = null; // the element at depth 2 that holds the current one
        int depth = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            String name = xml.getLocalName();
            if (depth == 2 && name.equals("version")) {
              return at(xml, path);
            }
            if (depth == 2) {
              parent = name;
            } else if (depth == 3 && "parent".equals(parent) && name.equals("version")) {
              parents = at(xml, path);
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      // Maven has read this POM already; without a position the finding still names the file.
    }
    return parents != null ? parents : SourcePosition.file(path);
  }

  /** After a start tag the parser stands where the element's text begins. */
  private static SourcePosition at(XMLStreamReader xml, String path) {
    int line = xml.getLocation().getLineNumber();
    int column = xml.getLocation().getColumnNumber();
    return line > 0 && column > 0
        ? new SourcePosition(path, line, column)
        : SourcePosition.file(path);
  }
}
