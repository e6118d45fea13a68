package dev.dataproduct.support;

/**
 * The core tests' front end: the same words as the Maven plugin's {@code MavenWording}, so that
 * fixtures, their site pages and the it/ builds assert one text. The plugin's {@code
 * MavenWordingTest} fails when the two copies differ (Maven's words stay out of the core's jar, as
 * issue 12 asks); {@code SecondFrontEndWordingTest} drives the core with other words.
 */
public final class TestWording implements Wording {

  public static final Wording MAVEN_WORDS = new TestWording();

  private TestWording() {}

  @Override
  public String otherDescriptor() {
    return "point the plugin at another file with -Ddataproduct.descriptor=<path>";
  }

  @Override
  public String ruleLevels() {
    return "the plugin's <rules> configuration";
  }

  @Override
  public String listRules() {
    return "mvn dataproduct:rules";
  }

  @Override
  public String publish() {
    return "mvn deploy";
  }

  @Override
  public String packContract() {
    return "add <goal>generate</goal> to the plugin's <execution>";
  }

  @Override
  public String packExports() {
    return "run a phase that packages the jar (mvn package or later), or set -Ddataproduct.exports=always";
  }

  @Override
  public String goal(String name) {
    return "dataproduct:" + name;
  }

  @Override
  public String schemaDirectoryOption() {
    return "<schemaDirectory>";
  }

  @Override
  public String giveVersion() {
    return "build it with Maven";
  }

  @Override
  public String registryUrlOption() {
    return "dataproduct.registry.url";
  }

  @Override
  public String registryCredentials() {
    return "the <server> that dataproduct.registry.serverId names in settings.xml";
  }

  @Override
  public String storeRegistryCredentials() {
    return "put them in a <server> in settings.xml"
        + " (<id>schema-registry</id> with <username> and <password>, encrypted with mvn --encrypt-password),"
        + " named by <registryServerId> or -Ddataproduct.registry.serverId=schema-registry";
  }

  @Override
  public String baselineOption() {
    return "dataproduct.baseline";
  }

  @Override
  public String setBaseline() {
    return "set -Ddataproduct.baseline=<version|path|none>";
  }

  @Override
  public String cacheReleases() {
    return "Build online once (without -o) so that Maven caches what the repositories hold";
  }

  @Override
  public String runBeforePublish(String goal) {
    return "add <goal>"
        + goal
        + "</goal> to the plugin's <execution> next to <goal>publish</goal>,"
        + " or run the lifecycle in the same invocation, e.g. mvn verify dataproduct:publish";
  }

  @Override
  public String skipOption(String goal) {
    return "dataproduct." + goal + ".skip";
  }
}
