// Five builds against a real schema registry, a file-based Maven repository and a directory catalog.
import groovy.json.JsonSlurper
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def registry = context.get('registry')
try {
  def url = registry.url()
  def http = HttpClient.newHttpClient()
  def get = { String path ->
    def response = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString())
    assert response.statusCode() == 200 : "GET ${path}: HTTP ${response.statusCode()} ${response.body()}"
    new JsonSlurper().parseText(response.body())
  }
  def status = { String path ->
    http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()
  }
  def log = new File(basedir, 'build.log').text
  // Each build starts with this line; what comes before the first is the hooks' and Maven's preamble.
  def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert steps.size() == 5 : "expected five builds in build.log, found " + steps.size()
  def catalog = new File(basedir, 'catalog')
  def key = 'sales.registry-orders.order-events.v1-key'
  def value = 'sales.registry-orders.order-events.v1-value'

  // 1. Published and registered: the value subject, at the port's level. The string keys are written
  //    by Kafka's StringSerializer (key encoding kafka), which carries no schema id: no key subject.
  def v100 = new File(catalog, 'products/sales/registry-orders/1.0.0')
  assert steps[0].contains("[INFO] Published sales/registry-orders 1.0.0 to ${v100.canonicalPath} (11 files); schema registry ${url}, 1 subject: 1 new version, 0 already registered")
  // (The registry is asked after all five builds: 1.0.0's schemas are version 1 of each subject.)
  assert get("/subjects/${value}/versions/1").schema.contains("\"status\"")
  assert !get("/subjects/${value}/versions/1").schema.contains('"note"')
  assert get("/config/${value}").compatibilityLevel == 'FULL'
  assert status("/subjects/${key}/versions") == 404 : 'no build registered a key subject'

  // 2. Again: the registry already holds the schema and adds no version (the subject's version
  //    list below has no version from this build).
  assert steps[1].contains("with identical content; nothing to do; schema registry ${url}, 1 subject: 0 new versions, 1 already registered")

  // 3. A compatible release adds one value version. Builds 2, 4 and 5 added none.
  assert steps[2].contains("[INFO] Published sales/registry-orders 1.1.0 to ")
  assert steps[2].contains("; schema registry ${url}, 1 subject: 1 new version, 0 already registered")
  assert get("/subjects/${value}/versions") == [1, 2]
  assert get("/subjects/${value}/versions/2").schema.contains('"note"')

  // 4. The dry run says what it would register and registers nothing.
  assert steps[3].contains("[INFO]   would register a new version of ${value}")
  assert steps[3].contains("; schema registry ${url}, 1 subject: 1 would get a new version, 0 already registered")
  assert get("/subjects/${value}/versions") == [1, 2]
  assert !new File(catalog, 'products/sales/registry-orders/1.2.0').exists()

  // 5. The registry's own check rejects the audit schema against the version registered by hand,
  //    with its reasons, at the schema's place; nothing is registered and nothing published.
  def audit = 'sales.registry-audit.payments.v1-value'
  def rejection = steps[4].readLines().find { it.contains('[REGISTRY-INCOMPATIBLE]') }
  assert rejection != null : 'no REGISTRY-INCOMPATIBLE finding'
  assert rejection.startsWith("[ERROR] dataproduct.yaml:12:22: ERROR [REGISTRY-INCOMPATIBLE] The schema registry at ${url} finds the value of port \"payments\" incompatible with subject ${audit} at level BACKWARD: ")
  assert rejection.contains('reader type: INT not compatible with writer type: STRING at /fields/1/type') : 'the registry\'s own reason'
  // The check set the subject's level to the port's first (Apicurio answers NONE for a subject
  // with no level of its own), and set it back once the registry had rejected the schema.
  assert steps[4].contains("[INFO] The schema registry at ${url} rejects 1 of 1 schema of registry-audit 1.0.0; no schema was registered, nothing was published\n")
  assert get("/config/${audit}").compatibilityLevel == 'NONE' : 'the level the check set was set back'
  assert steps[4].contains('dataproduct:publish found 1 error in the data product contract')
  assert get("/subjects/${audit}/versions") == [1]
  assert !new File(catalog, 'products/sales/registry-audit').exists()
  def report = new JsonSlurper().parse(new File(basedir, 'audit/target/dataproduct/publish-report.json'))
  assert report.findings*.ruleId == ['REGISTRY-INCOMPATIBLE']

  // The credentials (settings.xml's it-schema-registry server) never show, not even at debug level.
  def secret = 'it-Registry-Pa55word'
  def encoded = Base64.encoder.encodeToString('it-publisher:it-Registry-Pa55word'.bytes)
  assert steps[0].contains('[DEBUG] Schema registry: PUT /config/' + value + ' -> HTTP 200') : 'debug logging was on'
  def texts = [log] + ['v1.0.0', 'v1.1.0', 'audit'].collectMany { dir ->
    (new File(basedir, dir + '/target/dataproduct').listFiles() ?: []).findAll { it.isFile() }.collect { it.text }
  }
  texts += catalog.exists() ? catalog.listFiles().findAll { it.isFile() }.collect { it.text } : []
  texts.each { assert !it.contains(secret) && !it.contains(encoded) : 'the registry credentials show in a log or report' }

  // (The first build logs at debug level, where Maven shows stack traces of its own.)
  steps.drop(1).each { assert !(it =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace' }
} finally {
  registry.stop()
}
// Invoker takes anything but true or nothing as a failed hook.
true
