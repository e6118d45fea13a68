// Starts a real schema registry (Apicurio 2.4.2, in its own JVM) and registers, over its REST API,
// the history the topic had before the plugin: three versions of the value subject. The key
// subject is left out: that port part has no earlier history.
import dev.dataproduct.testing.SchemaRegistryServer
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

// A rerun without clean starts from no release: 1.0.0 of an earlier run would be the baseline, with
// history from that run's registry.
new File(basedir, 'repo').deleteDir()
new File(localRepositoryPath, 'dev/dataproduct/it/adopt-orders').deleteDir()

def registry = SchemaRegistryServer.start(basedir.toPath())
context.put('registry', registry)
// Maven reads .mvn/maven.config when it starts; the builds in the sub-folders find it here.
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
    "-Ddataproduct.registry.url=${registry.url()}\n-Ddataproduct.registry.serverId=it-schema-registry\n"

def record = { List fields -> groovy.json.JsonOutput.toJson([type: 'record', name: 'OrderEvent', namespace: 'com.example.orders', fields: fields]) }
def orderId = [name: 'orderId', type: 'string']
def status = [name: 'status', type: 'string']
def note = [name: 'note', type: 'string', default: '']
def versions = [
    record([orderId, status]),        // 1
    record([orderId, status, note]),  // 2
    record([orderId, note]),          // 3: status dropped
]
def http = HttpClient.newHttpClient()
versions.eachWithIndex { schema, i ->
  def response = http.send(
      HttpRequest.newBuilder(URI.create(registry.url() + '/subjects/sales.adopt-orders.order-events.v1-value/versions'))
          .header('Content-Type', 'application/vnd.schemaregistry.v1+json')
          .POST(HttpRequest.BodyPublishers.ofString(groovy.json.JsonOutput.toJson([schema: schema]))).build(),
      HttpResponse.BodyHandlers.ofString())
  assert response.statusCode() == 200 : response.body()
}
// A version that is not valid Avro ("strng"), in another product's subject. The Confluent API checks
// what it stores; Apicurio's own API stores content as given when no validity rule is set, as a
// registry fed by other tools may hold it.
def broken = http.send(
    HttpRequest.newBuilder(URI.create(registry.url().replace('/apis/ccompat/v7', '/apis/registry/v2') + '/groups/default/artifacts'))
        .header('Content-Type', 'application/json')
        .header('X-Registry-ArtifactId', 'sales.adopt-broken.order-events.v1-value')
        .header('X-Registry-ArtifactType', 'AVRO')
        .POST(HttpRequest.BodyPublishers.ofString(record([[name: 'orderId', type: 'strng']]))).build(),
    HttpResponse.BodyHandlers.ofString())
assert broken.statusCode() == 200 : broken.body()
new File(basedir, 'registered.json').text = groovy.json.JsonOutput.toJson(versions)
// Invoker takes anything but true or nothing as a failed hook.
true
