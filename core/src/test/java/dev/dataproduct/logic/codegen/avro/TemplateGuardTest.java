package dev.dataproduct.logic.codegen.avro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java rendering is used only with the templates it was written from: a template Velocity would
 * load that differs by one byte (as in another Avro) turns it off.
 */
class TemplateGuardTest {

  @Test
  void acceptsAvro1122sTemplates() {
    assertTrue(AvroTemplates.readTemplatesTranslated());
  }

  @Test
  void rejectsATemplateThatDiffersByOneByte(@TempDir Path classes) throws IOException {
    for (String name : new String[] {"record.vm", "enum.vm", "fixed.vm"}) {
      Path copy = classes.resolve(name).resolve(AvroTemplates.TEMPLATE_DIR.substring(1));
      Files.createDirectories(copy);
      byte[] template;
      try (InputStream in =
          SpecificCompiler.class.getResourceAsStream(AvroTemplates.TEMPLATE_DIR + name)) {
        template = in.readAllBytes();
      }
      template[template.length / 2] ^= 1;
      Files.write(copy.resolve(name), template);
      // Velocity's class path loader asks the thread's context class loader first
      Thread thread = Thread.currentThread();
      ClassLoader original = thread.getContextClassLoader();
      try (URLClassLoader changed =
          new URLClassLoader(new java.net.URL[] {classes.resolve(name).toUri().toURL()}, null)) {
        thread.setContextClassLoader(changed);
        assertFalse(AvroTemplates.readTemplatesTranslated(), name + " changed");
      } finally {
        thread.setContextClassLoader(original);
      }
    }
  }
}
