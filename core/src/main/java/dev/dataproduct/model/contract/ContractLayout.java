package dev.dataproduct.model.contract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where each part of a contract lives; see the {@linkplain dev.dataproduct.model.contract package}
 * for the layout.
 */
public final class ContractLayout {

  /** The format this plugin writes and reads, the {@code "format"} of {@code contract.json}. */
  public static final String FORMAT = "dataproduct-contract/v1";

  /** The contract directory inside a jar or a classes directory. */
  public static final String DIRECTORY = "META-INF/dataproduct";

  /** The index, relative to the contract directory. */
  public static final String INDEX = "contract.json";

  /** The descriptor, relative to the contract directory. */
  public static final String DESCRIPTOR = "dataproduct.yaml";

  /** The index as a jar entry; its presence marks a data product jar. */
  public static final String INDEX_ENTRY = DIRECTORY + "/" + INDEX;

  /** The first plugin version that packs contracts, named in messages about jars without one. */
  public static final String FIRST_PLUGIN_VERSION = "0.1.0";

  /** Port names and versions become file names, so they are restricted to safe characters. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}");

  /** The two schemas of a port. */
  public enum Part {
    KEY,
    VALUE;

    /** {@code key} or {@code value}, as file and folder names spell it. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ContractLayout() {}

  /** {@code ports/<port>/key.avsc} or {@code ports/<port>/value.avsc}. */
  public static String currentSchema(String port, Part part) {
    return "ports/" + port + "/" + part.fileName() + ".avsc";
  }

  /** {@code history/<port>/<key|value>/<version>.avsc}. */
  public static String historySchema(String port, Part part, String version) {
    return "history/" + port + "/" + part.fileName() + "/" + version + ".avsc";
  }

  /**
   * Whether {@code name} may be used as a port name or version in a file name: letters, digits,
   * {@code . _ + -}, starting with a letter or digit, at most 128 characters. Kebab-case port names
   * and Maven versions such as {@code 1.2.0} or {@code 2.0.0-rc.1} qualify.
   */
  public static boolean isSafeName(String name) {
    return name != null && SAFE_NAME.matcher(name).matches();
  }

  /**
   * Whether {@code path} is a file name relative to the contract directory that stays inside it:
   * {@code /}-separated {@linkplain #isSafeName safe names}, so no {@code ..}, no absolute path, no
   * backslash, no drive letter. The one guard for contract paths read from an index and published
   * into a catalog.
   */
  public static boolean isSafePath(String path) {
    if (path == null || path.isEmpty() || path.length() > 1024) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (!isSafeName(segment)) {
        return false;
      }
    }
    return true;
  }
}
