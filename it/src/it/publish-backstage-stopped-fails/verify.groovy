// Backstage is down: a build error that names it, and nothing published anywhere.
def backstage = context.get('backstage')
try {
  def log = new File(basedir, 'build.log').text
  def expected = "Backstage at ${backstage.url()} is unreachable (connection refused); check that it runs and that the URL is right"
  assert log.contains(expected) : "build.log does not say: ${expected}"
  assert !new File(basedir, 'catalog').exists() : 'the directory catalog got the version'
  def written = []
  backstage.entityDirectory().toFile().eachFileRecurse { if (it.isFile()) written << it }
  assert written.isEmpty() : "entity files were written: ${written}"
  assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
} finally {
  backstage.close()
}
// Invoker takes anything but true or nothing as a failed hook.
true
