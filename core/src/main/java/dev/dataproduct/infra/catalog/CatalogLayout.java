package dev.dataproduct.infra.catalog;

/**
 * Where things live in a catalog directory; see the {@linkplain dev.dataproduct.infra.catalog
 * package} for the layout.
 */
final class CatalogLayout {

  static final String PRODUCTS = "products";
  static final String INDEX_JSON = "index.json";
  static final String INDEX_JS = "index.js";
  static final String INDEX_HTML = "index.html";
  static final String ASSETS = "assets";
  static final String LOCK = ".lock";
  static final String STAGING = ".staging";

  /**
   * In a product folder, beside its version folders: each port's consumers, {@code
   * consumers/<port>.csv} and {@code .json}. Derived, like the pages; never a version.
   */
  static final String CONSUMERS = "consumers";

  /** In a version folder: the published files. */
  static final String ENTRY = "entry.json";

  static final String CONTRACT = "contract/";
  static final String REPORT = "compatibility-report.json";
  static final String WAIVERS = "waivers.json";

  /** In a version folder: the page, derived from the catalog and rewritten as it grows. */
  static final String PAGE = "index.html";

  /** The global that {@code index.js} sets to the index. */
  static final String GLOBAL = "DATAPRODUCT_CATALOG";

  private CatalogLayout() {}

  /** {@code products/<domain>/<name>/<version>}. */
  static String versionFolder(String domain, String name, String version) {
    return PRODUCTS + "/" + domain + "/" + name + "/" + version;
  }

  /** {@code products/<domain>/<name>}. */
  static String productFolder(String domain, String name) {
    return PRODUCTS + "/" + domain + "/" + name;
  }
}
