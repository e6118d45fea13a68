// Four builds of one reactor, on four threads, publish to one catalog at the same time; none is lost.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a (max) thread count of 4') || log.contains('thread count of 4')
def catalog = new File(basedir, 'catalog')
def names = ['a', 'b', 'c', 'd'].collect { 'product-' + it }
names.each { name ->
  def folder = new File(catalog, "products/parallel/${name}/1.0.0")
  assert log.contains("[INFO] Published parallel/${name} 1.0.0 to ${folder.canonicalPath} (7 files)")
  ['entry.json', 'contract/dataproduct.yaml', 'contract/ports/events/value.avsc', 'compatibility-report.json', 'waivers.json', 'index.html'].each {
    assert new File(folder, it).isFile() : "${name} lacks ${it}"
  }
  assert new File(basedir, "repo/dev/dataproduct/it/${name}/1.0.0/${name}-1.0.0.jar").isFile()
}
// The index and the catalog page each list all four: whoever wrote them last saw every version.
def index = new JsonSlurper().parse(new File(catalog, 'index.json'))
assert index.products*.name.sort() == names
def html = new File(catalog, 'index.html').text
names.each { assert html.contains(it) : "index.html lacks " + it }
assert !new File(catalog, '.staging').exists() || new File(catalog, '.staging').list().length == 0
