package dev.dataproduct.logic.validate;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.finding.Findings;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.OutputPort;
import dev.dataproduct.rules.OwnerRules;

/** Who owns the product, and whether it says what it is. */
final class OwnershipCheck implements DescriptorCheck {

  @Override
  public void check(ValidationContext context, Findings findings) {
    DataProduct product = context.product();
    var owner = product.owner();
    if (owner.node() != null && isWhitespaceOnly(owner.team())) {
      findings.add(
          Finding.of(OwnerRules.TEAM, owner.node().positionOf("team"), "The owning team is empty")
              .withHint("Name the team that answers for this product, e.g. team: sales-orders."));
    }
    if (owner.email() != null && !Names.EMAIL.matcher(owner.email()).matches()) {
      findings.add(
          Finding.of(
                  OwnerRules.EMAIL,
                  owner.node().positionOf("email"),
                  "\"" + owner.email() + "\" is not an email address")
              .withHint("Write the team's address, e.g. orders@example.com."));
    }
    if (isWhitespaceOnly(product.description())) {
      findings.add(
          Finding.of(
                  OwnerRules.DESCRIPTION,
                  product.node().positionOf("description"),
                  "The product description is empty")
              .withHint("Say in a sentence or two what data this product offers and to whom."));
    }
    for (OutputPort port : product.outputPorts()) {
      if (!port.node().has("description") || isWhitespaceOnly(port.description())) {
        findings.add(
            Finding.of(
                    OwnerRules.PORT_DESCRIPTION,
                    port.node().has("description")
                        ? port.node().positionOf("description")
                        : port.node().position(),
                    "Output port \"" + port.name() + "\" has no description")
                .withHint(
                    "Add description: what one record on "
                        + (port.topic() == null ? "the topic" : port.topic())
                        + " means.")
                .withTarget(port.waiverTarget()));
      }
    }
  }

  /**
   * Text that is there but says nothing. An empty string is the structure rules' to report (the
   * format's JSON Schema requires at least one character), so it is not reported twice.
   */
  static boolean isWhitespaceOnly(String s) {
    return s != null && !s.isEmpty() && s.isBlank();
  }
}
