// A repository that cannot be reached is a build error that names it; the check never passes as a "first release".
evaluate(new File(verifyHelpers))
// The transport's own words, never an exception's class name: "Connection refused" (Maven 3.9's Apache
// HttpClient) or "Connection to http://127.0.0.1:9/releases/ refused" (Maven 4's JDK client).
assert log =~ /Cannot look up earlier releases in it-releases \(http:\/\/127\.0\.0\.1:9\/releases\): Connection (to http:\/\/127\.0\.0\.1:9\/releases\/ )?refused; check the repository and your network, or set -Ddataproduct\.baseline=<version\|path\|none>/
assert log.contains('MojoExecutionException')
assert !log.contains('this is the first release')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
