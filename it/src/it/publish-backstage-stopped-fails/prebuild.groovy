// Starts a real Backstage catalog backend and stops it again: the build publishes to where it was.
// The web server for the entity files stays up, so only Backstage itself is missing.
import dev.dataproduct.testing.BackstageServer
import java.nio.file.Paths

def backstage = BackstageServer.start(Paths.get(backstageHome), basedir.toPath().resolve('backstage'))
context.put('backstage', backstage)
backstage.stop()
assert !backstage.isRunning()
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = [
    "-Ddataproduct.backstage.url=${backstage.url()}",
    '-Ddataproduct.backstage.serverId=it-backstage',
    "-Ddataproduct.backstage.entities=${backstage.entityDirectory()}",
    "-Ddataproduct.backstage.entitiesUrl=${backstage.entityUrl()}"].join('\n') + '\n'
// Invoker takes anything but true or nothing as a failed hook.
true
