// Starts a real Backstage catalog backend (npm packages of it/backstage, SQLite in memory, a static
// token) and the web server it reads the entity files from, for the builds of this test.
import dev.dataproduct.testing.BackstageServer
import java.nio.file.Paths

def backstage = BackstageServer.start(Paths.get(backstageHome), basedir.toPath().resolve('backstage'))
context.put('backstage', backstage)
// Maven reads .mvn/maven.config when it starts; the builds in the sub-folders find it here.
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = [
    "-Ddataproduct.backstage.url=${backstage.url()}",
    '-Ddataproduct.backstage.serverId=it-backstage',
    "-Ddataproduct.backstage.entities=${backstage.entityDirectory()}",
    "-Ddataproduct.backstage.entitiesUrl=${backstage.entityUrl()}"].join('\n') + '\n'
// Build 6 has a maven.config of its own (Maven takes the nearest .mvn): its entity files go to
// another folder, served by the same web server under localhost, a host Backstage may not read
// from (its backend.reading.allow names 127.0.0.1), and publish waits for Backstage 10 s only.
def unreadable = new File(basedir, 'entities-unreadable')
new File(basedir, 'orders-unreadable/.mvn').mkdirs()
new File(basedir, 'orders-unreadable/.mvn/maven.config').text = [
    "-Ddataproduct.backstage.url=${backstage.url()}",
    '-Ddataproduct.backstage.serverId=it-backstage',
    "-Ddataproduct.backstage.entities=${unreadable}",
    "-Ddataproduct.backstage.entitiesUrl=${backstage.entityUrl().replace('127.0.0.1', 'localhost')}",
    '-Ddataproduct.backstage.waitSeconds=10'].join('\n') + '\n'
// Invoker takes anything but true or nothing as a failed hook.
true
