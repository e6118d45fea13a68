// A repository that cannot be reached is a build error that names it; the check never passes as a "first release".
evaluate(new File(verifyHelpers))
assert log.contains('Cannot look up earlier releases in it-releases (http://127.0.0.1:9/releases): Connection refused; check the repository and your network, or set -Ddataproduct.baseline=<version|path|none>')
assert log.contains('MojoExecutionException')
assert !log.contains('this is the first release')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
