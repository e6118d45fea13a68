package dev.dataproduct.model.policy;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.Waiver;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Turns findings that a product's waiver accepts into information carrying the waiver's
 * justification, and remembers which waivers accepted something. A waiver matches a finding with
 * the same rule whose target is the waiver's target or lies under it: {@code outputPorts/orders}
 * covers {@code outputPorts/orders/value}, and a record's full name covers its fields ({@code
 * com.example.Order} covers {@code com.example.Order#email}). A {@link
 * dev.dataproduct.finding.Findings} collector given one applies it to each finding on the way in.
 * For the check ({@link #forChangesSince}), a waiver of a breaking change accepts the breaks of the
 * release that adds it, not new ones of later releases.
 */
public final class WaiverApplication implements UnaryOperator<Finding> {

  private final List<Waiver> waivers;
  private final List<Waiver> released;
  private final String releasedVersion;
  private final Set<Waiver> used = ConcurrentHashMap.newKeySet();
  private final Set<String> hadBefore = ConcurrentHashMap.newKeySet();

  private WaiverApplication(List<Waiver> waivers, List<Waiver> released, String releasedVersion) {
    this.waivers = waivers;
    this.released = released;
    this.releasedVersion = releasedVersion;
  }

  /** The waivers of {@code product}; none when the descriptor could not be read. */
  public static WaiverApplication of(DataProduct product) {
    return new WaiverApplication(product == null ? List.of() : product.waivers(), List.of(), null);
  }

  /**
   * The waivers of {@code product} for the changes since {@code previous}, the release it is
   * compared with: a waiver of a breaking change that {@code previous} has already (the same rule,
   * target and justification) accepted that release's break, and accepts no new one. Kept in the
   * descriptor, it would otherwise accept every later break of its rule and target without anyone
   * saying why. It still accepts what is no new break ({@link #previousReleaseHad}).
   */
  public static WaiverApplication forChangesSince(DataProduct product, DataProduct previous) {
    List<Waiver> waivers = product == null ? List.of() : product.waivers();
    if (previous == null) {
      return new WaiverApplication(waivers, List.of(), null);
    }
    List<Waiver> released =
        waivers.stream()
            .filter(waiver -> previous.waivers().stream().anyMatch(before -> same(before, waiver)))
            .toList();
    return new WaiverApplication(waivers, released, previous.version());
  }

  /**
   * {@code finding}, which is to come, is one the previous release had too (a break at a transitive
   * level against a release before it, which that release accepted): not a change of this release,
   * so the previous release's waivers still accept it.
   */
  public void previousReleaseHad(Finding finding) {
    hadBefore.add(key(finding));
  }

  /**
   * {@code finding}, waived when a waiver accepts it. A waiver the previous release has already
   * accepts only what is no new break: a finding of a rule that is no breaking change, or a break
   * that release had too. Otherwise the finding stays as it is, and its hint says why.
   */
  @Override
  public Finding apply(Finding finding) {
    Waiver waiver = matching(finding, false);
    if (waiver == null && (!finding.rule().isBreaking() || hadBefore.contains(key(finding)))) {
      waiver = matching(finding, true);
    }
    if (waiver != null) {
      used.add(waiver);
      return finding.waived(waiver.justification());
    }
    Waiver earlier = matching(finding, true);
    if (earlier == null) {
      return finding;
    }
    return finding.withHint(
        (finding.hint() == null ? "" : finding.hint().replaceFirst("\\.$", "") + "; ")
            + "the waiver of %s for %s (%s) is kept from %s, where it accepted that release's break; this break is new: give it a waiver of its own that says why it is accepted"
                .formatted(earlier.rule(), earlier.target(), earlier.path(), releasedVersion));
  }

  /**
   * Whether {@code finding} is a waived break the previous release had too (found again against a
   * release before it, at a transitive level): a change of an earlier release, not of this one.
   */
  public boolean acceptedAnEarlierBreak(Finding finding) {
    return finding.isWaived() && hadBefore.contains(key(finding));
  }

  /**
   * Whether {@code waiver} is one the previous release has already (same rule, target and
   * justification).
   */
  public boolean isReleased(Waiver waiver) {
    return released.contains(waiver);
  }

  /** Whether any waiver is one the previous release has already. */
  public boolean keepsAnyOfThePreviousRelease() {
    return !released.isEmpty();
  }

  /** The version of the previous release, when waivers are for the changes since it. */
  public String releasedVersion() {
    return releasedVersion;
  }

  /** The findings with waived ones replaced, in the same order. */
  public List<Finding> applyTo(List<Finding> findings) {
    return findings.stream().map(this::apply).toList();
  }

  /** The waivers that accepted at least one finding so far. */
  public Set<Waiver> used() {
    return Set.copyOf(used);
  }

  /** The first waiver that accepts {@code finding}, among the previous release's or the others. */
  private Waiver matching(Finding finding, boolean releasedOnes) {
    if (finding.target() == null || finding.isWaived()) {
      return null;
    }
    for (Waiver waiver : waivers) {
      if (released.contains(waiver) == releasedOnes
          && finding.ruleId().equals(waiver.rule())
          && waiver.target() != null
          && waiver.justification() != null
          && !waiver.justification().isBlank()
          && covers(waiver.target(), finding.target())) {
        return waiver;
      }
    }
    return null;
  }

  private static String key(Finding finding) {
    return finding.ruleId() + "\u0000" + finding.target() + "\u0000" + finding.message();
  }

  private static boolean same(Waiver a, Waiver b) {
    return Objects.equals(a.rule(), b.rule())
        && Objects.equals(
            a.target() == null ? null : strip(a.target()),
            b.target() == null ? null : strip(b.target()))
        && Objects.equals(
            a.justification() == null ? null : a.justification().strip(),
            b.justification() == null ? null : b.justification().strip());
  }

  static boolean covers(String waiverTarget, String findingTarget) {
    String w = strip(waiverTarget);
    String f = strip(findingTarget);
    return f.equals(w) || f.startsWith(w + "/") || f.startsWith(w + "#");
  }

  private static String strip(String target) {
    String t = target.trim();
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }
}
