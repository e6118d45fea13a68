package dev.dataproduct.support;

/**
 * How the front end that runs the core names its own options, commands and configuration in
 * messages. A message says what is wrong in the core's words; where it tells the user what to do in
 * their build tool, it asks the front end for those words. The Maven plugin's are its {@code
 * MavenWording}; the examples below are Maven's.
 */
public interface Wording {

  /**
   * How to name another descriptor file: "point the plugin at another file with
   * -Ddataproduct.descriptor=&lt;path&gt;".
   */
  String otherDescriptor();

  /** Where rule levels are overridden: "the plugin's &lt;rules&gt; configuration". */
  String ruleLevels();

  /** The command that lists the rule IDs: "mvn dataproduct:rules". */
  String listRules();

  /** The command that publishes a data product: "mvn deploy". */
  String publish();

  /**
   * What makes the build pack the contract before publishing: "add
   * &lt;goal&gt;generate&lt;/goal&gt; to the plugin's &lt;execution&gt;".
   */
  String packContract();

  /**
   * What makes generate pack the exports in the open standards, which it leaves out of builds that
   * package nothing: "run a phase that packages the jar (mvn package or later), or set
   * -Ddataproduct.exports=always".
   */
  String packExports();

  /** A goal or command of this tool: "dataproduct:validate" for {@code validate}. */
  String goal(String name);

  /** The option that names the Avro sources' directory: "&lt;schemaDirectory&gt;". */
  String schemaDirectoryOption();

  /**
   * How a build gives a product its version when the descriptor has none: "build it with Maven".
   */
  String giveVersion();

  /** The option that names the schema registry: "dataproduct.registry.url". */
  String registryUrlOption();

  /**
   * Where the registry credentials a build sends come from: "the &lt;server&gt; that
   * dataproduct.registry.serverId names in settings.xml".
   */
  String registryCredentials();

  /**
   * How to give the registry credentials instead of in its URL: "put them in a &lt;server&gt; in
   * settings.xml (...)".
   */
  String storeRegistryCredentials();

  /** The option that names the release to compare with: "dataproduct.baseline". */
  String baselineOption();

  /**
   * How to name the baseline instead of looking it up: "set
   * -Ddataproduct.baseline=&lt;version|path|none&gt;".
   */
  String setBaseline();

  /**
   * How an offline build gets the repositories' answers: "Build online once (without -o) so that
   * Maven caches what the repositories hold".
   */
  String cacheReleases();

  /**
   * How to run {@code goal} in the build that publishes: "add &lt;goal&gt;validate&lt;/goal&gt; to
   * the plugin's &lt;execution&gt; next to &lt;goal&gt;publish&lt;/goal&gt;, or run the lifecycle
   * in the same invocation, e.g. mvn verify dataproduct:publish".
   */
  String runBeforePublish(String goal);

  /** The switch that skips {@code goal}: "dataproduct.validate.skip". */
  String skipOption(String goal);
}
