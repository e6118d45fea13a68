// A repository that refuses the credentials is a build error that names it and says what to check;
// the build never passes as a "first release".
try {
  def log = new File(basedir, 'build.log').text
  def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert builds.size() == 2 : "expected two builds in build.log, found " + builds.size()
  def url = new File(basedir, '.mvn/maven.config').text.trim() - '-Dit.repository.url='
  def advice = ': check the <server> with id it-releases in settings.xml (its username and password or token), or set -Ddataproduct.baseline=<version|path|none>'
  assert builds[0].contains(":generate (default) on project refused-orders: Cannot look up earlier releases in it-releases (${url}/unauthorized): status code: 401, reason phrase: Unauthorized (401); the repository refused the request" + advice)
  assert builds[1].contains(":generate (default) on project refused-orders: Cannot look up earlier releases in it-releases (${url}/forbidden): status code: 403, reason phrase: Forbidden (403); the repository refused the request" + advice)
  builds.each { build ->
    assert build.contains('MojoExecutionException')
    assert !build.contains('first release')
    assert !build.contains('packed the contract')
  }
  assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
} finally {
  context.refusingRepository?.stop(0)
}
