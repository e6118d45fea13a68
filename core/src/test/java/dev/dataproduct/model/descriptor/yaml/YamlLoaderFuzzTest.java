package dev.dataproduct.model.descriptor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.descriptor.model.DescriptorReader;

/**
 * Any bytes as {@code dataproduct.yaml}: the loader returns a document or findings located in the
 * file, never an exception, and the model reader takes whatever document it returns. Plain {@code
 * mvn test} runs the committed inputs in {@code YamlLoaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see benchmarks/README.md).
 */
class YamlLoaderFuzzTest {

  private final YamlLoader loader = new YamlLoader();

  @FuzzTest
  void anyBytesGiveADocumentOrLocatedFindings(byte[] content) {
    YamlLoadResult result = loader.parse(content, "dataproduct.yaml");
    if (result.document().isEmpty()) {
      assertTrue(result.hasErrors(), "no document and no error");
    }
    for (Finding finding : result.findings()) {
      assertEquals("dataproduct.yaml", finding.position().path());
      assertFalse(finding.message().isBlank(), "a finding without a message");
    }
    result.document().ifPresent(document -> assertNotNull(DescriptorReader.read(document)));
  }
}
