// Starts a real schema registry (Apicurio 2.4.2, in its own JVM) and, in front of it, a forwarding
// proxy that picks the moment to stop it: right after the registry answered the first schema
// registration, the proxy stops the registry's JVM and then itself, so the build's next call finds
// nothing listening. The builds talk to the proxy's URL (.mvn/maven.config).
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import dev.dataproduct.testing.SchemaRegistryServer
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.atomic.AtomicBoolean

def registry = SchemaRegistryServer.start(basedir.toPath())
context.put('registry', registry)
def http = HttpClient.newHttpClient()
def proxy = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def stopping = new AtomicBoolean()
def registrations = []
context.put('registrations', registrations)
proxy.createContext('/', { exchange ->
  try {
    if (stopping.get()) {
      exchange.sendResponseHeaders(503, -1)  // only until the proxy is gone
      return
    }
    def bytes = exchange.requestBody.bytes
    def request = HttpRequest.newBuilder(URI.create(registry.rootUrl() + exchange.requestURI))
        .method(exchange.requestMethod, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes))
    ['Content-Type', 'Accept'].each { name -> def v = exchange.requestHeaders.getFirst(name); if (v) request.header(name, v) }
    def response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
    def registration = exchange.requestMethod == 'POST' && exchange.requestURI.path.endsWith('/versions') && response.statusCode() == 200
    if (registration) {
      registrations << exchange.requestURI.path
      stopping.set(true)
    }
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length)
    if (response.body().length > 0) {
      exchange.responseBody.write(response.body())
    }
    if (registration) {
      Thread.start { registry.stop(); proxy.stop(0) }
    }
  } finally {
    exchange.close()
  }
} as HttpHandler)
proxy.start()
context.put('proxy', proxy)
def url = "http://127.0.0.1:${proxy.address.port}/apis/ccompat/v7"
context.put('url', url)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Ddataproduct.registry.url=${url}\n"
// Invoker takes anything but true or nothing as a failed hook.
true
