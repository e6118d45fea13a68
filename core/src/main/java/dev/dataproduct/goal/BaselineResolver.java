package dev.dataproduct.goal;

import dev.dataproduct.model.contract.Contract;
import dev.dataproduct.support.BuildError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the release to compare with, as japicmp does: by default the newest release of the product
 * below the version being built, from the build's {@link ReleaseRepository}. The result is kept for
 * the build ({@link BuildFacts#once}), so {@code generate}, {@code validate} and {@code check}
 * resolve it, and read its jar, once ({@link ReadOnce}).
 *
 * <p>The {@code baseline} option may instead be {@code none}, an exact version, a version pattern
 * ({@code 1.*}), a version range ({@code [1.0,2.0)}), or a path to a jar or directory holding a
 * contract.
 *
 * <p>It fails closed: a baseline that could not be established is a build error, never a first
 * release. "First release" is said only when every repository answered and none holds an earlier
 * release, or when {@code none} was asked for. Offline, a repository answers only from what an
 * earlier online build cached of it; with nothing cached from any of them, nothing answered.
 */
public final class BaselineResolver {

  public static final String NONE = "none";

  private final BuildFacts facts;

  public BaselineResolver(BuildFacts facts) {
    this.facts = facts;
  }

  /** The baseline for {@code option}, resolved at most once per option in a build. */
  public Baseline resolve(String option) {
    String trimmed = option == null ? "" : option.trim();
    if (looksLikePath(trimmed)) {
      return resolveUncached(
          trimmed); // nothing to ask; the contract is read once for its bytes (ReadOnce)
    }
    return facts.once(
        BaselineResolver.class.getName() + ":" + trimmed,
        Baseline.class,
        () -> resolveUncached(trimmed));
  }

  private Baseline resolveUncached(String option) {
    String version = facts.version();
    String property = facts.wording().baselineOption();
    if (option.equalsIgnoreCase(NONE)) {
      return Baseline.none(
          property
              + " is none: nothing to compare "
              + facts.name()
              + " "
              + version
              + " with; it is checked and packed as a first release");
    }
    if (looksLikePath(option)) {
      Path path = facts.baseDir().resolve(option).normalize();
      if (!Files.exists(path)) {
        throw new BuildError(
            property
                + " points at "
                + path
                + ", which does not exist; give a jar or a directory holding META-INF/dataproduct");
      }
      Contract contract = ReadOnce.contract(facts, path);
      return new Baseline(contract, contract.version(), path.toString(), null);
    }
    String range;
    Pattern pattern = null;
    if (option.isEmpty()) {
      range = "(," + version + ")";
    } else if (option.startsWith("[") || option.startsWith("(")) {
      range = option;
    } else if (option.contains("*")) {
      range = "(," + version + ")";
      pattern = Pattern.compile(Pattern.quote(option).replace("*", "\\E.*\\Q"));
    } else {
      return fetch(option, property + " " + option);
    }
    ReleaseRepository releases = facts.releases();
    ReleaseRepository.Versions found = releases.versions(range);
    Pattern matching = pattern;
    List<String> earlier =
        found.versions().stream()
            .filter(
                v ->
                    !v.endsWith("-SNAPSHOT")
                        && !v.equals(version)
                        && (matching == null || matching.matcher(v).matches()))
            .toList();
    String answered = answeredBy(found, earlier, releases.coordinates());
    if (earlier.isEmpty() && !found.notAsked().isEmpty()) {
      // The repositories that answered hold none, but one that could not be asked may.
      throw new BuildError(
          "Cannot establish the baseline of "
              + releases.coordinates()
              + " "
              + version
              + ": no earlier release in "
              + answered
              + ", but the build is offline and the local repository holds nothing cached from "
              + describe(found.notAsked())
              + ", which may hold one; a baseline that cannot be established is not a first"
              + " release. "
              + facts.wording().cacheReleases()
              + ", or "
              + facts.wording().setBaseline());
    }
    if (earlier.isEmpty()) {
      String where = option.isEmpty() ? "below " + version : "matching " + option;
      return Baseline.none(
          "No earlier release of "
              + releases.coordinates()
              + " "
              + where
              + " in "
              + answered
              + " or the local repository; this is the first release");
    }
    // Ascending order: the last is the newest.
    return fetch(earlier.get(earlier.size() - 1), "the newest release below " + version);
  }

  /**
   * Which repositories answered, for messages; fails when none did. A repository the build could
   * not ask (offline, nothing cached of it) did not answer; when no repository did, the baseline is
   * unknown: releases installed on this machine alone need not be the newest, so they do not settle
   * it either.
   */
  private String answeredBy(ReleaseRepository.Versions found, List<String> earlier, String ga) {
    if (found.notAsked().isEmpty()) {
      return describe(found.answered());
    }
    if (found.answered().isEmpty()) {
      String installed =
          earlier.isEmpty()
              ? ""
              : " (the local repository holds "
                  + String.join(", ", earlier)
                  + " installed by a build on this machine, which need not be the newest release)";
      throw new BuildError(
          "Cannot establish the baseline of "
              + ga
              + " "
              + facts.version()
              + ": the build is offline and the local repository holds"
              + " nothing cached from "
              + describe(found.notAsked())
              + " about the releases of "
              + ga
              + installed
              + "; a baseline that cannot be established is not a first release. "
              + facts.wording().cacheReleases()
              + ", or "
              + facts.wording().setBaseline());
    }
    facts
        .log()
        .info(
            "Offline: the releases of "
                + ga
                + " are those the local repository cached from "
                + describe(found.answered())
                + " in an earlier online build; not asked: "
                + describe(found.notAsked()));
    return describe(found.answered()) + " (cached in the local repository; offline)";
  }

  private Baseline fetch(String version, String why) {
    ReleaseRepository releases = facts.releases();
    ReleaseRepository.Fetched fetched = releases.fetch(version, why);
    Contract contract = ReadOnce.contract(facts, fetched.file());
    String source = releases.coordinates() + ":" + version + " from " + fetched.from();
    if (!version.equals(contract.version())) {
      // A jar deployed with a contract packed for another version: comparing with that one would
      // pass changes this release's consumers already have, or miss them.
      throw new BuildError(
          "The baseline "
              + source
              + " carries the contract of version "
              + contract.version()
              + ", not its own: it was built with a contract packed for another version, so what "
              + version
              + " released is unknown; "
              + facts.wording().setBaseline()
              + " to compare with another release");
    }
    return new Baseline(contract, version, source, null);
  }

  static boolean looksLikePath(String option) {
    return option.endsWith(".jar")
        || option.contains("/")
        || option.contains(File.separator)
        || option.equals(".");
  }

  private static String describe(List<String> repositories) {
    return repositories.isEmpty() ? "no remote repository" : String.join(", ", repositories);
  }
}
