package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.Waiver;
import dev.dataproduct.rules.RuleCatalog;
import dev.dataproduct.rules.WaiverRules;

/** Waivers name a real rule and say why the finding is accepted. */
final class WaiverCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    for (Waiver waiver : context.product().waivers()) {
      if (waiver.rule() != null && RuleCatalog.byId(waiver.rule()).isEmpty()) {
        findings.add(
            Finding.of(
                    WaiverRules.UNKNOWN_RULE,
                    waiver.node().positionOf("rule"),
                    "Waiver names rule \"" + waiver.rule() + "\", which does not exist")
                .withHint(
                    RuleCatalog.closestId(waiver.rule())
                        .map(id -> "Did you mean \"" + id + "\"?")
                        .orElse(
                            "Run '" + context.wording().listRules() + "' to list the rule IDs.")));
      }
      if (OwnershipCheck.isWhitespaceOnly(waiver.justification())) {
        findings.add(
            Finding.of(
                    WaiverRules.JUSTIFICATION,
                    waiver.node().positionOf("justification"),
                    "Waiver of " + waiver.rule() + " gives no justification")
                .withHint(
                    "Say why the finding is acceptable and until when, e.g. \"Consumers migrated to v2 on 2026-10-01\"."));
      }
    }
  }
}
