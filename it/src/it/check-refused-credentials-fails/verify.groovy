// A repository that refuses the credentials is a build error that names it and says what to check;
// the build never passes as a "first release".
try {
  def log = new File(basedir, 'build.log').text
  def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert builds.size() == 2 : "expected two builds in build.log, found " + builds.size()
  def url = new File(basedir, '.mvn/maven.config').text.trim() - '-Dit.repository.url='
  def advice = ': check the <server> with id it-releases in settings.xml (its username and password or token), or set -Ddataproduct.baseline=<version|path|none>'
  // The status as Maven's transport words it: Maven 3.9's Apache HttpClient, or Maven 4's JDK client.
  def refused = { String path, int status, String reason ->
    def said = [": status code: ${status}, reason phrase: ${reason} (${status})", ": HTTP Status: ${status}"]
    said.collect { ":generate (default) on project refused-orders: Cannot look up earlier releases in it-releases (${url}/${path})" + it + '; the repository refused the request' + advice }
  }
  assert refused('unauthorized', 401, 'Unauthorized').any { builds[0].contains(it) } : builds[0]
  assert refused('forbidden', 403, 'Forbidden').any { builds[1].contains(it) } : builds[1]
  builds.each { build ->
    assert build.contains('MojoExecutionException')
    assert !build.contains('first release')
    assert !build.contains('packed the contract')
  }
  assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
} finally {
  context.refusingRepository?.stop(0)
}
