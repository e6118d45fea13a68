package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.IsoDuration;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.model.policy.Policy;
import dev.dataproduct.rules.PolicyRules;
import dev.dataproduct.rules.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** The parts of a mesh policy that look at the descriptor: domains, topic names, tags, SLOs. */
final class PolicyCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    Policy policy = context.policy();
    if (policy.isNone()) {
      return;
    }
    DataProduct product = context.product();
    String by = " (policy " + policy.source() + ")";
    if (!policy.allowedDomains().isEmpty()
        && product.domain() != null
        && !policy.allowedDomains().contains(product.domain())) {
      findings.add(
          Finding.of(
                  PolicyRules.DOMAIN,
                  product.node().positionOf("domain"),
                  "Domain \"" + product.domain() + "\" is not one the mesh allows" + by)
              .withHint(
                  Suggestions.closest(product.domain(), policy.allowedDomains())
                          .map(s -> "Did you mean \"" + s + "\"? ")
                          .orElse("")
                      + "Allowed: "
                      + String.join(", ", policy.allowedDomains())
                      + "."));
    }
    List<String> missingTags = new ArrayList<>(policy.requiredTags());
    missingTags.removeAll(product.tags());
    if (!missingTags.isEmpty()) {
      findings.add(
          Finding.of(
                  PolicyRules.REQUIRED_TAG,
                  product.node().has("tags")
                      ? product.node().positionOf("tags")
                      : product.node().position(),
                  "The product lacks the required tag"
                      + (missingTags.size() > 1 ? "s " : " ")
                      + String.join(", ", missingTags)
                      + by)
              .withHint("Add " + String.join(", ", missingTags) + " to tags."));
    }
    for (OutputPort port : product.outputPorts()) {
      topicPattern(findings, policy, context, port, by);
      minimumSlo(findings, policy, port, by);
    }
  }

  private static void topicPattern(
      Findings findings, Policy policy, ValidationContext context, OutputPort port, String by) {
    if (policy.topicPattern() == null || port.topic() == null) {
      return;
    }
    String expected =
        TopicPattern.expand(
            policy.topicPattern(), context.product(), port, context.productVersion());
    if (expected != null && !expected.equals(port.topic())) {
      findings.add(
          Finding.of(
                  PolicyRules.TOPIC_PATTERN,
                  port.node().positionOf("topic"),
                  "Topic \""
                      + port.topic()
                      + "\" does not follow the pattern "
                      + policy.topicPattern()
                      + by)
              .withHint("Name it \"" + expected + "\".")
              .withTarget(port.waiverTarget()));
    }
  }

  private static void minimumSlo(Findings findings, Policy policy, OutputPort port, String by) {
    Policy.MinimumSlo minimum = policy.minimumSlo();
    if (minimum == null) {
      return;
    }
    var slo = port.slo();
    if (slo == null) {
      findings.add(
          Finding.of(
                  PolicyRules.MIN_SLO,
                  port.node().position(),
                  "Output port \"" + port.name() + "\" declares no SLO" + by)
              .withHint(
                  "Add slo: { freshness: "
                      + (minimum.freshnessText() == null ? "PT5M" : minimum.freshnessText())
                      + ", availability: "
                      + (minimum.availability() == null
                          ? "99.9"
                          : minimum.availability().toPlainString())
                      + " }.")
              .withTarget(port.waiverTarget()));
      return;
    }
    if (minimum.freshness() != null) {
      var freshness =
          slo.freshness() == null ? null : IsoDuration.parse(slo.freshness()).orElse(null);
      // A freshness that is not a duration (PORT-DURATION, which may be off or waived) cannot be
      // shown to meet the minimum, so it does not.
      if (freshness == null || freshness.compareTo(minimum.freshness()) > 0) {
        findings.add(
            Finding.of(
                    PolicyRules.MIN_SLO,
                    slo.node().has("freshness")
                        ? slo.node().positionOf("freshness")
                        : slo.node().position(),
                    "Freshness of port \""
                        + port.name()
                        + "\" is "
                        + (slo.freshness() == null
                            ? "not declared"
                            : freshness == null
                                ? "\"" + slo.freshness() + "\", not an ISO-8601 duration"
                                : slo.freshness())
                        + "; the mesh requires at most "
                        + minimum.freshnessText()
                        + by)
                .withHint("Promise freshness: " + minimum.freshnessText() + " or better.")
                .withTarget(port.waiverTarget()));
      }
    }
    if (minimum.availability() != null
        && (slo.availability() == null
            || slo.availability().compareTo(minimum.availability()) < 0)) {
      findings.add(
          Finding.of(
                  PolicyRules.MIN_SLO,
                  slo.node().has("availability")
                      ? slo.node().positionOf("availability")
                      : slo.node().position(),
                  "Availability of port \""
                      + port.name()
                      + "\" is "
                      + (slo.availability() == null
                          ? "not declared"
                          : slo.availability().toPlainString())
                      + "; the mesh requires at least "
                      + minimum.availability().toPlainString()
                      + by)
              .withHint(
                  "Promise availability: " + minimum.availability().toPlainString() + " or better.")
              .withTarget(port.waiverTarget()));
    }
  }
}
