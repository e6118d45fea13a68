package dev.dataproduct.maven;

/**
 * The Maven coordinates of a mesh policy artifact, as the {@code <policy>} element configures them:
 *
 * <pre>{@code
 * <policy>
 *   <groupId>com.acme.platform</groupId>
 *   <artifactId>mesh-policy</artifactId>
 *   <version>1.2.0</version>
 * </policy>
 * }</pre>
 *
 * or as one string, {@code -Ddataproduct.policy=com.acme.platform:mesh-policy:1.2.0}.
 */
public class PolicyArtifact {

  private String groupId;
  private String artifactId;
  private String version;

  public PolicyArtifact() {}

  /** Maven calls this for the one-string form, {@code groupId:artifactId:version}. */
  public void set(String coordinates) {
    String[] parts = coordinates.trim().split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "dataproduct.policy \""
              + coordinates
              + "\" is not groupId:artifactId:version, e.g. com.acme.platform:mesh-policy:1.2.0");
    }
    groupId = parts[0];
    artifactId = parts[1];
    version = parts[2];
  }

  public String getGroupId() {
    return groupId;
  }

  public String getArtifactId() {
    return artifactId;
  }

  public String getVersion() {
    return version;
  }

  boolean isEmpty() {
    return groupId == null && artifactId == null && version == null;
  }

  boolean isComplete() {
    return groupId != null && artifactId != null && version != null;
  }

  @Override
  public String toString() {
    return groupId + ":" + artifactId + ":" + version;
  }
}
