// Thirteen builds against one file-based Maven repository (repo/) and one directory catalog (catalog/).
import dev.dataproduct.testing.HeadlessChromium
import groovy.json.JsonSlurper

evaluate(new File(verifyHelpers))
// The builds append to one log; each starts with Maven's first line (errors come after the BUILD line).
// Each build starts with this line; what comes before the first is the hooks' and Maven's preamble.
def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert steps.size() == 13 : "expected thirteen builds in build.log, found " + steps.size()
// The consumers' exports beside a product's versions (products/sales/publish-orders/consumers) are no version.
assert !log.contains('left out of the index') : 'a publish took a folder of the catalog for a broken version'
def catalog = new File(basedir, 'catalog')
def v100 = new File(catalog, 'products/sales/publish-orders/1.0.0')

// 1. Deployed to the file repository and published: the version folder holds the descriptor,
//    the schemas, the compatibility report and the waivers.
assert new File(basedir, 'repo/dev/dataproduct/it/publish-orders/1.0.0/publish-orders-1.0.0.jar').isFile()
assert steps[0].contains("[INFO] Published sales/publish-orders 1.0.0 to ${v100.canonicalPath} (11 files)")
['contract/dataproduct.yaml', 'contract/contract.json', 'contract/ports/order-events/key.avsc', 'contract/ports/order-events/value.avsc',
 'compatibility-report.json', 'waivers.json', 'entry.json', 'index.html'].each {
  assert new File(v100, it).isFile() : "1.0.0 lacks " + it
}
assert new File(v100, 'contract/dataproduct.yaml').text.contains('version: 1.0.0')
// The contract in the open standards, packed by generate beside it and listed in the entry for the pages.
def exports = ['contract/exports/asyncapi.json', 'contract/exports/odcs/order-events.odcs.yaml', 'contract/exports/odps.yaml', 'contract/exports/openlineage.json']
exports.each { assert new File(v100, it).isFile() : "1.0.0 lacks " + it }
assert new JsonSlurper().parse(new File(v100, 'entry.json')).exports == exports
def asyncapi = new JsonSlurper().parse(new File(v100, 'contract/exports/asyncapi.json'))
assert asyncapi.asyncapi == '3.0.0' && asyncapi.info.version == '1.0.0' && asyncapi.operations.keySet() == ['send-order-events'] as Set
def report = new JsonSlurper().parse(new File(v100, 'compatibility-report.json'))
assert report.goal == 'check'
def waivers = new JsonSlurper().parse(new File(v100, 'waivers.json'))
assert waivers.size() == 1 && waivers[0].rule == 'GOVERNANCE-FIELD-DOC' && waivers[0].justification.startsWith('The channel is self-explanatory')

// 2. The same content again: a no-op that says so.
assert steps[1].contains("[INFO] sales/publish-orders 1.0.0 is already published in ${v100.canonicalPath} with identical content; nothing to do")

// 3. Other content under the same version, released with deploy: check finds it in the catalog at process-sources,
//    so deploy:deploy never runs and the repository keeps the jar of 1.0.0 that steps 1 and 2 deployed.
assert steps[2].contains("[ERROR] dataproduct.yaml:1:1: ERROR [CATALOG-VERSION-PUBLISHED] sales/publish-orders 1.0.0 is already published in the catalog, in ${v100.canonicalPath}, with other content: ports/order-events/value.avsc differs; publish would refuse it")
assert steps[2].contains('\n    hint: Release it under a new version (a patch version for a fix): a published version never changes.')
assert steps[2].contains('dataproduct:check found 1 error in the data product contract')
// deploy:deploy ran in step 1 and not here. Its "Uploading to" lines are no evidence: Maven 4 leaves
// them out where the environment says CI=true, as on most CI services; the jar's content below is.
assert steps[0].contains(':deploy (default-deploy) @ publish-orders')
assert !steps[2].contains(':deploy (default-deploy)')
def deployedJar = new File(basedir, 'repo/dev/dataproduct/it/publish-orders/1.0.0/publish-orders-1.0.0.jar')
new java.util.zip.ZipFile(deployedJar).withCloseable { jar ->
  def schema = jar.getEntry('META-INF/dataproduct/ports/order-events/value.avsc')
  assert schema != null : 'the deployed jar lacks its contract'
  assert !jar.getInputStream(schema).text.contains('in capitals') : 'the changed 1.0.0 was deployed'
  assert jar.getEntry('META-INF/dataproduct/exports/odcs/order-events.odcs.yaml') != null : 'the jar lacks the ODCS export'
}

// 4. With check's rule lowered to a warning, publish refuses it itself, naming the file that differs;
//    the published schema is untouched.
assert steps[3].contains("[WARNING] dataproduct.yaml:1:1: WARNING [CATALOG-VERSION-PUBLISHED] sales/publish-orders 1.0.0 is already published in the catalog, in ${v100.canonicalPath}")
assert steps[3].contains("sales/publish-orders 1.0.0 is already published in ${v100.canonicalPath} with other content: ports/order-events/value.avsc differs. A published version never changes; release a new version (a patch version for a fix)")
assert steps[3].contains('MojoFailureException')
assert !steps[3].contains('kept the published') : 'a refused publish buries its reason under the derived files it keeps'
assert !new File(v100, 'contract/ports/order-events/value.avsc').text.contains('in capitals')

// 5. A dry run lists what it would write and writes nothing.
assert steps[4].contains('[INFO]   would write contract/ports/order-events/value.avsc')
assert steps[4].contains('[INFO] Dry run: would publish sales/publish-orders 1.1.0 to ')
assert steps[4].contains('(13 files); nothing was written')

// 6. and 7. Never an unchecked contract: one line naming the goal to bind, or the switch to remove.
assert steps[5].contains('Not publishing publish-orders 1.1.0: dataproduct:publish publishes only a contract that passed validate and check in the same build, and dataproduct:check did not run; add <goal>check</goal> to the plugin\'s <execution> next to <goal>publish</goal>')
assert steps[5].contains('MojoExecutionException')
assert steps[6].contains('dataproduct:check was skipped; remove dataproduct.check.skip from the build that publishes')

// 8. A SNAPSHOT is skipped with a message.
assert steps[7].contains('[INFO] Not publishing publish-orders 1.2.0-SNAPSHOT: SNAPSHOT versions are not published; set dataproduct.publish.snapshots=true to publish them')
assert !new File(catalog, 'products/sales/publish-orders/1.2.0-SNAPSHOT').exists()

// 9. and 10. The consumer, then 1.1.0 (after the dry run of step 5 wrote nothing) is published as the second version.
assert steps[8].contains('[INFO] Published analytics/order-stats 1.0.0 to ')
assert steps[9].contains('[INFO] Published sales/publish-orders 1.1.0 to ')
def index = new JsonSlurper().parse(new File(catalog, 'index.json'))
def orders = index.products.find { it.domain == 'sales' && it.name == 'publish-orders' }
assert orders.versions*.version == ['1.0.0', '1.1.0'] && orders.latest == '1.1.0'
assert index.products*.name.sort() == ['order-stats', 'publish-orders']
def report110 = new JsonSlurper().parse(new File(catalog, 'products/sales/publish-orders/1.1.0/compatibility-report.json'))
assert report110.goal == 'check' && report110.product.version == '1.1.0'
assert new File(catalog, 'products/sales/publish-orders/1.1.0/contract/history/order-events/value/1.0.0.avsc').isFile()
assert new File(catalog, 'index.html').text.contains('publish-orders')
assert !new File(catalog, '.staging').exists() || new File(catalog, '.staging').list().length == 0

// 10. Impact analysis: check lists the consumer the catalog knows for the port.
assert steps[9].contains('[INFO] dataproduct.yaml:11:11: INFO [IMPACT-CONSUMERS] Port "order-events" has 1 consumer in the catalog: analytics/order-stats 1.0.0 (input port "orders", team analytics-core)')

// 11. A breaking change names the consumer it would break.
assert steps[10].contains('ERROR [COMPAT-WIRE] Value of port "order-events" is not BACKWARD compatible with 1.1.0')
assert steps[10].contains('[WARNING] dataproduct.yaml:11:11: WARNING [IMPACT-BROKEN-CONSUMERS] The breaking change to port "order-events" (COMPAT-WIRE) would break 1 consumer: analytics/order-stats 1.0.0 (team analytics-core)')
assert steps[10].contains('    hint: Tell team analytics-core before releasing, or make the change compatible')
assert !new File(catalog, 'products/sales/publish-orders/1.2.0').exists()

// 12. No catalog configured: the documented default under ${user.home}.
assert steps[11].contains('[INFO] Published sales/publish-orders 1.1.0 to ' + new File(basedir, 'home/.dataproduct/catalog/products/sales/publish-orders/1.1.0').canonicalPath)

// 13. Asked for, a SNAPSHOT is published.
assert steps[12].contains('[INFO] Published sales/publish-orders 1.2.0-SNAPSHOT to ' + new File(basedir, 'snapshot-catalog/products/sales/publish-orders/1.2.0-SNAPSHOT').canonicalPath)

assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'

// The HTML catalog in a real headless Chromium, opened from the file system as a user would.
// Screenshots stay in target/it/publish-catalog-on-deploy/screenshots.
def shots = new File(basedir, 'screenshots')
def chromium = HeadlessChromium.start(new File(basedir, 'chromium').toPath())
try {
  def visibleProducts = "Array.from(document.querySelectorAll('.product-card')).filter(c => !c.hidden).map(c => c.querySelector('.product-name').textContent)"
  chromium.open(new File(catalog, 'index.html').toURI().toString())
  assert chromium.evaluate(visibleProducts).sort() == ['analytics/order-stats', 'sales/publish-orders']
  assert chromium.evaluate("document.getElementById('result-count').textContent") == '2 products'
  chromium.screenshot(new File(shots, 'catalog.png').toPath())

  // Search narrows the list as the user types.
  chromium.typeInto('#search', 'hourly')
  assert chromium.evaluate(visibleProducts) == ['analytics/order-stats']
  assert chromium.evaluate("document.getElementById('result-count').textContent") == '1 of 2 products'
  chromium.screenshot(new File(shots, 'catalog-search.png').toPath())

  // A tag is a pill that filters; pressed again, it clears the filter.
  chromium.evaluate("document.getElementById('search').value = ''; document.getElementById('search').dispatchEvent(new Event('input'))")
  chromium.evaluate("document.querySelector('.product-card[data-product=\"sales/publish-orders\"] button.tag').click()")
  assert chromium.evaluate(visibleProducts) == ['sales/publish-orders']
  assert chromium.evaluate("document.getElementById('filter-tag').value") != ''
  // The lineage follows the filters: the consumer, filtered out, leaves the graph.
  def shownNodes = "Array.from(document.querySelectorAll('#lineage [data-node]')).filter(n => n.getBoundingClientRect().width > 0).map(n => n.getAttribute('data-node')).sort()"
  assert chromium.evaluate(shownNodes) == ['sales/publish-orders']
  chromium.evaluate("document.querySelector('.product-card[data-product=\"sales/publish-orders\"] button.tag').click()")
  assert chromium.evaluate(shownNodes) == ['analytics/order-stats', 'sales/publish-orders']
  // Facets: personal data, compatibility level, status.
  assert chromium.evaluate("Array.from(document.querySelectorAll('#filter-compatibility option')).map(o => o.value)").contains('BACKWARD')
  assert chromium.evaluate("Array.from(document.querySelectorAll('#filter-status option')).map(o => o.value)").contains('active')
  assert chromium.evaluate("Array.from(document.querySelectorAll('#filter-pii option')).map(o => o.value)").size() > 1

  // The product's own page (no redirect): its versions, newest first.
  chromium.open(new File(catalog, 'products/sales/publish-orders/index.html').toURI().toString())
  assert chromium.evaluate("Array.from(document.querySelectorAll('#versions tbody tr')).map(r => r.getAttribute('data-version'))") == ['1.1.0', '1.0.0']

  // The mesh: focused on the consumer with no upstream depth, only it is left.
  // Product pages link here with #focus=<product>; the page reads it when it loads.
  chromium.open(new File(catalog, 'lineage.html').toURI().toString())
  // catalog.js lays out again what it shows, by LineageLayout's rules: the whole mesh comes out as the
  // server drew it (positions of the shown nodes, edges' curves, the drawing's size).
  def geometry = "JSON.stringify({svg: ['width', 'height'].map(a => document.getElementById('lineage').getAttribute(a))," +
      " nodes: Array.from(document.querySelectorAll('#lineage [data-node]')).filter(n => n.getBoundingClientRect().width > 0)" +
      ".map(n => n.getAttribute('data-node') + ' ' + n.querySelector('rect').getAttribute('x') + ' ' + n.querySelector('rect').getAttribute('y')).sort()," +
      " edges: Array.from(document.querySelectorAll('#lineage .link')).filter(l => l.style.display !== 'none')" +
      ".map(l => l.getAttribute('data-from') + '->' + l.getAttribute('data-to') + ' ' + l.querySelector('path').getAttribute('d')).sort()})"
  def drawn = new File(catalog, 'lineage.html').getText('UTF-8')
  def svgTag = (drawn =~ /<svg id="lineage"[^>]*>/)[0]
  def server = [svg: [(svgTag =~ / width="(\d+)"/)[0][1], (svgTag =~ / height="(\d+)"/)[0][1]],
                nodes: (drawn =~ /data-node="([^"]+)"><title>[^<]*<\/title><rect x="(\d+)" y="(\d+)"/).collect { "${it[1]} ${it[2]} ${it[3]}".toString() }.sort(),
                edges: (drawn =~ /data-from="([^"]+)" data-to="([^"]+)"><path class="edge" data-edge="[^"]*" d="([^"]+)"/).collect { "${it[1]}->${it[2]} ${it[3]}".toString() }.sort()]
  assert server.nodes.size() == 2 && server.edges.size() == 1 : server
  assert new JsonSlurper().parseText(chromium.evaluate(geometry)) == server
  chromium.open(new File(catalog, 'lineage.html').toURI().toString() + '#focus=analytics%2Forder-stats')
  assert chromium.evaluate("document.getElementById('focus').value") == 'analytics/order-stats'
  chromium.evaluate("var u = document.getElementById('upstream'); u.value = '0'; u.dispatchEvent(new Event('change'))")
  assert chromium.evaluate(shownNodes) == ['analytics/order-stats']
  // Alone, the consumer moves to the first column and the drawing shrinks to it: no gap where its upstream was.
  assert new JsonSlurper().parseText(chromium.evaluate(geometry)) == [svg: ['222', '86'], nodes: ['analytics/order-stats 1 19'], edges: []]
  chromium.screenshot(new File(shots, 'lineage-focus.png').toPath())
  chromium.evaluate("var u = document.getElementById('upstream'); u.value = '1'; u.dispatchEvent(new Event('change'))")
  assert chromium.evaluate(shownNodes) == ['analytics/order-stats', 'sales/publish-orders']
  assert new JsonSlurper().parseText(chromium.evaluate(geometry)) == server
  chromium.screenshot(new File(shots, 'lineage.png').toPath())

  // A product page shows its ports, with their topics.
  chromium.open(new File(catalog, 'products/sales/publish-orders/1.1.0/index.html').toURI().toString())
  def ports = chromium.evaluate("Array.from(document.querySelectorAll('#ports .port')).map(r => r.textContent)")
  assert ports.size() == 1 && ports[0].contains('order-events') && ports[0].contains('sales.publish-orders.order-events.v1') : ports

  // Lineage shows the edge from the product to its consumer, drawn where the page shows it.
  assert chromium.evaluate("Array.from(document.querySelectorAll('#lineage .edge')).map(e => e.getAttribute('data-edge'))") == ['sales/publish-orders->analytics/order-stats']
  assert chromium.evaluate("document.querySelector('#lineage .edge').getBoundingClientRect().width > 0")
  assert chromium.evaluate("Array.from(document.querySelectorAll('#lineage .node-name')).map(t => t.textContent).sort()") == ['analytics/order-stats', 'sales/publish-orders']
  chromium.screenshot(new File(shots, 'product.png').toPath())

  // No catalog page scrolls sideways in a 1280 px window.
  def pages = []
  catalog.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.html')) pages << it }
  assert pages.size() >= 6 : pages
  pages.each { page ->
    chromium.open(page.toURI().toString())
    def widths = chromium.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[1] == 1280 && widths[0] <= widths[1] : "${page} scrolls sideways at 1280 px: ${widths}"
  }
} finally {
  chromium.close()
}
// Invoker takes anything but true or nothing as a failed hook.
true
