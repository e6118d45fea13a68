// Asserts what Backstage shows after the six builds, through its own catalog API.
import groovy.json.JsonSlurper
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def backstage = context.get('backstage')
try {
  def http = HttpClient.newHttpClient()
  def get = { String path ->
    def response = http.send(HttpRequest.newBuilder(URI.create(backstage.url() + path))
        .header('Authorization', 'Bearer ' + backstage.token()).build(), HttpResponse.BodyHandlers.ofString())
    assert response.statusCode() == 200 : "GET ${path}: HTTP ${response.statusCode()} ${response.body()}"
    new JsonSlurper().parseText(response.body())
  }
  def entity = { String kind, String name -> get("/api/catalog/entities/by-name/${kind}/default/${name}") }
  def relations = { e, String type -> e.relations.findAll { it.type == type }*.targetRef.sort() }
  def log = new File(basedir, 'build.log').text
  def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert steps.size() == 6 : "expected six builds in build.log, found " + steps.size()
  def url = backstage.url()
  // (An assertion with a message does not print the whole build log.)
  def has = { int step, String text -> assert steps[step].contains(text) : "build ${step + 1} does not say: ${text}" }

  // 1 and 2. Both products are in Backstage, each build waited until Backstage showed it (the
  // summary line names every target, the catalog first).
  has(0, "; Backstage ${url}: sales/orders 1.0.0 is new to Backstage; 4 files written, 3 locations registered, Backstage shows sales/orders 1.0.0")
  has(1, "; Backstage ${url}: logistics/shipping 1.0.0 is new to Backstage; 4 files written, 3 locations registered, Backstage shows logistics/shipping 1.0.0")

  // The upstream product: a System in its Domain, owned by its team's Group.
  def orders = entity('system', 'sales.orders')
  assert orders.metadata.title == 'Web shop orders'
  assert orders.metadata.annotations['dataproduct.dev/version'] == '1.0.0'
  assert orders.metadata.tags == ['ecommerce', 'orders', 'pii']
  assert orders.metadata.labels == ['dataproduct.dev/classification': 'confidential', 'dataproduct.dev/pii': 'true']
  assert relations(orders, 'partOf') == ['domain:default/sales']
  assert relations(orders, 'ownedBy') == ['group:default/sales-orders']
  assert relations(orders, 'hasPart') == ['api:default/sales.orders.order-events', 'component:default/sales.orders']
  assert entity('domain', 'sales').spec.owner == 'group:default/sales-orders'
  def team = entity('group', 'sales-orders')
  assert team.spec.profile.email == 'sales-orders@example.com'
  assert relations(team, 'ownerOf').containsAll(['system:default/sales.orders', 'api:default/sales.orders.order-events'])

  // Each output port is an API of type asyncapi, the product's AsyncAPI document its definition,
  // provided by the product and consumed by the product whose input port reads it.
  def api = entity('api', 'sales.orders.order-events')
  assert api.spec.type == 'asyncapi'
  def definition = new JsonSlurper().parseText(api.spec.definition)
  assert definition.asyncapi == '3.0.0'
  assert definition.channels['order-events'].address == 'sales.orders.order-events.v1'
  // The document generate packed beside the contract (the export the catalog publishes too), with its Kafka bindings.
  assert definition.channels['order-events'].messages['order-events'].payload.schema.fields*.name == ['orderId', 'status', 'email']
  assert definition.channels['order-events'].bindings.kafka.topic == 'sales.orders.order-events.v1'
  assert relations(api, 'apiProvidedBy') == ['component:default/sales.orders']
  assert relations(api, 'apiConsumedBy') == ['component:default/logistics.shipping']
  assert relations(api, 'partOf') == ['system:default/sales.orders']
  assert relations(api, 'ownedBy') == ['group:default/sales-orders']
  assert api.metadata.annotations['dataproduct.dev/topic'] == 'sales.orders.order-events.v1'

  // The downstream product: the graph runs from its component to the upstream API and on to the
  // upstream component, each in its own system and domain.
  def shipping = entity('component', 'logistics.shipping')
  assert relations(shipping, 'consumesApi') == ['api:default/sales.orders.order-events']
  assert relations(shipping, 'providesApi') == ['api:default/logistics.shipping.shipments']
  assert relations(shipping, 'partOf') == ['system:default/logistics.shipping']
  assert relations(entity('system', 'logistics.shipping'), 'partOf') == ['domain:default/logistics']
  assert entity('system', 'logistics.shipping').metadata.labels['dataproduct.dev/pii'] == 'false'
  assert relations(entity('api', 'logistics.shipping.shipments'), 'apiProvidedBy') == ['component:default/logistics.shipping']

  // Search: by tag, by label, by owner, and the facets Backstage's own UI filters with.
  def names = { String query -> get("/api/catalog/entities/by-query?${query}&fields=kind,metadata.name").items.collect { "${it.kind}:${it.metadata.name}" }.sort() }
  assert names('filter=metadata.tags=pii') == ['API:sales.orders.order-events', 'Component:sales.orders', 'System:sales.orders']
  assert names('filter=kind=API,metadata.tags=shipping') == ['API:logistics.shipping.shipments']
  assert names('filter=metadata.labels.dataproduct.dev/classification=confidential,kind=System') == ['System:sales.orders']
  assert names('filter=relations.ownedBy=group:default/logistics-shipping') ==
      ['API:logistics.shipping.shipments', 'Component:logistics.shipping', 'Domain:logistics', 'System:logistics.shipping']
  def facets = get('/api/catalog/entity-facets?facet=metadata.tags&filter=kind=API').facets['metadata.tags'].collectEntries { [it.value, it.count] }
  assert facets == [ecommerce: 1, orders: 1, pii: 1, shipping: 1]

  // 3. The same content again: Backstage is only read (the build logged its calls at debug level),
  //    nothing is written, registered or refreshed.
  has(2, "; Backstage ${url}: sales/orders 1.0.0 is already published to Backstage with identical content; nothing to do")
  def calls = steps[2].readLines().findAll { it.startsWith('[DEBUG] Backstage: ') }
  assert calls == ['[DEBUG] Backstage: GET /api/catalog/locations -> HTTP 200'] : calls
  def locations = get('/api/catalog/locations')*.data.target.sort()
  def entities = backstage.entityDirectory().toFile()
  assert locations == ['domains/logistics.yaml', 'domains/sales.yaml', 'groups/logistics-shipping.yaml', 'groups/sales-orders.yaml',
      'products/logistics/shipping.yaml', 'products/sales/orders.yaml'].collect { backstage.entityUrl() + it }

  // 4. Another 1.0.0: refused before anything is published, the one in Backstage stays.
  has(3, "[ERROR] Failed to execute goal dev.dataproduct:dataproduct-maven-plugin:")
  has(3, "sales/orders 1.0.0 is already published to Backstage (${new File(entities, 'products/sales/orders/1.0.0.yaml')}) with other content;"
      + " release it under a new version (a patch version for a fix): a published version never changes")
  assert !new File(basedir, 'catalog-changed').exists() : 'the directory catalog got the refused version'
  assert !entity('api', 'sales.orders.order-events').spec.definition.contains('"note"')

  // 5. A token Backstage refuses: a build error naming the server, nothing published anywhere.
  has(4, "Backstage at ${url} refuses the token of the <server> \"it-backstage-wrong-token\" in settings.xml (HTTP 401 on GET /api/catalog/locations)")
  assert !new File(basedir, 'catalog-wrong-token').exists()

  // 6. Backstage cannot read the files: after the wait, the files and the three locations this build
  //    registered are gone again. The directory catalog is written last, so it never got the version.
  def unreadableUrl = backstage.entityUrl().replace('127.0.0.1', 'localhost')
  has(5, "Not published to Backstage:"
      + " Backstage at ${url} did not show sales/orders 1.0.0 from ${unreadableUrl}products/sales/orders.yaml within 10 s"
      + " (it shows version 1.0.0 from url:${backstage.entityUrl()}products/sales/orders.yaml); check that Backstage may read that URL"
      + " (backend.reading.allow) and its log for processing errors; the entity files and Backstage's locations were left as they were")
  assert !new File(basedir, 'catalog-unreadable/products/sales/orders/1.0.0').exists() : 'the directory catalog got a version Backstage did not take'
  def leftOver = []
  new File(basedir, 'entities-unreadable').eachFileRecurse { if (it.isFile()) leftOver << it }
  assert leftOver.isEmpty() : "entity files were left behind: ${leftOver}"
  assert get('/api/catalog/locations')*.data.target.sort() == locations

  // Builds 3 to 6 changed nothing: the entity files are those of builds 1 and 2, one per version
  // and one per product, domain and team.
  def files = []
  entities.eachFileRecurse { if (it.isFile()) files << entities.toPath().relativize(it.toPath()).toString() }
  assert files.sort() == ['domains/logistics.yaml', 'domains/sales.yaml', 'groups/logistics-shipping.yaml', 'groups/sales-orders.yaml',
      'products/logistics/shipping.yaml', 'products/logistics/shipping/1.0.0.yaml', 'products/sales/orders.yaml', 'products/sales/orders/1.0.0.yaml']

  // The token never shows in a log or an entity file.
  def texts = [log] + files.collect { new File(entities, it).text }
  texts.each { assert !it.contains(backstage.token()) : 'the Backstage token shows in a log or an entity file' }
  // (Build 3 logs at debug level, where Maven shows stack traces of its own.)
  steps.findAll { it != steps[2] }.each { assert !(it =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace' }
} finally {
  backstage.close()
}
// Invoker takes anything but true or nothing as a failed hook.
true
