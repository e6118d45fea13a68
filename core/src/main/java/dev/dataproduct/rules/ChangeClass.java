package dev.dataproduct.rules;

/**
 * What a rule's finding says about the change between two releases, and so which release it needs,
 * as japicmp classes changes: a {@link #BREAKING} finding needs a new major version, a {@link
 * #COMPATIBLE} one is reported but any newer version may carry it, and a rule about the product as
 * it stands ({@link #NONE}) says nothing about versions.
 */
public enum ChangeClass {
  /** Consumers of the previous release break: allowed in a new major version, refused otherwise. */
  BREAKING(
      "major",
      "breaks consumers of the previous release: allowed in a new major version, an error otherwise"),
  /** Consumers keep working; they are told because they may want to know. */
  COMPATIBLE(
      "minor or patch",
      "keeps consumers of the previous release working; any newer version may make it"),
  /** The rule is about the product as it stands, not about a change between releases. */
  NONE("none", "not about a change between releases");

  private final String release;
  private final String meaning;

  ChangeClass(String release, String meaning) {
    this.release = release;
    this.meaning = meaning;
  }

  /** The semantic-version step the change needs at least: "major", "minor or patch" or "none". */
  public String release() {
    return release;
  }

  /** One line on what the class means, for the rule pages and {@code dataproduct:rules}. */
  public String meaning() {
    return meaning;
  }
}
