package dev.dataproduct.rules;

/** How much a finding matters. Errors fail the build; warnings fail it only when asked to. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The word printed in diagnostic lines, e.g. {@code ERROR}. */
  public String label() {
    return name();
  }
}
