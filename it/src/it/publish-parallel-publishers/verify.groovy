// Four builds of one reactor on four threads and three separate Maven processes publish to one
// catalog at the same time; none is lost.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def separate = context.get('separateBuilds')
separate.each { build ->
  if (!build.waitFor(5, TimeUnit.MINUTES)) {
    build.destroyForcibly()
    assert false : 'a separate build did not finish within 5 minutes'
  }
}
def separateNames = ['e', 'f', 'g'].collect { 'separate-' + it }
separateNames.eachWithIndex { name, i ->
  def separateLog = new File(basedir, name + '/build.log').text
  assert separate[i].exitValue() == 0 : "${name} failed:\n" + separateLog
  assert separateLog.contains("[INFO] Published parallel/${name} 1.0.0 to ")
}

evaluate(new File(verifyHelpers))
assert log.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4')
def catalog = new File(basedir, 'catalog')
def reactorNames = ['a', 'b', 'c', 'd'].collect { 'product-' + it }
def names = reactorNames + separateNames
names.each { name ->
  def folder = new File(catalog, "products/parallel/${name}/1.0.0")
  def builtBy = reactorNames.contains(name) ? log : new File(basedir, name + '/build.log').text
  assert builtBy.contains("[INFO] Published parallel/${name} 1.0.0 to ${folder.canonicalPath} (11 files)")
  ['entry.json', 'contract/dataproduct.yaml', 'contract/ports/events/value.avsc', 'compatibility-report.json', 'waivers.json', 'index.html'].each {
    assert new File(folder, it).isFile() : "${name} lacks ${it}"
  }
  assert new File(basedir, "repo/dev/dataproduct/it/${name}/1.0.0/${name}-1.0.0.jar").isFile()
}
// The index and the catalog page each list all seven: whoever wrote them last saw every version.
def index = new JsonSlurper().parse(new File(catalog, 'index.json'))
assert index.products*.name.sort() == names.sort()
def html = new File(catalog, 'index.html').text
names.each { assert html.contains(it) : "index.html lacks " + it }
assert !new File(catalog, '.staging').exists() || new File(catalog, '.staging').list().length == 0
