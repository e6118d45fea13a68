package dev.dataproduct.logic.publish;

import static dev.dataproduct.infra.catalog.CatalogFixtures.product;
import static dev.dataproduct.infra.catalog.CatalogFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.SourcePosition;
import dev.dataproduct.infra.catalog.DirectoryCatalog;
import dev.dataproduct.infra.catalog.PublishRequest;
import dev.dataproduct.rules.CatalogRules;
import dev.dataproduct.rules.RuleSettings;
import dev.dataproduct.rules.Severity;
import dev.dataproduct.support.TestWording;
import dev.dataproduct.support.log.BuildLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check's look into the catalog: a release version already published with other content is a
 * finding before anything is deployed.
 */
class PublishedVersionTest {

  private static final SourcePosition DESCRIPTOR = new SourcePosition("dataproduct.yaml", 1, 1);

  @TempDir Path temp;

  private DirectoryCatalog catalog() {
    return new DirectoryCatalog(
        temp.resolve("catalog"), BuildLog.silent(), TestWording.MAVEN_WORDS);
  }

  private static PublishRequest orders(String version, String field) {
    return product("sales", "orders", version, field);
  }

  private List<Finding> check(PublishRequest request) {
    return PublishedVersion.check(catalog(), request, DESCRIPTOR, RuleSettings.defaults());
  }

  @Test
  void aMissingCatalogIsNoFindingAndIsNotCreated() {
    assertEquals(List.of(), check(orders("1.0.0", "id")));
    assertFalse(Files.exists(temp.resolve("catalog")), "nothing created");
  }

  @Test
  void aVersionTheCatalogDoesNotHoldIsNoFinding() {
    catalog().publish(orders("1.0.0", "id"));

    assertEquals(List.of(), check(orders("1.1.0", "orderId")));
  }

  @Test
  void theSameContentAgainIsNoFindingEvenWithAnotherCheckReport() {
    catalog().publish(orders("1.0.0", "id"));
    PublishRequest same = orders("1.0.0", "id");
    PublishRequest newReport =
        new PublishRequest(
            same.entry(),
            same.contractFiles(),
            "{\"goal\": \"check\", \"findings\": []}\n".getBytes(StandardCharsets.UTF_8),
            false);

    assertEquals(List.of(), check(same));
    assertEquals(List.of(), check(newReport));
  }

  @Test
  void
      otherContentUnderAPublishedVersionIsAnErrorNamingTheFolderAndTheFirstDifferenceAndWritesNothing()
          throws Exception {
    catalog().publish(orders("1.0.0", "id"));
    Map<String, String> before = snapshot(temp);
    Path folder = temp.resolve("catalog/products/sales/orders/1.0.0").toAbsolutePath().normalize();

    List<Finding> findings = check(orders("1.0.0", "orderId"));

    assertEquals(1, findings.size(), findings.toString());
    Finding finding = findings.get(0);
    assertEquals(CatalogRules.VERSION_PUBLISHED, finding.rule());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(
        "dataproduct.yaml:1:1: ERROR [CATALOG-VERSION-PUBLISHED] sales/orders 1.0.0 is already published in the catalog, in "
            + folder
            + ", with other content: ports/events/value.avsc differs; publish would refuse it",
        finding.diagnosticLine());
    assertEquals(
        "Release it under a new version (a patch version for a fix): a published version never changes.",
        finding.hint());
    assertEquals(before, snapshot(temp), "the catalog is as it was");
  }

  @Test
  void severalDifferencesNameTheFirstAndCountTheRest() {
    catalog().publish(orders("1.0.0", "id"));
    PublishRequest other = orders("1.0.0", "orderId");
    TreeMap<String, byte[]> files = new TreeMap<>(other.contractFiles());
    files.put("contract.json", "{\"changed\": true}\n".getBytes(StandardCharsets.UTF_8));

    List<Finding> findings = check(new PublishRequest(other.entry(), files, null, false));

    assertEquals(1, findings.size(), findings.toString());
    assertTrue(
        findings
            .get(0)
            .message()
            .endsWith(
                " with other content: contract.json differs (and 1 more); publish would refuse it"),
        findings.get(0).message());
  }

  @Test
  void theRuleFollowsTheConfiguredLevel() {
    catalog().publish(orders("1.0.0", "id"));

    List<Finding> off =
        PublishedVersion.check(
            catalog(),
            orders("1.0.0", "orderId"),
            DESCRIPTOR,
            RuleSettings.defaults()
                .with(CatalogRules.VERSION_PUBLISHED.id(), RuleSettings.Level.OFF));
    List<Finding> warning =
        PublishedVersion.check(
            catalog(),
            orders("1.0.0", "orderId"),
            DESCRIPTOR,
            RuleSettings.defaults()
                .with(CatalogRules.VERSION_PUBLISHED.id(), RuleSettings.Level.WARNING));

    assertEquals(List.of(), off);
    assertEquals(List.of(Severity.WARNING), warning.stream().map(Finding::severity).toList());
  }
}
