package dev.dataproduct.validate;

import dev.dataproduct.descriptor.model.DataProduct;
import dev.dataproduct.descriptor.model.Waiver;
import dev.dataproduct.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns findings that a waiver accepts into information carrying the waiver's justification. A
 * waiver matches a finding with the same rule whose target is the waiver's target or lies under
 * it: {@code outputPorts/orders} covers {@code outputPorts/orders/value}, and a record's full name
 * covers its fields ({@code com.example.Order} covers {@code com.example.Order#email}).
 */
public final class WaiverApplication {

  private WaiverApplication() {}

  /**
   * The findings with waived ones replaced, in the same order.
   *
   * @param used receives each waiver that matched at least one finding
   */
  public static List<Finding> apply(DataProduct product, List<Finding> findings, Set<Waiver> used) {
    if (product == null || product.waivers().isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      Waiver waiver = matching(product.waivers(), finding);
      if (waiver == null) {
        out.add(finding);
      } else {
        used.add(waiver);
        out.add(finding.waived(waiver.justification()));
      }
    }
    return out;
  }

  private static Waiver matching(List<Waiver> waivers, Finding finding) {
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
