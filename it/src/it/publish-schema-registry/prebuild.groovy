// Starts a real schema registry (Apicurio 2.4.2, in its own JVM) for the builds of this test, and
// registers by hand a schema that the audit product's first release cannot read.
import dev.dataproduct.testing.SchemaRegistryServer
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def registry = SchemaRegistryServer.start(basedir.toPath())
context.put('registry', registry)
// Maven reads .mvn/maven.config when it starts; the builds in the sub-folders find it here.
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
    "-Ddataproduct.registry.url=${registry.url()}\n-Ddataproduct.registry.serverId=it-schema-registry\n"

def schema = '{"type":"record","name":"Payment","namespace":"com.example.audit","fields":[{"name":"paymentId","type":"string"},{"name":"amount","type":"string"}]}'
def body = groovy.json.JsonOutput.toJson([schema: schema])
def response = HttpClient.newHttpClient().send(
    HttpRequest.newBuilder(URI.create(registry.url() + '/subjects/sales.registry-audit.payments.v1-value/versions'))
        .header('Content-Type', 'application/vnd.schemaregistry.v1+json')
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
    HttpResponse.BodyHandlers.ofString())
assert response.statusCode() == 200 : response.body()
// Invoker takes anything but true or nothing as a failed hook.
true
