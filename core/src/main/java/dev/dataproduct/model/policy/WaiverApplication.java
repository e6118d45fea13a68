package dev.dataproduct.model.policy;

import dev.dataproduct.finding.Finding;
import dev.dataproduct.model.descriptor.model.DataProduct;
import dev.dataproduct.model.descriptor.model.Waiver;
import java.util.List;
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
 */
public final class WaiverApplication implements UnaryOperator<Finding> {

  private final List<Waiver> waivers;
  private final Set<Waiver> used = ConcurrentHashMap.newKeySet();

  private WaiverApplication(List<Waiver> waivers) {
    this.waivers = waivers;
  }

  /** The waivers of {@code product}; none when the descriptor could not be read. */
  public static WaiverApplication of(DataProduct product) {
    return new WaiverApplication(product == null ? List.of() : product.waivers());
  }

  /** {@code finding}, waived when a waiver accepts it. */
  @Override
  public Finding apply(Finding finding) {
    Waiver waiver = matching(finding);
    if (waiver == null) {
      return finding;
    }
    used.add(waiver);
    return finding.waived(waiver.justification());
  }

  /** The findings with waived ones replaced, in the same order. */
  public List<Finding> applyTo(List<Finding> findings) {
    return findings.stream().map(this::apply).toList();
  }

  /** The waivers that accepted at least one finding so far. */
  public Set<Waiver> used() {
    return Set.copyOf(used);
  }

  private Waiver matching(Finding finding) {
    if (finding.target() == null || finding.isWaived()) {
      return null;
    }
    for (Waiver waiver : waivers) {
      if (finding.ruleId().equals(waiver.rule())
          && waiver.target() != null
          && waiver.justification() != null
          && !waiver.justification().isBlank()
          && covers(waiver.target(), finding.target())) {
        return waiver;
      }
    }
    return null;
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
