// Starts a real schema registry (Apicurio 2.4.2, in its own JVM) and registers the subjects the
// registry import reads: a keyed topic, a topic without a key subject, and a subject outside the
// topic naming strategy.
import dev.dataproduct.testing.SchemaRegistryServer
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def registry = SchemaRegistryServer.start(basedir.toPath())
context.put('registry', registry)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
    "-Ddataproduct.registry.url=${registry.url()}\n-Ddataproduct.registry.serverId=it-schema-registry\n"

def register = { String subject, String schema ->
  def response = HttpClient.newHttpClient().send(
      HttpRequest.newBuilder(URI.create(registry.url() + '/subjects/' + subject + '/versions'))
          .header('Content-Type', 'application/vnd.schemaregistry.v1+json')
          .POST(HttpRequest.BodyPublishers.ofString(groovy.json.JsonOutput.toJson([schema: schema]))).build(),
      HttpResponse.BodyHandlers.ofString())
  assert response.statusCode() == 200 : response.body()
}
def money = '{"type":"record","name":"Money","namespace":"com.example.imported","fields":[{"name":"cents","type":"long"},{"name":"currency","type":"string"}]}'
register('sales.imported.order-events.v1-key', '"string"')
register('sales.imported.order-events.v1-value',
    '{"type":"record","name":"OrderEvent","namespace":"com.example.imported","doc":"An order event.","fields":[{"name":"orderId","type":"string"},{"name":"total","type":' + money + '}]}')
register('sales.imported.order-totals.v1-value',
    '{"type":"record","name":"OrderTotal","namespace":"com.example.imported","fields":[{"name":"orderId","type":"string"},{"name":"total","type":' + money + '}]}')
register('legacy-orders', '"string"')
register('crm.customers.v1-value', '{"type":"record","name":"Customer","fields":[{"name":"id","type":"string"}]}')
true
