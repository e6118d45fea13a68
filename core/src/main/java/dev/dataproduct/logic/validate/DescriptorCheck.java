package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Findings;

/** One group of related rules over a loaded descriptor. Checks report every problem they find. */
interface DescriptorCheck {

  void check(ValidationContext context, Findings findings);
}
