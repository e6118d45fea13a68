package dev.dataproduct.goal;

import dev.dataproduct.model.contract.Contract;

/**
 * The release a build compares with, or why there is none.
 *
 * @param contract the baseline's contract, {@code null} when there is no baseline
 * @param version the baseline's version, {@code null} when there is none
 * @param source where it came from, for messages: coordinates with the repository, or a path
 * @param whyNone when there is no baseline: one line saying why, e.g. the first release
 */
public record Baseline(Contract contract, String version, String source, String whyNone) {

  public static Baseline none(String why) {
    return new Baseline(null, null, null, why);
  }

  public boolean exists() {
    return contract != null;
  }
}
