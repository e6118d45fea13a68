// Starts an HTTP repository that refuses every request: 401 (no or wrong credentials) under
// /unauthorized, 403 (credentials without read access) under /forbidden. Its URL reaches the
// build through .mvn/maven.config; verify.groovy stops it.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  def forbidden = exchange.requestURI.path.startsWith('/forbidden/')
  if (!forbidden) {
    exchange.responseHeaders.add('WWW-Authenticate', 'Basic realm="it-releases"')
  }
  exchange.sendResponseHeaders(forbidden ? 403 : 401, -1)
  exchange.close()
}
server.start()
context.put('refusingRepository', server)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dit.repository.url=http://127.0.0.1:${server.address.port}\n"
true
