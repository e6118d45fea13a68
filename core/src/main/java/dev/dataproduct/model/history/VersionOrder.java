package dev.dataproduct.model.history;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release order of versions, as histories, the catalog and Backstage list them: by number ({@code
 * 1.10.0} after {@code 1.9.0}), a qualified version ({@code 2.0.0-rc1}) before the same numbers
 * without one, and versions that are not numbers after all others, as text.
 */
public final class VersionOrder {

  public static final Comparator<String> ASCENDING = VersionOrder::compare;

  private static final Pattern SHAPE =
      Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:[-.+](.+))?");

  private VersionOrder() {}

  static int compare(String a, String b) {
    Matcher x = SHAPE.matcher(a);
    Matcher y = SHAPE.matcher(b);
    boolean xNumeric = x.matches();
    boolean yNumeric = y.matches();
    if (!xNumeric || !yNumeric) {
      return xNumeric != yNumeric ? (xNumeric ? -1 : 1) : a.compareTo(b);
    }
    for (int group = 1; group <= 3; group++) {
      int c = Integer.compare(number(x.group(group)), number(y.group(group)));
      if (c != 0) {
        return c;
      }
    }
    String qx = x.group(4);
    String qy = y.group(4);
    if (qx == null || qy == null) {
      return qx == null ? (qy == null ? 0 : 1) : -1;
    }
    return qx.compareTo(qy);
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }
}
