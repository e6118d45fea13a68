// Five builds of a product adopted on a topic whose history is in a real schema registry.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def registry = context.get('registry')
try {
  def url = registry.url()
  def log = new File(basedir, 'build.log').text
  // Each build starts with this line; what comes before the first is the hooks' and Maven's preamble.
  def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert steps.size() == 5 : "expected five builds in build.log, found " + steps.size()
  def value = 'sales.adopt-orders.order-events.v1-value'
  def key = 'sales.adopt-orders.order-events.v1-key'
  def registered = new JsonSlurper().parse(new File(basedir, 'registered.json'))

  // 1. The first release is checked against the registry's versions at the port's level: it reads
  //    version 3 (the latest) but not the data of versions 1 and 2, and the finding names them.
  def first = steps[0]
  assert first.contains("[INFO] No subject ${key} in the schema registry at ${url}: the key of port \"order-events\" has no earlier history there")
  assert first.contains("[INFO] History before the first release with the plugin (dataproduct.history): 3 schema version(s) of 1 port(s) in the schema registry at ${url}")
  assert first.contains("[ERROR] src/main/avro/com/example/orders/OrderEvent.avsc:9:32: ERROR [COMPAT-WIRE] Value of port \"order-events\" is not BACKWARD_TRANSITIVE compatible with "
      + "version 1 of subject ${value} in ${url} and version 2 of subject ${value} in ${url}: Field \"status\" of record \"com.example.orders.OrderEvent\" has type int in the new schema, which cannot read string written with the previous schema")
  assert first.contains("Compared adopt-orders 1.0.0, its first release with the plugin, with its history in the schema registry at ${url}: 3 versions of 1 output port, 1 breaking change, 0 warnings")
  // Read once per build: generate and check share what was read.
  assert first.count("History before the first release with the plugin") == 1
  def report = new JsonSlurper().parse(new File(basedir, 'v1.0.0-breaks/target/dataproduct/check-report.json'))
  assert report.findings*.ruleId == ['COMPAT-WIRE']

  // 2. A registry that does not answer is a build error naming it, after the client's retries.
  def unreachable = steps[1]
  assert unreachable.contains('[ERROR] Failed to execute goal dev.dataproduct:dataproduct-maven-plugin:')
  assert unreachable.contains('The schema registry at http://127.0.0.1:9 did not answer GET /subjects after 4 attempts (connection refused); check that it runs and that dataproduct.registry.url is right')
  assert !unreachable.contains('first release')

  // 3. A compatible first release passes; its packed history starts from the registry's versions,
  //    each as the registry holds it and with where it came from.
  def compatible = steps[2]
  assert compatible.contains("Compared adopt-orders 1.0.0, its first release with the plugin, with its history in the schema registry at ${url}: 3 versions of 1 output port, 0 breaking changes, 0 warnings")
  assert compatible.contains('schema history started from the schema registry at ' + url)
  assert compatible.contains('[INFO] BUILD SUCCESS')
  // publish registered 1.0.0 on top of what was there: version 4 of the value. The string key is
  // written as Kafka's StringSerializer writes it, as the topic's keys were, so it has no key subject.
  def versionsOf = { String subject ->
    def response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(URI.create("${url}/subjects/${subject}/versions")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
    if (response.statusCode() == 404) {
      return null
    }
    assert response.statusCode() == 200 : response.body()
    new JsonSlurper().parseText(response.body())
  }
  assert versionsOf(value) == [1, 2, 3, 4]
  assert versionsOf(key) == null
  def jar = new File(basedir, 'repo/dev/dataproduct/it/adopt-orders/1.0.0/adopt-orders-1.0.0.jar')
  assert jar.isFile() : 'deployed'
  new ZipFile(jar).withCloseable { zip ->
    def text = { String entry -> zip.getInputStream(zip.getEntry('META-INF/dataproduct/' + entry)).text }
    def port = new JsonSlurper().parseText(text('contract.json')).ports['order-events']
    assert port.keyHistory == []
    assert port.valueHistory*.version == ['registry-v1', 'registry-v2', 'registry-v3']
    assert port.valueHistory*.origin == (1..3).collect { "version ${it} of subject ${value} in ${url}".toString() }
    port.valueHistory.eachWithIndex { entry, i ->
      assert new JsonSlurper().parseText(text(entry.file)) == new JsonSlurper().parseText(registered[i]) : "history file ${entry.file} holds version ${i + 1}"
    }
  }

  // 4. The next release compares with 1.0.0 from the repository; the option stays in the POM and is
  //    not read. The break against the registry's versions 1 and 2 is found from the packed history.
  def next = steps[3]
  assert next.contains('[INFO] Not reading dataproduct.history=registry: the baseline dev.dataproduct.it:adopt-orders:1.0.0 from ')
  assert !next.contains('History before the first release with the plugin')
  assert next.contains("[ERROR] src/main/avro/com/example/orders/OrderEvent.avsc:9:32: ERROR [COMPAT-WIRE] Value of port \"order-events\" is not BACKWARD_TRANSITIVE compatible with "
      + "version 1 of subject ${value} in ${url} and version 2 of subject ${value} in ${url}: Field \"status\"")
  assert next.contains('Compared adopt-orders 1.1.0 with 1.0.0: 1 output port, ')

  // 5. A version the plugin cannot read is a build error naming it, never a port without history.
  def malformed = steps[4]
  assert malformed.contains("[ERROR] Failed to execute goal dev.dataproduct:dataproduct-maven-plugin:")
  assert malformed.contains("Version 1 of subject sales.adopt-broken.order-events.v1-value in ${url} is not a valid Avro schema (")
  assert malformed.contains("; fix that version in the registry, or point dataproduct.history at a folder of the versions as they should read")

  steps.each { assert !(it =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace' }
} finally {
  registry.stop()
}
// Invoker takes anything but true or nothing as a failed hook.
true
