package dev.dataproduct.model.contract;

/**
 * A contract file that cannot be what the plugin wrote; the reader turns it into a build error that
 * names the jar and the entry.
 */
final class MalformedContract extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What to do about it, when rebuilding the jar is not the answer. */
  private final String fix;

  MalformedContract(String problem) {
    this(problem, null);
  }

  private MalformedContract(String problem, String fix) {
    super(problem, null, false, false);
    this.fix = fix;
  }

  /** A contract in a format this plugin does not know, presumably written by a newer plugin. */
  static MalformedContract unsupportedFormat(String format) {
    return new MalformedContract(
        "the contract has format \""
            + format
            + "\", but this plugin reads "
            + ContractLayout.FORMAT,
        "upgrade dataproduct-maven-plugin to the version that built it");
  }

  String problem() {
    return getMessage();
  }

  /** The fix, or {@code null} when the jar should be rebuilt. */
  String fix() {
    return fix;
  }
}
