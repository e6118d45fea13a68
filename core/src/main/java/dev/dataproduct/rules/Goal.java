package dev.dataproduct.rules;

import java.util.Locale;

/**
 * The goal whose run reports a rule's findings, and so the goal whose waivers of the rule must
 * match something ({@code WAIVER-UNUSED}).
 */
public enum Goal {
  /** Reads the product's own files: descriptor, schemas, policy, waivers. */
  VALIDATE,
  /** Compares the product with its previous release and the products it reads. */
  CHECK,
  /** Writes the release to the catalog and the schema registry. */
  PUBLISH,
  /**
   * Writes a descriptor and schemas from what a team already has (an ODCS contract, a registry's
   * subjects).
   */
  IMPORT;

  /** The goal's name as users type it, e.g. {@code check}. */
  public String goalName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
