/**
 * The directory catalog that {@code dataproduct:publish} writes: every released product version in
 * one folder, an index, and a static HTML catalog to browse them, in a directory on a local or
 * shared file system ({@code dataproduct.catalog}, by default {@code ~/.dataproduct/catalog}; see
 * {@link dev.dataproduct.infra.catalog.CatalogLocation}).
 *
 * <h2>Layout, format {@code dataproduct-catalog/v1}</h2>
 *
 * <pre>
 * &lt;catalog&gt;/
 *   index.html                                the catalog: search and filters over every product
 *   lineage.html                              the lineage of the whole mesh, with focus and depth
 *   index.json                                the index: every product with all its versions (entries)
 *   index.js                                  the same, as window.DATAPRODUCT_CATALOG = {...}; for file://
 *   assets/catalog.css, assets/catalog.js
 *   products/&lt;domain&gt;/&lt;name&gt;/index.html        the product: its versions and what changed in each
 *   products/&lt;domain&gt;/&lt;name&gt;/consumers/&lt;port&gt;.csv, .json   who reads the port (as check's impact analysis counts)
 *   products/&lt;domain&gt;/&lt;name&gt;/&lt;version&gt;/
 *     entry.json                              what the index shows about this version (CatalogEntry)
 *     contract/...                            the contract as the jar carries it: contract.json,
 *                                             dataproduct.yaml, ports/, history/
 *     compatibility-report.json               the check goal's report, when the build made one
 *     waivers.json                            the waivers, with their justifications
 *     index.html                              the version's page
 *   .lock                                     publishers hold an exclusive lock on it
 *   .staging/                                 work in progress of the publisher holding the lock
 * </pre>
 *
 * <ul>
 *   <li>A version folder is immutable: it appears complete, in one rename, and is never changed
 *       again. Its content is the contract; publishing the same version again compares the
 *       contracts byte for byte.
 *   <li>Everything else is derived from the version folders and rewritten on every publish: the
 *       index, the pages (including each version's {@code index.html}, whose version history,
 *       consumers and lineage grow with the catalog), the consumer exports and the assets. Deleting
 *       them loses nothing; the next publish writes them again.
 *   <li>The pages load nothing from the network and link relatively, so the catalog works from
 *       {@code file://} and from any static web server; every text from a descriptor is escaped.
 * </ul>
 */
package dev.dataproduct.infra.catalog;
