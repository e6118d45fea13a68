/**
 * The contract a data product's jar carries: the descriptor, the current schemas of every output
 * port, and the schemas every earlier release published. The {@code generate} goal packs it, the
 * next release's {@code check} goal compares with it, and consumers resolve it as a dependency.
 *
 * <h2>Layout, format {@code dataproduct-contract/v1}</h2>
 *
 * <pre>
 * META-INF/dataproduct/
 *   contract.json                          the index, see below
 *   dataproduct.yaml                       the descriptor as written, with "version:" filled in when absent
 *   ports/&lt;port&gt;/key.avsc                  the port's current key schema (absent when records have no key)
 *   ports/&lt;port&gt;/value.avsc                the port's current value schema
 *   history/&lt;port&gt;/key/&lt;version&gt;.avsc      the key schema release &lt;version&gt; published
 *   history/&lt;port&gt;/value/&lt;version&gt;.avsc    the value schema release &lt;version&gt; published
 * </pre>
 *
 * <p>{@code contract.json} names every other file, relative to {@code META-INF/dataproduct/};
 * readers follow these names rather than guessing paths:
 *
 * <pre>
 * {
 *   "format": "dataproduct-contract/v1",
 *   "product": "orders",
 *   "domain": "sales",
 *   "version": "1.2.0",
 *   "descriptor": "dataproduct.yaml",
 *   "ports": {
 *     "order-events": {
 *       "key": "ports/order-events/key.avsc",
 *       "value": "ports/order-events/value.avsc",
 *       "keyHistory": [ { "version": "1.0.0", "file": "history/order-events/key/1.0.0.avsc" } ],
 *       "valueHistory": [ { "version": "1.0.0", "file": "history/order-events/value/1.0.0.avsc" },
 *                         { "version": "1.1.0", "file": "history/order-events/value/1.1.0.avsc" } ],
 *       "transitiveFrom": "1.1.0"
 *     }
 *   }
 * }
 * </pre>
 *
 * <ul>
 *   <li>Ports are sorted by name; histories are in release order, oldest first (not sorted as text,
 *       where 1.10.0 would come before 1.9.0). A port without a key has no {@code "key"} member;
 *       its {@code keyHistory} holds only the releases that had a key.
 *   <li>{@code transitiveFrom}, present only when set, names the release where the port's
 *       transitive history starts again: a new major version that broke the port. Transitive levels
 *       compare with that release and the ones after it; the older entries stay in the history. It
 *       is the contract's own version or one in {@code valueHistory}. For a contract without it
 *       (every one packed before it existed), readers work it out by replaying the history ({@link
 *       dev.dataproduct.model.contract.HistoryRestart}).
 *   <li>A history entry from before the plugin (adopted with {@code dataproduct.history} from a
 *       schema registry or a folder of {@code .avsc} versions) has a {@code "version"} such as
 *       {@code registry-v3} and an {@code "origin"} member saying where it came from, e.g. {@code
 *       "version 3 of subject orders-value in https://registry.example.com"}; these entries come
 *       before the releases built by the plugin. Readers that do not know {@code "origin"} ignore
 *       it.
 *   <li>Every schema file is self-contained (named types are inlined where first used), so each
 *       parses on its own with a fresh {@code Schema.Parser}. A primitive key ({@code key: {type:
 *       string}}) is stored as a schema file too ({@code "string"}), so readers see one shape.
 *   <li>Bytes are deterministic: UTF-8, two-space indented JSON, {@code \n} line ends, a final
 *       newline. A rebuild with nothing changed writes nothing.
 *   <li>The directory belongs to the plugin: files in it that the contract does not name are
 *       deleted when the contract is written.
 *   <li>A reader that meets a {@code format} it does not know refuses the jar and says to upgrade
 *       the plugin; an incompatible layout gets a new format name.
 * </ul>
 */
package dev.dataproduct.model.contract;
