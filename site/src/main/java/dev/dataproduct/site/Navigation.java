package dev.dataproduct.site;

import java.util.List;

/** The site's pages in reading order, by slug (the file name without {@code .html}). */
final class Navigation {

  static final String DESCRIPTOR = "descriptor";
  static final String RULES = "rules/index";
  static final String GOALS = "goals/index";

  /** Hand-written pages, each {@code src/pages/<slug>.md}. */
  static final List<String> HAND_WRITTEN =
      List.of(
          "index",
          "getting-started",
          "compatibility",
          "codegen",
          "catalog",
          "backstage",
          "catalog-at-scale",
          "standards",
          "odcs",
          "odps",
          "asyncapi",
          "openlineage",
          "migration",
          "performance",
          "faq");

  /** The side bar: slug and label, in order. */
  static final List<String[]> MENU =
      List.of(
          new String[] {"index", "Home"},
          new String[] {"getting-started", "Getting started"},
          new String[] {DESCRIPTOR, "Descriptor reference"},
          new String[] {RULES, "Rules"},
          new String[] {"compatibility", "Compatibility guide"},
          new String[] {"codegen", "Code generation"},
          new String[] {"catalog", "Catalog and registry"},
          new String[] {"backstage", "Publishing to Backstage"},
          new String[] {"catalog-at-scale", "Catalog at scale"},
          new String[] {"standards", "Open standards"},
          new String[] {"odcs", "ODCS"},
          new String[] {"odps", "ODPS"},
          new String[] {"asyncapi", "AsyncAPI"},
          new String[] {"openlineage", "OpenLineage"},
          new String[] {GOALS, "Goals"},
          new String[] {"migration", "Migration"},
          new String[] {"performance", "Performance"},
          new String[] {"faq", "FAQ"});

  private Navigation() {}
}
